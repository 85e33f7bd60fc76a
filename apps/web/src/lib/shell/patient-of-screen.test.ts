import { describe, expect, it } from 'vitest';
import { patientOfScreen } from './patient-of-screen';

describe("the patient a screen is about (the banner's)", () => {
  it("takes the patient's page's and the chart's id, and an account's patientId", () => {
    expect(patientOfScreen('/patients/:id', { id: 'p1' })).toBe('p1');
    expect(patientOfScreen('/patients/:id/chart', { id: 'p1' })).toBe('p1');
    expect(patientOfScreen('/billing/accounts/:patientId', { patientId: 'p2' })).toBe('p2');
  });

  it('finds none on screens about something else', () => {
    expect(patientOfScreen('/patients/new', {})).toBeUndefined();
    expect(patientOfScreen('/patients', {})).toBeUndefined();
    expect(patientOfScreen('/wards/:id', { id: 'w1' })).toBeUndefined();
    expect(patientOfScreen('/notes/:id', { id: 'n1' })).toBeUndefined();
    expect(patientOfScreen('/patientsx/:id', { id: 'x' })).toBeUndefined();
  });
});
