import { describe, expect, it } from 'vitest';
import { addDays, calendarDay, daysFromTo } from '../../src/engine/dates';

describe('dates', () => {
  it('gives the local calendar day of a moment', () => {
    expect(calendarDay(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23');
    expect(calendarDay(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-11-23', 30)).toBe('2026-12-23');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts whole days between two days, negative backwards', () => {
    expect(daysFromTo('2026-11-23', '2026-12-08')).toBe(15);
    expect(daysFromTo('2026-12-08', '2026-11-23')).toBe(-15);
  });
});
