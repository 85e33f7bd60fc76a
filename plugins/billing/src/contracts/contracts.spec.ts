import { PATIENT } from '../../test/builders';
import * as contracts from './index';

const exported: unknown[] = Object.values(contracts);
const definitions = exported.filter(
  (value): value is { kind: 'command' | 'event'; type: string } =>
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    (value.kind === 'command' || value.kind === 'event'),
);

describe('billing contracts', () => {
  it('name every command and event once, under the plugin', () => {
    const types = definitions.map((d) => d.type);
    expect(types.length).toBeGreaterThan(30);
    expect(new Set(types).size).toBe(types.length);
    for (const type of types) expect(type).toMatch(/^billing\.[A-Z][A-Za-z]+$/);
  });

  it('take money only as whole minor units of a supported currency', () => {
    const pay = (amount: unknown) =>
      contracts.ReceivePayment.schema.safeParse({ patientId: PATIENT, method: 'cash', amount });
    expect(pay({ amount: 150_050, currency: 'KES' }).data?.allocation).toEqual({ kind: 'oldest-first' });
    expect(pay({ amount: 1500.5, currency: 'KES' }).success).toBe(false);
    expect(pay({ amount: 0, currency: 'KES' }).success).toBe(false);
    expect(pay({ amount: 100, currency: 'XYZ' }).success).toBe(false);
    expect(pay({ amount: '100', currency: 'KES' }).success).toBe(false);
  });
});
