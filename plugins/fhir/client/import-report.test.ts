import { describe, expect, it } from 'vitest';
import { refusalInWords, reportInWords } from './import-report';

describe('reportInWords', () => {
  it("puts the server's summary first and each entry's outcome in words", () => {
    const report = reportInWords({
      resourceType: 'OperationOutcome',
      issue: [
        { severity: 'information', details: { text: 'Imported. Of 3 entries, 1 imported, 1 matched, 1 refused.' } },
        {
          details: { coding: [{ system: 'urn:hms:import-outcome', code: 'matched' }], text: 'Matched by identifier' },
          expression: ['Bundle.entry[0]'],
        },
        {
          details: { coding: [{ system: 'urn:hms:import-outcome', code: 'created' }], text: 'A chart problem I10' },
          expression: ['Bundle.entry[1]'],
        },
        {
          details: { coding: [{ system: 'urn:hms:import-outcome', code: 'failed' }], text: 'ICD10_CODE_UNKNOWN' },
          expression: ['Bundle.entry[2]'],
        },
      ],
    });
    expect(report.summary).toBe('Imported. Of 3 entries, 1 imported, 1 matched, 1 refused.');
    expect(report.lines.map((l) => [l.entry, l.words, l.tone])).toEqual([
      ['Bundle.entry[0]', 'Matched to a record already here', 'fine'],
      ['Bundle.entry[1]', 'Imported', 'fine'],
      ['Bundle.entry[2]', 'Refused', 'error'],
    ]);
  });

  it('names every problem of a refusal', () => {
    expect(
      refusalInWords({
        issue: [
          { details: { text: 'Bundle.entry[0].resource Patient.birthDate: Invalid date' } },
          { details: { text: 'x' } },
        ],
      }),
    ).toBe('Bundle.entry[0].resource Patient.birthDate: Invalid date; x');
  });
});
