import type { AppealClaimBody, ClaimDetail, ResubmitClaimBody } from '$lib/api/types';
import { messages as msg } from '../messages';
import type { Built } from './account-actions';
import { formatMoney } from './money';

/** What a billing clerk can do with a claim in its state, in the worklist's order. */
export type ClaimAction = 'submit' | 'resubmit' | 'appeal';

export function actionsFor(claim: Pick<ClaimDetail, 'status' | 'adjudicated'>): ClaimAction[] {
  switch (claim.status) {
    case 'draft':
      return ['submit'];
    case 'rejected':
      return ['resubmit'];
    case 'adjudicated':
    case 'paid':
      // Only lines the payer did not pay in full can be appealed.
      return appealableLines(claim).length > 0 ? ['appeal'] : [];
    default:
      return []; // submitted, accepted, appealed: the payer's turn
  }
}

export const appealableLines = (claim: Pick<ClaimDetail, 'adjudicated'>): number[] =>
  claim.adjudicated.filter((a) => a.status !== 'paid').map((a) => a.itemSequence);

/** One line of the claim as the clerk reads it: what was claimed, what the payer granted, and why not more. */
export interface AdjudicationRow {
  readonly sequence: number;
  readonly service: string;
  readonly date: string;
  readonly claimed: string;
  readonly decision: string;
  readonly granted: string;
  readonly patientPays: string;
  readonly reason: string;
}

export function adjudicationRows(claim: Pick<ClaimDetail, 'item' | 'adjudicated'>): AdjudicationRow[] {
  return claim.item.map((item) => {
    const decided = claim.adjudicated.find((a) => a.itemSequence === item.sequence);
    return {
      sequence: item.sequence,
      service: item.productOrService.code,
      date: item.servicedDate,
      claimed: formatMoney(item.net),
      decision: decided ? msg.billing.lineStatuses[decided.status] : msg.billing.undecided,
      granted: decided ? formatMoney(decided.benefit) : '',
      patientPays: decided ? formatMoney(decided.patientResponsibility) : '',
      reason: decided?.reasonCode ? msg.billing.reasonCode(decided.reasonCode) : '',
    };
  });
}

/** An appeal of the lines ticked (each one the payer did not pay in full), with the clerk's reason. */
export function appealBody(
  claim: Pick<ClaimDetail, 'adjudicated'>,
  f: { lines: readonly number[]; reason: string },
): Built<AppealClaimBody> {
  const appealable = new Set(appealableLines(claim));
  const lines = [...new Set(f.lines)].filter((l) => appealable.has(l)).sort((a, b) => a - b);
  if (lines.length === 0) return { ok: false, error: msg.billing.needAppealLines };
  const reason = f.reason.trim();
  if (!reason) return { ok: false, error: msg.billing.needAppealReason };
  return { ok: true, body: { itemSequences: lines, reason } };
}

const ICD10 = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

/** A rejected claim sent again with the corrected ICD-10 codes the clerk typed (comma or space separated, up to 12). */
export function resubmitBody(f: { codes: string }): Built<ResubmitClaimBody> {
  const codes = [
    ...new Set(
      f.codes
        .toUpperCase()
        .split(/[\s,;]+/)
        .filter(Boolean),
    ),
  ];
  if (codes.length === 0) return { ok: false, error: msg.billing.needDiagnosis };
  const wrong = codes.find((c) => !ICD10.test(c));
  if (wrong) return { ok: false, error: msg.billing.notIcd10(wrong) };
  if (codes.length > 12) return { ok: false, error: msg.billing.tooManyDiagnoses };
  return {
    ok: true,
    body: {
      diagnosis: codes.map((code, index) => ({
        sequence: index + 1,
        diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code }] },
      })),
    },
  };
}
