import { assertNever, ConflictError, InvariantViolation, NotFoundError, type Command, type Decider } from '@hms/sdk';
import type { CoverageTerms } from '../../contracts/schemas';
import { COVERAGE_EXISTS, COVERAGE_NOT_FOUND, INVALID_PERIOD } from '../../errors';
import { assertOneCurrency, recorded } from '../account/account.kit';
import type { AccountEvent } from '../account/account.events';
import { accountFold } from '../account/account.fold';
import type { AccountState } from '../account/account.state';
import { defined } from '../dates';

export type RegisterCoverageCommand = Command<'billing.RegisterCoverage', {
  patientId: string;
  coverageId: string;
  payerId: string;
  policyNumber: string;
  validFrom: string;
  validTo?: string;
  terms: CoverageTerms;
}>;
export type EndCoverageCommand = Command<'billing.EndCoverage', { patientId: string; coverageId: string; endedOn: string }>;
export type CoverageCommand = RegisterCoverageCommand | EndCoverageCommand;

export function decide(command: CoverageCommand, state: AccountState): AccountEvent[] {
  assertOneCurrency(state, command.data);
  switch (command.type) {
    case 'billing.RegisterCoverage': {
      const { data, meta } = command;
      if (state.status === 'open' && state.coverages[data.coverageId]) throw new ConflictError(COVERAGE_EXISTS, { coverageId: data.coverageId });
      if (data.validTo !== undefined && data.validTo < data.validFrom) {
        throw new InvariantViolation(INVALID_PERIOD, { validFrom: data.validFrom, validTo: data.validTo });
      }
      return [{ type: 'billing.CoverageRegistered', data: defined({ ...recorded(data.patientId, meta), ...data, patientId: data.patientId }) }];
    }
    case 'billing.EndCoverage': {
      const { data, meta } = command;
      const coverage = state.status === 'open' ? state.coverages[data.coverageId] : undefined;
      if (!coverage) throw new NotFoundError(COVERAGE_NOT_FOUND, { coverageId: data.coverageId });
      if (data.endedOn < coverage.validFrom) {
        throw new InvariantViolation(INVALID_PERIOD, { validFrom: coverage.validFrom, validTo: data.endedOn });
      }
      return [{ type: 'billing.CoverageEnded', data: { ...recorded(data.patientId, meta), coverageId: data.coverageId, endedOn: data.endedOn } }];
    }
    default:
      return assertNever(command);
  }
}

export const coverageDecider: Decider<AccountState, CoverageCommand, AccountEvent> = { ...accountFold, decide };
