import { renderPdf } from '@hms/sdk/pdf';
import type { Payslip } from '../contracts/payroll.schemas';

/** Minor units as the currency's major unit with two decimals ("1234.50 EUR"); every currency here has cents. */
export const formatMoney = (amount: number, currency: string): string => {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')} ${currency}`;
};

/** A payslip as a one-page PDF: who, the period, each line, gross, deductions and net. */
export function payslipPdf(
  payslip: Payslip,
  who: { name: string; staffNumber: string },
  period: { from: string; to: string; payGroup: string; run: number; locked: boolean },
  createdAt: Date,
): Buffer {
  const money = (amount: number): string => formatMoney(amount, payslip.currency);
  return renderPdf({
    title: 'Payslip',
    subtitle: [
      `${who.name}, staff number ${who.staffNumber}`,
      `Pay group ${period.payGroup}, ${period.from} to ${period.to}, run ${period.run}${period.locked ? '' : ' (not final)'}`,
    ],
    createdAt,
    blocks: [
      {
        kind: 'table',
        columns: [{ label: 'Line' }, { label: 'Earning' }, { label: 'Deduction' }],
        rows: payslip.lines.map((l) => [
          l.label,
          l.kind === 'earning' ? money(l.amount) : '',
          l.kind === 'deduction' ? money(l.amount) : '',
        ]),
      },
      {
        kind: 'table',
        columns: [{ label: 'Gross' }, { label: 'Deductions' }, { label: 'Net pay' }],
        rows: [[money(payslip.gross), money(payslip.deductions), money(payslip.net)]],
      },
    ],
  });
}
