import { chargePosted, coverageRegistered } from '../../../test/account-builders';
import { CHARGE, kes, OTHER_CHARGE, PAYER, TODAY } from '../../../test/builders';
import type { AccountEvent } from '../account/account.events';
import { accountFold } from '../account/account.fold';
import { claimItemsFrom } from './claim-items';

const account = (events: AccountEvent[]) => {
  const state = events.reduce(accountFold.evolve, accountFold.initialState());
  if (state.status !== 'open') throw new Error('no account');
  return state;
};

describe('claimItemsFrom', () => {
  it("claims each charge's payer share, numbered from 1, at the charge's own tariff", () => {
    const state = account([
      coverageRegistered(),
      chargePosted({ unitPrice: 5_000, payerShare: 4_000 }),
      chargePosted({ chargeId: OTHER_CHARGE, unitPrice: 1_500, quantity: 2, payerShare: 3_000 }),
    ]);
    expect(claimItemsFrom(Object.values(state.charges), PAYER)).toEqual([
      {
        sequence: 1,
        chargeId: CHARGE,
        productOrService: { code: 'CONS-GP' },
        servicedDate: TODAY,
        quantity: 1,
        unitPrice: kes(5_000),
        net: kes(4_000),
      },
      {
        sequence: 2,
        chargeId: OTHER_CHARGE,
        productOrService: { code: 'CONS-GP' },
        servicedDate: TODAY,
        quantity: 2,
        unitPrice: kes(1_500),
        net: kes(3_000),
      },
    ]);
  });

  it('refuses a charge with nothing for this payer to pay', () => {
    const state = account([chargePosted()]);
    expect(() => claimItemsFrom(Object.values(state.charges), PAYER)).toThrow('CLAIM_ITEMS_MISMATCH');
  });
});
