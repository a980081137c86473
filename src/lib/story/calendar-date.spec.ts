import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareCalendarDates,
  daysInMonth,
  fromDayNumber,
  isCalendarDate,
  parseCalendarDate,
  toDayNumber,
  toLocalNoon,
  weekday
} from './calendar-date.ts';

const MS_PER_DAY = 86_400_000;
/** The reference where a Date reaches (±275,760 years): its own UTC calendar. */
const utcDay = (year: number, month: number, day: number) =>
  new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY;

describe('parseCalendarDate', () => {
  it.each([
    { text: '2023-09-05', expected: { year: 2023, month: 9, day: 5 } },
    { text: '2024-02-29', expected: { year: 2024, month: 2, day: 29 } },
    { text: '0000-06-01', expected: { year: 0, month: 6, day: 1 } },
    { text: '0000-02-29', expected: { year: 0, month: 2, day: 29 } }, // 1 BC was a leap year
    { text: '-0001-02-29', expected: null }, // 2 BC was not
    { text: '-0004-02-29', expected: { year: -4, month: 2, day: 29 } },
    { text: '-0500-02-29', expected: null }, // a century, not a fourth one
    { text: '-0400-02-29', expected: { year: -400, month: 2, day: 29 } },
    { text: '-0500-01-01', expected: { year: -500, month: 1, day: 1 } },
    { text: '10000-12-31', expected: { year: 10000, month: 12, day: 31 } },
    { text: '-13800000000-01-01', expected: { year: -13_800_000_000, month: 1, day: 1 } },
    { text: '-0000-01-01', expected: null },
    { text: '+2023-09-05', expected: null },
    { text: '02023-09-05', expected: null },
    { text: '-500-01-01', expected: null },
    { text: '-1000000000000-01-01', expected: null },
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

describe('day numbers in deep time', () => {
  it.each([
    { date: '1970-01-01', expected: 0 },
    { date: '2023-09-05', expected: utcDay(2023, 9, 5) },
    { date: '0001-01-01', expected: utcDay(1, 1, 1) },
    { date: '0000-03-01', expected: utcDay(0, 3, 1) },
    { date: '-0001-12-31', expected: utcDay(-1, 12, 31) },
    { date: '-0500-03-01', expected: utcDay(-500, 3, 1) },
    { date: '10000-01-01', expected: utcDay(10000, 1, 1) },
    { date: '-271821-04-20', expected: -100_000_000 }, // the earliest day a Date holds
    // 13.8 billion years are 34.5 million cycles of 400 years, of 146,097 days each.
    { date: '-13800000000-01-01', expected: utcDay(0, 1, 1) - 34_500_000 * 146_097 }
  ])('$date is day $expected', ({ date, expected }) => {
    expect(toDayNumber(date)).toBe(expected);
    expect(fromDayNumber(expected)).toBe(date);
  });

  it('agrees with the Date calendar on every day of every year from 1000 BC to AD 12000, sampled', () => {
    for (let year = -1000; year <= 12000; year += 7)
      for (const [month, day] of [
        [1, 1],
        [2, 28],
        [3, 1],
        [12, 31]
      ] as const) {
        const n = utcDay(year, month, day);
        const text = fromDayNumber(n);
        expect(parseCalendarDate(text)).toEqual({ year, month, day });
        expect(toDayNumber(text)).toBe(n);
        expect(weekday(text)).toBe(new Date(n * MS_PER_DAY).getUTCDay());
      }
  });

  it.each([
    { date: '-0500-02-28', days: 1, expected: '-0500-03-01' },
    { date: '-0400-02-28', days: 1, expected: '-0400-02-29' },
    { date: '-0001-12-31', days: 1, expected: '0000-01-01' },
    { date: '0000-01-01', days: -1, expected: '-0001-12-31' },
    { date: '9999-12-31', days: 1, expected: '10000-01-01' },
    { date: '-13800000000-01-01', days: -1, expected: '-13800000001-12-31' },
    { date: '-13800000000-02-28', days: 1, expected: '-13800000000-02-29' } // a multiple of 400
  ])('$date + $days = $expected', ({ date, days, expected }) => {
    expect(addDays(date, days)).toBe(expected);
    expect(addDays(expected, -days)).toBe(date);
  });

  it('round-trips every day around the turn of an era, in deep time', () => {
    const start = toDayNumber('-13800000000-01-01');
    for (let n = start - 800; n < start + 800; n++) expect(toDayNumber(fromDayNumber(n))).toBe(n);
  });

  it('knows the days of February in leap years before year 1', () => {
    expect([0, -1, -4, -100, -400, -500].map((y) => daysInMonth(y, 2))).toEqual([
      29, 28, 29, 28, 29, 28
    ]);
  });

  it('orders dates by day, where their texts would not', () => {
    const dates = ['-0500-01-01', '-1000-01-01', '0000-01-01', '-13800000000-01-01', '1969-07-20'];
    expect([...dates].sort(compareCalendarDates)).toEqual([
      '-13800000000-01-01',
      '-1000-01-01',
      '-0500-01-01',
      '0000-01-01',
      '1969-07-20'
    ]);
    expect('-0500-01-01' < '-1000-01-01').toBe(true); // why strings must not be compared
  });

  it('knows the weekday before the Common Era', () => {
    // 1 January of year 1 was a Monday (proleptic Gregorian); the day before, a Sunday.
    expect(weekday('0001-01-01')).toBe(1);
    expect(weekday('0000-12-31')).toBe(0);
    expect(weekday('-13800000000-01-01')).toBe(weekday('0000-01-01')); // 400-year cycles are whole weeks
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
    const early = toLocalNoon('0050-03-01');
    expect([early.getFullYear(), early.getMonth() + 1, early.getDate()]).toEqual([50, 3, 1]);
  });

  it.each(['0000-06-01', '-0500-01-01', '10000-01-01'])(
    'refuses a Date for %s, outside what date-fns formats',
    (date) => {
      expect(() => toLocalNoon(date)).toThrow(RangeError);
      expect(() => toLocalNoon(date)).toThrow(/outside years 1–9999/);
    }
  );
});
