/**
 * @file Calendar days for rules: the guidelines write dates as YYYY-MM-DD "in the user's own day", so a moment
 * (`context.now`) becomes the local calendar day it falls on. Pure: reads no clock.
 */

/** The local calendar day of a moment, as YYYY-MM-DD. */
export function calendarDay(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The local calendar day of an ISO 8601 time ("2026-12-01T02:00:00Z" is 30 November in New York), as YYYY-MM-DD. */
export const calendarDayOf = (at: string): string => calendarDay(new Date(at));

/** Whole days from one YYYY-MM-DD day to another (negative when `to` comes first). */
export function daysFromTo(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The YYYY-MM-DD day `days` days after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
