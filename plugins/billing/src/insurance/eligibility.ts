/** What billing asks an insurer (or its eligibility service): the member's policy on a date. No names. */
export interface EligibilityRequest {
  readonly payerId: string;
  readonly policyNumber: string;
  /** The date the cover must be in force (a cover's start, or a claimed service's date). */
  readonly on: string;
}

export type EligibilityAnswer = { readonly eligible: true } | { readonly eligible: false; readonly reason: string };

/**
 * An eligibility check (an insurer's API, a scheme's member register, a clearinghouse's 270/271 exchange), plugged
 * in with `billingPlugin.configure({ eligibilityCheck })`. Called from the `prepare` of `billing.RegisterCoverage`
 * and `billing.CreateClaim`, before their transaction opens; an answer `eligible: false` refuses the command with
 * the payer's reason (`NOT_ELIGIBLE`). A check that fails (the service is down) fails the command: try again.
 * Without a check configured, cover and claims are taken as the clerk enters them.
 */
export interface EligibilityCheck {
  check(request: EligibilityRequest): Promise<EligibilityAnswer>;
}

/** One payer's rules for {@link rulesEligibilityCheck}. */
export interface EligibilityRule {
  readonly payerId: string;
  /** Policy numbers this payer issues (e.g. `/^NHIF-\d{6}$/`); others are "not a member". Default: any. */
  readonly policyNumbers?: RegExp;
  /** The period the payer's members are covered (a scheme's year); outside it, "not covered on that date". */
  readonly coveredFrom?: string;
  readonly coveredTo?: string;
  /** Policy numbers suspended (premiums unpaid): "policy suspended". */
  readonly suspended?: readonly string[];
}

/**
 * The rules-based eligibility check, for tests and demos: a payer with no rule is unknown; otherwise the policy
 * number must match, not be suspended, and the date fall within the covered period. Answers asynchronously, as a
 * real service does.
 */
export function rulesEligibilityCheck(rules: readonly EligibilityRule[]): EligibilityCheck {
  return {
    async check({ payerId, policyNumber, on }) {
      await Promise.resolve();
      const rule = rules.find((r) => r.payerId === payerId);
      if (!rule) return { eligible: false, reason: 'payer-unknown' };
      if (rule.policyNumbers && !rule.policyNumbers.test(policyNumber))
        return { eligible: false, reason: 'not-a-member' };
      if (rule.suspended?.includes(policyNumber)) return { eligible: false, reason: 'policy-suspended' };
      if ((rule.coveredFrom && on < rule.coveredFrom) || (rule.coveredTo && on > rule.coveredTo))
        return { eligible: false, reason: 'not-covered-on-date' };
      return { eligible: true };
    },
  };
}
