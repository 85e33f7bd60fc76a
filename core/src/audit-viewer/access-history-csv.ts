import { reportCsv } from '../reports/report-csv';
import type { AuditRecordView } from './audit-records';

/** The words for what a record says was done: the command's or query's own description, else the action. */
export type DescribeAction = (action: string) => string;

/**
 * "Who saw or changed this patient's data, and when", for the patient or the privacy officer: one line per audit
 * record naming the patient, oldest first. Who is the account's display name only (no role, no account id: the
 * file may be handed to the patient); an actor that is no account shows as the system or as not signed in.
 * Emergency (break-the-glass) accesses are marked. Times in the hospital's zone, named in the header.
 */
export function accessHistoryCsv(
  records: readonly AuditRecordView[],
  timeZone: string,
  describe: DescribeAction,
): string {
  const time = localTime(timeZone);
  return reportCsv({
    columns: [
      { key: 'when', label: `When (${timeZone})` },
      { key: 'who', label: 'Who' },
      { key: 'what', label: 'What' },
      { key: 'action', label: 'Action' },
      { key: 'outcome', label: 'Outcome' },
      { key: 'emergency', label: 'Emergency access' },
    ],
    rows: records.map((record) => ({
      when: time(record.at),
      who: whoOf(record),
      what: describe(record.action),
      action: record.action,
      outcome: record.outcome,
      emergency: record.emergency ? 'yes' : '',
    })),
  });
}

function whoOf(record: AuditRecordView): string {
  if (record.actorName !== null) return record.actorName;
  if (record.actorId === null) return 'Not signed in';
  return record.actorId.startsWith('system') ? 'The system' : 'Unknown account';
}

/** `2026-03-01 09:05:07` on the zone's clock (sortable, and what a spreadsheet reads as a date and time). */
function localTime(timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return (iso) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
  };
}
