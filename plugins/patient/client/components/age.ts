/**
 * A patient's age on `today` from a YYYY-MM-DD birth date, in the words a banner uses: years from 2, months below
 * (a one-year-old is "14 mo"), days in the first month. Undefined for a date it cannot read or one in the future.
 */
export function ageOf(birthDate: string, today: Date): { value: number; unit: 'y' | 'mo' | 'd' } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [nowYear, nowMonth, nowDay] = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  let months = (nowYear - year) * 12 + (nowMonth - month);
  if (nowDay < day) months -= 1;
  if (months < 0) return undefined;
  if (months >= 24) return { value: Math.floor(months / 12), unit: 'y' };
  if (months >= 1) return { value: months, unit: 'mo' };
  const days = Math.round((Date.UTC(nowYear, nowMonth - 1, nowDay) - Date.UTC(year, month - 1, day)) / 86_400_000);
  return days >= 0 ? { value: days, unit: 'd' } : undefined;
}
