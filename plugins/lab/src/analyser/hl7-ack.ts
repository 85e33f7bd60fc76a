import { escapeText, type Hl7Delimiters } from './hl7-segments';
import type { Hl7Refusal, OruHeader } from './oru-r01.parser';

const STANDARD: Hl7Delimiters = { field: '|', component: '^', repetition: '~', escape: '\\', subComponent: '&' };

/** `2026-03-02T08:00:00.000Z` → `20260302080000+0000` (HL7's DTM, in UTC). */
const hl7Time = (iso: string): string => `${iso.slice(0, 19).replace(/[-:T]/g, '')}+0000`;

/**
 * The acknowledgement the analyser is answered with (HL7 v2 original mode): MSA-1 AA when every result was filed
 * (or the message had been filed before: a resend must stop), AE/AR with an ERR segment saying why otherwise. Its
 * own control id is derived from the message's, so the same message always gets the same answer. Segments end in
 * a carriage return, as HL7 requires.
 */
export function buildAck(
  header: Partial<OruHeader> | undefined,
  now: string,
  refusal?: Pick<Hl7Refusal, 'ack' | 'hl7Code' | 'reason' | 'location'>,
): string {
  const d = header?.delimiters ?? STANDARD;
  const f = d.field;
  const text = (value: string): string => escapeText(value, d);
  const controlId = header?.controlId ?? '';
  const msh = [
    'MSH',
    `${d.component}${d.repetition}${d.escape}${d.subComponent}`,
    'HMS',
    'LAB',
    text(header?.sendingApplication ?? ''),
    text(header?.sendingFacility ?? ''),
    hl7Time(now),
    '',
    `ACK${d.component}R01${d.component}ACK`,
    text(`ACK-${controlId}`.slice(0, 199)),
    'P',
    '2.5.1',
  ].join(f);
  const msa = ['MSA', refusal?.ack ?? 'AA', text(controlId)];
  if (!refusal) return `${msh}\r${msa.join(f)}\r`;
  msa.push(text(refusal.reason));
  const code = [refusal.hl7Code, text(refusal.reason), 'HL70357'].join(d.component);
  const err = ['ERR', '', text(refusal.location ?? ''), code, 'E'].join(f);
  return `${msh}\r${msa.join(f)}\r${err}\r`;
}
