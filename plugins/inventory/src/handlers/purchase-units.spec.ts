import { deliveredCost } from './purchase-units';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const boxes = (quantity: number) => ({ unit: 'box of 10', unitsOfIssue: 10, quantity });

describe(deliveredCost.name, () => {
  it('keeps a cost given per unit of issue as the unit cost', () =>
    expect(deliveredCost({ quantity: 4, unitCost: usd(90) }, { unitPrice: usd(80), pricePer: 1 })).toEqual({
      unitCost: usd(90),
    }));

  it('turns a cost given per box into the exact total of the boxes delivered', () =>
    expect(deliveredCost({ quantity: 30, inPurchaseUnit: boxes(3), unitCost: usd(1005) }, undefined)).toEqual({
      totalCost: usd(3015),
    }));

  it("takes the order line's price per box for a delivery in boxes", () =>
    expect(deliveredCost({ quantity: 20, inPurchaseUnit: boxes(2) }, { unitPrice: usd(1005), pricePer: 10 })).toEqual({
      totalCost: usd(2010),
    }));

  it('rounds to the minor unit only when loose units split a priced box', () =>
    expect(deliveredCost({ quantity: 3 }, { unitPrice: usd(1005), pricePer: 10 })).toEqual({ totalCost: usd(302) }));

  it("takes the order line's price per unit of issue as the unit cost", () =>
    expect(deliveredCost({ quantity: 3 }, { unitPrice: usd(90), pricePer: 1 })).toEqual({ unitCost: usd(90) }));

  it('leaves an unpriced line without a cost', () =>
    expect(deliveredCost({ quantity: 3 }, { pricePer: 1 })).toEqual({}));
});
