import type { ClaimSubmission, Clearinghouse, ClearinghouseAnswer } from './clearinghouse';

/** How the rules clearinghouse's payer decides. */
export interface ClearinghouseRules {
  /** Service codes the payer never pays, with the reason code it gives (e.g. `{ 'XRAY-CH': 'not-covered' }`). */
  readonly denied?: Readonly<Record<string, string>>;
  /** The share of each other line the payer pays, in basis points (default 10000: all of it). */
  readonly paidBp?: number;
  /** The reason code of a line paid in part (default `'contractual-limit'`). */
  readonly partialReason?: string;
  /** ICD-10 codes the payer refuses a claim for (`'invalid-diagnosis'`), e.g. codes it does not cover at all. */
  readonly rejectedDiagnoses?: readonly string[];
  /** Lines paid in full when appealed (the appeal's evidence convinced the payer). Default: every appealed line. */
  readonly upheldOnAppeal?: (sequence: number) => boolean;
  /** Polls answered `pending` before the payer's answer (default 1): the answer is asynchronous. */
  readonly pendingPolls?: number;
}

/**
 * The test clearinghouse: a payer that adjudicates by rules, asynchronously (a first poll answers `pending`), and
 * idempotently (the same exchange sent twice is one submission). A claim without a diagnosis, or with a refused one,
 * is rejected; otherwise each line is denied (its service code is excluded), paid in part (`paidBp`), or paid. On
 * appeal, the appealed lines are paid in full when upheld. Not for production: it talks to no payer.
 */
export function rulesClearinghouse(rules: ClearinghouseRules = {}): Clearinghouse {
  const submissions = new Map<string, { claim: ClaimSubmission; polls: number; reference: string }>();
  const byExchange = new Map<string, string>();
  let sequence = 0;

  const decide = (claim: ClaimSubmission, reference: string): ClearinghouseAnswer => {
    const refused = claim.diagnosis.flatMap((d) => d.diagnosisCodeableConcept.coding.map((c) => c.code));
    if (refused.length === 0) return { status: 'rejected', errors: [{ code: 'missing-diagnosis' }] };
    if (refused.some((code) => rules.rejectedDiagnoses?.includes(code)))
      return { status: 'rejected', errors: [{ code: 'invalid-diagnosis' }] };
    const appealed = new Set(claim.appealedItemSequences);
    // Every line is answered (a ClaimResponse covers the whole claim); the rules decide the others as before.
    const lines = claim.item.map((line) => {
      const upheld = appealed.has(line.sequence) && (rules.upheldOnAppeal?.(line.sequence) ?? true);
      const deniedReason = rules.denied?.[line.productOrService.code];
      if (upheld) return { itemSequence: line.sequence, eligible: line.net, benefit: line.net };
      if (deniedReason !== undefined)
        return {
          itemSequence: line.sequence,
          eligible: { ...line.net, amount: 0 },
          benefit: { ...line.net, amount: 0 },
          reasonCode: deniedReason,
        };
      const paid = Math.floor((line.net.amount * (rules.paidBp ?? 10_000)) / 10_000);
      return {
        itemSequence: line.sequence,
        eligible: line.net,
        benefit: { ...line.net, amount: paid },
        ...(paid < line.net.amount ? { reasonCode: rules.partialReason ?? 'contractual-limit' } : {}),
      };
    });
    const denied = lines.filter((l) => l.benefit.amount === 0).length;
    return {
      status: 'adjudicated',
      payerReference: reference,
      // FHIR's outcome: every line sent was decided.
      outcome: 'complete',
      disposition: `${lines.length} line(s) adjudicated by rules, ${denied} denied`,
      item: lines,
    };
  };

  return {
    name: 'rules',
    async submit(claim) {
      const known = byExchange.get(claim.exchange);
      if (known) return { submissionId: known };
      const submissionId = `rc_sub_${++sequence}`;
      submissions.set(submissionId, { claim, polls: 0, reference: `rc_claim_${claim.claimId.slice(0, 8)}` });
      byExchange.set(claim.exchange, submissionId);
      return { submissionId };
    },
    async poll(submissionId) {
      const submission = submissions.get(submissionId);
      if (!submission) throw new Error(`The rules clearinghouse has no submission ${submissionId}`);
      submission.polls += 1;
      if (submission.polls <= (rules.pendingPolls ?? 1)) return { status: 'pending' };
      return decide(submission.claim, submission.reference);
    },
  };
}
