import { describe, expect, it } from 'vitest';
import {
  isBlankDate,
  parseSheetDate,
  parseTime,
  readTimelineDate,
  slideDate,
  storyYear
} from './dates.ts';

describe('readTimelineDate: the parts of a TimelineJS date', () => {
  it.each([
    { raw: { year: '1815' }, parts: { year: 1815 } },
    { raw: { year: 1815, month: 12, day: 10 }, parts: { year: 1815, month: 12, day: 10 } },
    { raw: { year: '1815', month: '07', day: '09' }, parts: { year: 1815, month: 7, day: 9 } },
    { raw: { year: ' 1815 ', month: '', day: '' }, parts: { year: 1815 } },
    { raw: { year: '-500' }, parts: { year: -499 } },
    { raw: { year: '-13800000000' }, parts: { year: -13_799_999_999 } },
    {
      raw: { year: '2023', month: '7', day: '5', hour: '9', minute: '5' },
      parts: { year: 2023, month: 7, day: 5, hour: 9, minute: 5 }
    },
    {
      raw: { year: 2023, month: 7, day: 5, hour: 14 },
      parts: { year: 2023, month: 7, day: 5, hour: 14, minute: 0 }
    },
    { raw: { year: '2024', month: '2', day: '29' }, parts: { year: 2024, month: 2, day: 29 } }
  ])('reads $raw', ({ raw, parts }) => {
    expect(readTimelineDate(raw)).toEqual({ parts, problems: [], dropped: [] });
  });

  it.each([
    {
      raw: { year: 'c. 1500' },
      part: 'year',
      message:
        '"c. 1500" is not a whole number (TimelineJS takes digits only, such as 1500 or -500)'
    },
    {
      raw: { year: '1500s' },
      part: 'year',
      message: '"1500s" is not a whole number (TimelineJS takes digits only, such as 1500 or -500)'
    },
    {
      raw: { year: '1.500' },
      part: 'year',
      message: '"1.500" is not a whole number (TimelineJS takes digits only, such as 1500 or -500)'
    },
    { raw: { year: 1815.5 }, part: 'year', message: '1815.5 is not a whole number' },
    {
      raw: { year: '2020', month: 'mars' },
      part: 'month',
      message: '"mars" is not a whole number (TimelineJS takes digits only)'
    },
    { raw: { year: '2020', month: '13' }, part: 'month', message: '13 is not a month (1 to 12)' },
    {
      raw: { year: '2021', month: '4', day: '31' },
      part: 'day',
      message: '31 is not a day of 2021-04 (1 to 30)'
    },
    {
      raw: { year: '2023', month: '2', day: '29' },
      part: 'day',
      message: '29 is not a day of 2023-02 (1 to 28)'
    },
    { raw: { year: '2023', day: '5' }, part: 'day', message: 'a day needs its month' },
    {
      raw: { year: '2023', month: '1', day: '5', hour: '24' },
      part: 'hour',
      message: '24 is not an hour (0 to 23)'
    },
    {
      raw: { year: '2023', month: '1', day: '5', hour: '1', minute: '60' },
      part: 'minute',
      message: '60 is not a minute (0 to 59)'
    },
    { raw: { month: '5' }, part: 'year', message: 'a date needs its year' },
    {
      raw: { year: '-9999999999999' },
      part: 'year',
      message: "-9999999999999 has more than 12 digits (the story's dates go to ±999,999,999,999)"
    },
    {
      raw: { year: ['1815'] },
      part: 'year',
      message: 'expected a number or a text of digits, got a list'
    },
    {
      raw: { year: '1815', month: {} },
      part: 'month',
      message: 'expected a number or a text of digits, got an object'
    }
  ])('refuses $raw', ({ raw, part, message }) => {
    expect(readTimelineDate(raw).problems).toEqual([{ part, message }]);
  });

  it('keeps a time only with its day, and says what it leaves out', () => {
    expect(readTimelineDate({ year: '2023', month: '7', hour: '9' })).toEqual({
      parts: { year: 2023, month: 7 },
      problems: [],
      dropped: [{ part: 'hour', message: 'the time (it has no day)' }]
    });
    expect(
      readTimelineDate({ year: 2023, month: 7, day: 5, hour: 9, minute: 30, second: 15 }).dropped
    ).toEqual([{ part: 'second', message: 'the seconds' }]);
  });

  it('reads years alone on a cosmological timeline', () => {
    expect(readTimelineDate({ year: '-4540000000', month: '6' }, { yearsOnly: true })).toEqual({
      parts: { year: -4_539_999_999 },
      problems: [],
      dropped: [
        {
          part: 'month',
          message: 'months, days and times (a cosmological timeline reads years alone)'
        }
      ]
    });
  });
});

describe('storyYear: a TimelineJS year as TimelineJS shows it', () => {
  it.each([
    [2024, 2024],
    [1, 1],
    [0, 0], // TimelineJS shows "0": read as 1 BC
    [-1, 0], // "1 BCE"
    [-44, -43], // "44 BCE"
    [-500, -499],
    [-13_800_000_000, -13_799_999_999]
  ])('%i → %i', (written, stored) => {
    expect(storyYear(written)).toBe(stored);
  });

  it('checks a day against the year it stands for', () => {
    // TimelineJS's -44 is 44 BC, our -0043: not a leap year in the proleptic Gregorian calendar.
    expect(readTimelineDate({ year: '-44', month: '2', day: '29' }).problems).toEqual([
      {
        part: 'day',
        message: "29 is not a day of -0043-02 (1 to 28), TimelineJS's year -44, 44 BC"
      }
    ]);
  });
});

describe('isBlankDate', () => {
  it.each([undefined, null, '', {}, { year: '' }, { year: ' ', month: '', day: null }])(
    '%j is no date',
    (raw) => expect(isBlankDate(raw)).toBe(true)
  );
  it.each([{ year: 0 }, { year: '0' }, { month: '5' }, 'soon'])(
    '%j is a date (or a bad one)',
    (raw) => expect(isBlankDate(raw)).toBe(false)
  );
});

describe('slideDate: the days a slide covers, at its precision', () => {
  it.each([
    {
      start: { year: 1815 },
      end: undefined,
      expected: { start: '1815-01-01', end: '1815-12-31', precision: 'year' }
    },
    {
      start: { year: -500 },
      end: undefined,
      expected: { start: '-0500-01-01', end: '-0500-12-31', precision: 'year' }
    },
    {
      start: { year: 2024, month: 2 },
      end: undefined,
      expected: { start: '2024-02-01', end: '2024-02-29', precision: 'month' }
    },
    {
      start: { year: 1969, month: 7, day: 20 },
      end: undefined,
      expected: { start: '1969-07-20', end: '1969-07-20', precision: 'day' }
    },
    {
      start: { year: 1815, month: 12, day: 10 },
      end: { year: 1852, month: 11, day: 27 },
      expected: { start: '1815-12-10', end: '1852-11-27', precision: 'days' }
    },
    {
      start: { year: 1939 },
      end: { year: 1945 },
      expected: { start: '1939-01-01', end: '1945-12-31', precision: 'days' }
    },
    {
      start: { year: 1969 },
      end: { year: 1969, month: 12 },
      expected: { start: '1969-01-01', end: '1969-12-31', precision: 'days' }
    },
    {
      // Two dates make a range of days, even over exactly one month or year (our own export's).
      start: { year: 2023, month: 7, day: 1 },
      end: { year: 2023, month: 7, day: 31 },
      expected: { start: '2023-07-01', end: '2023-07-31', precision: 'days' }
    },
    {
      start: { year: 2023, month: 1, day: 1 },
      end: { year: 2023, month: 12, day: 31 },
      expected: { start: '2023-01-01', end: '2023-12-31', precision: 'days' }
    },
    {
      start: { year: 2003, month: 3, day: 20 },
      end: { year: 2003, month: 3, day: 20 },
      expected: { start: '2003-03-20', end: '2003-03-20', precision: 'day' }
    },
    {
      start: { year: 2023, month: 7, day: 5, hour: 9, minute: 30 },
      end: undefined,
      expected: { start: '2023-07-05', end: '2023-07-05', precision: 'time', time: '09:30' }
    },
    {
      start: { year: 2023, month: 7, day: 5, hour: 16, minute: 0 },
      end: { year: 2023, month: 7, day: 5, hour: 18, minute: 45 },
      expected: {
        start: '2023-07-05',
        end: '2023-07-05',
        precision: 'time',
        time: '16:00',
        notKept: { what: 'the end time 18:45', at: 'end_date' }
      }
    },
    {
      start: { year: 2023, month: 7, day: 5, hour: 16, minute: 0 },
      end: { year: 2023, month: 7, day: 6 },
      expected: {
        start: '2023-07-05',
        end: '2023-07-06',
        precision: 'days',
        notKept: { what: 'the times (a range of days keeps its days)', at: 'start_date' }
      }
    }
  ])('$start … $end', ({ start, end, expected }) => {
    expect(slideDate(start, end)).toEqual(expected);
  });

  it('has no days for an end before its start', () => {
    expect(slideDate({ year: 2021, month: 5 }, { year: 2021, month: 4 })).toBeNull();
  });
});

describe('parseTime: every form TimelineJS reads', () => {
  it.each([
    ['13:30', { hour: 13, minute: 30 }],
    ['1:30 PM', { hour: 13, minute: 30 }],
    ['1:30 p.m.', { hour: 13, minute: 30 }],
    ['12:15 a.m.', { hour: 0, minute: 15 }],
    ['12:00 PM', { hour: 12, minute: 0 }],
    ['1330', { hour: 13, minute: 30 }],
    ['930', { hour: 9, minute: 30 }],
    ['13.30', { hour: 13, minute: 30 }],
    ['13:30:15', { hour: 13, minute: 30, second: 15 }],
    ['13:30:15.5', { hour: 13, minute: 30, second: 15, millisecond: 500 }],
    ['9', { hour: 9 }]
  ])('%s', (text, expected) => {
    expect(parseTime(text)).toEqual(expected);
  });

  it.each([
    ['25:00', '"25:00" is not a time (the hour must be 0 to 23, or 1 to 12 with AM/PM)'],
    ['noon', '"noon" is not a time (the hour must be 0 to 23, or 1 to 12 with AM/PM)'],
    ['13:75', '"13:75" is not a time (the minutes must be 00 to 59)'],
    ['1:2:3:4:5', '"1:2:3:4:5" is not a time (too many separators)']
  ])('refuses %s', (text, message) => {
    expect(parseTime(text)).toBe(message);
  });
});

describe('parseSheetDate: the old layout’s Start Date, as TLDate.parseDate reads it', () => {
  it.each([
    ['2023-07-14', { year: '2023', month: '07', day: '14' }],
    ['2023-07', { year: '2023', month: '07' }],
    ['1969', { year: '1969' }],
    ['-500', { year: '-500' }],
    ['5/9/2023', { year: '2023', month: '5', day: '9' }],
    ['7/2023', { year: '2023', month: '7' }],
    ['1/5/2023 13:30', { year: '2023', month: '1', day: '5', hour: '13', minute: '30' }],
    ['2023-07-14T09:30', { year: '2023', month: '07', day: '14', hour: '09', minute: '30' }]
  ])('%s', (text, expected) => {
    expect(parseSheetDate(text)).toEqual(expected);
  });

  it.each(['soon', 'July 2023', '14 juillet'])('reads nothing in %s', (text) => {
    expect(parseSheetDate(text)).toBeNull();
  });
});
