import { weekOf } from './roster-grid';

/** "1 h 05" from minutes; blank for none. */
export function hoursText(minutes: number): string {
  if (minutes <= 0) return '';
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

/** The ward screen's period: one day, or the Monday-to-Sunday week of a date. */
export function attendancePeriod(day: string, span: 'day' | 'week'): { from: string; to: string } {
  return span === 'day' ? { from: day, to: day } : weekOf(day);
}
