import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareCalendarDates,
  isCalendarDate,
  parseCalendarDate,
  toLocalNoon,
  weekday
} from './calendar-date.ts';

describe('parseCalendarDate', () => {
  it.each([
    { text: '2023-09-05', expected: { year: 2023, month: 9, day: 5 } },
    { text: '2024-02-29', expected: { year: 2024, month: 2, day: 29 } },
    { text: '2023-02-30', expected: null },
    { text: '2023-02-29', expected: null },
    { text: '2023-13-01', expected: null },
    { text: '2023-00-10', expected: null },
    { text: '2023-9-5', expected: null },
    { text: '2023-09-05T00:00:00Z', expected: null },
    { text: '', expected: null }
  ])('$text → $expected', ({ text, expected }) => {
    expect(parseCalendarDate(text)).toEqual(expected);
  });

  it('rejects non-strings', () => {
    expect(isCalendarDate(20230905)).toBe(false);
    expect(isCalendarDate(new Date())).toBe(false);
  });
});

describe('arithmetic on calendar days', () => {
  it.each([
    { date: '2023-09-05', days: -1, expected: '2023-09-04' },
    { date: '2023-07-31', days: 1, expected: '2023-08-01' },
    { date: '2024-02-28', days: 1, expected: '2024-02-29' },
    { date: '2023-12-31', days: 1, expected: '2024-01-01' },
    { date: '2023-03-26', days: 1, expected: '2023-03-27' } // a DST change in Europe
  ])('$date + $days = $expected', ({ date, days, expected }) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('knows the weekday of the publication date (Tuesday)', () => {
    expect(weekday('2023-09-05')).toBe(2);
    expect(weekday('2023-09-04')).toBe(1);
  });

  it('compares and measures spans inclusively', () => {
    expect(compareCalendarDates('2023-07-25', '2023-09-05')).toBeLessThan(0);
    expect(compareCalendarDates('2023-09-05', '2023-09-05')).toBe(0);
  });

  it('gives a local Date on the same calendar day, whatever TZ the process runs in', () => {
    const d = toLocalNoon('2023-09-05');
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate()]).toEqual([2023, 9, 5]);
  });
});
