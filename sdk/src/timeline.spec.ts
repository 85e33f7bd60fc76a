import { timelineEntry } from './timeline';

describe(timelineEntry.name, () => {
  it('keeps the given fields of a summary and leaves the absent ones out', () => {
    expect(
      timelineEntry('p1', '2026-12-07T09:00:00.000Z', {
        appointmentId: 'a1',
        reason: undefined,
        late: false,
        note: null,
      }),
    ).toEqual({
      patientId: 'p1',
      at: '2026-12-07T09:00:00.000Z',
      summary: { appointmentId: 'a1', late: false, note: null },
    });
  });
});
