import { describe, expect, it } from 'vitest';
import type { LabOrderRow } from './lab-api';
import { orderOfScan } from './scan';

const row = (accession: string) => ({ id: accession, accession }) as LabOrderRow;
const orders = [row('LAB-000042'), row('LAB-000420')];

describe('the order a scanned tube names', () => {
  it.each([
    ['LAB-000042', 'LAB-000042'],
    ['  lab-000042-sst\n', 'LAB-000042'],
    ['LAB-000420-EDTA', 'LAB-000420'],
    ['LAB-0004', undefined],
    ['', undefined],
  ])('%j → %s', (code, accession) => {
    expect(orderOfScan(code, orders)?.accession).toBe(accession);
  });
});
