/**
 * TimelineJS dates as calendar dates. A TimelineJS date is an object of parts (`year`, `month`,
 * `day`, `hour`, `minute`, `second`, `millisecond`), each a number or a string of digits,
 * zero-padded or not (its DateUtil.js `validDateConfig` takes `^-?\d+$` or blank). The year is
 * read as TimelineJS shows it and its authors write it: -500 is 500 BCE, which the story stores
 * astronomically as -0499 (calendar-date.ts: year 0 is 1 BC); see storyYear.
 *
 * Also the two text forms a sheet may give: the Time column as DateUtil.js `parseTime` reads it
 * ("13:30", "1:30 PM", "1330", "13.30", "13:30:15.5"), and the old layout's Start Date as
 * TLDate.js `parseDate` reads it ("2023-07-05", "-500", "7/5/2023" in US order, "7/2023").
 */
import {
  calendarDate,
  compareCalendarDates,
  daysInMonth,
  formatYear,
  MAX_YEAR_DIGITS,
  type CalendarDate
} from '../story/calendar-date.ts';

export const DATE_PARTS = [
  'year',
  'month',
  'day',
  'hour',
  'minute',
  'second',
  'millisecond'
] as const;
export type DatePartName = (typeof DATE_PARTS)[number];

/** A TimelineJS date, read: a year, and each finer part only where the coarser one is given. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

/** A problem with one part of a date: the caller says where the date is. */
export interface PartProblem {
  part: DatePartName | 'display_date' | null;
  message: string;
}

/** TimelineJS's own test of a part: a whole number, or blank. */
const INTEGER = /^-?\d+$/;

/**
 * The story's (astronomical) year for a year as a TimelineJS author writes it. TimelineJS shows a
 * negative year as that many years BCE ("-500" → "500 BCE", Language.js era_labels), as its
 * documentation asks authors to write them: 500 BC is -0499 in the story's calendar, where year
 * 0 is 1 BC. Its year 0, which it shows as "0", is read as 1 BC too. export.ts's timelineJsYear
 * is the inverse.
 */
export const storyYear = (year: number): number => (year < 0 ? year + 1 : year);

/** A part as a number, undefined when blank, or a problem. */
function readPart(value: unknown, part: DatePartName): number | undefined | PartProblem {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return value;
    return { part, message: `${value} is not a whole number` };
  }
  if (typeof value !== 'string')
    return { part, message: `expected a number or a text of digits, got ${describe(value)}` };
  const text = value.trim();
  if (text === '') return undefined;
  if (!INTEGER.test(text))
    return {
      part,
      message: `${JSON.stringify(value)} is not a whole number (TimelineJS takes digits only${part === 'year' ? ', such as 1500 or -500' : ''})`
    };
  return Number(text);
}

const describe = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;

/** Whether a TimelineJS date object has no part at all (`{}`, `{"year": ""}`): no date. */
export function isBlankDate(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  return DATE_PARTS.every((part) => {
    const v = (value as Record<string, unknown>)[part];
    return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  });
}

export interface ReadDateOptions {
  /** A cosmological timeline: TimelineJS's BigDate reads the year alone. */
  yearsOnly?: boolean;
}

export interface ReadDate {
  parts?: DateParts;
  problems: PartProblem[];
  /** What was read but not kept (a time without a day, seconds), for a warning. */
  dropped: { part: DatePartName; message: string }[];
}

/** Reads one TimelineJS date object (not blank: see isBlankDate). */
export function readTimelineDate(value: unknown, options: ReadDateOptions = {}): ReadDate {
  const problems: PartProblem[] = [];
  const dropped: ReadDate['dropped'] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      problems: [
        { part: null, message: `expected an object of date parts, got ${describe(value)}` }
      ],
      dropped
    };
  const record = value as Record<string, unknown>;
  const read: Partial<Record<DatePartName, number>> = {};
  for (const part of DATE_PARTS) {
    const result = readPart(record[part], part);
    if (typeof result === 'object') problems.push(result);
    else if (result !== undefined) read[part] = result;
  }
  if (problems.length > 0) return { problems, dropped };
  const { month, day, hour, minute, second, millisecond } = read;
  const written = read.year;
  if (written === undefined)
    return { problems: [{ part: 'year', message: 'a date needs its year' }], dropped };
  const year = storyYear(written);
  if (String(Math.abs(year)).length > MAX_YEAR_DIGITS)
    problems.push({
      part: 'year',
      message: `${written} has more than ${MAX_YEAR_DIGITS} digits (the story's dates go to ±999,999,999,999)`
    });
  if (options.yearsOnly) {
    if (month !== undefined || day !== undefined || hour !== undefined)
      dropped.push({
        part: month !== undefined ? 'month' : day !== undefined ? 'day' : 'hour',
        message: 'months, days and times (a cosmological timeline reads years alone)'
      });
    return problems.length > 0 ? { problems, dropped } : { parts: { year }, problems, dropped };
  }
  if (month !== undefined && (month < 1 || month > 12))
    problems.push({ part: 'month', message: `${month} is not a month (1 to 12)` });
  if (day !== undefined) {
    if (month === undefined) problems.push({ part: 'day', message: 'a day needs its month' });
    else if (month >= 1 && month <= 12 && (day < 1 || day > daysInMonth(year, month)))
      problems.push({
        part: 'day',
        message: `${day} is not a day of ${formatYear(year)}-${String(month).padStart(2, '0')} (1 to ${daysInMonth(year, month)})${written < 0 ? `, TimelineJS's year ${written}, ${-written} BC` : ''}`
      });
  }
  if (hour !== undefined && (hour < 0 || hour > 23))
    problems.push({ part: 'hour', message: `${hour} is not an hour (0 to 23)` });
  if (minute !== undefined && (minute < 0 || minute > 59))
    problems.push({ part: 'minute', message: `${minute} is not a minute (0 to 59)` });
  if (minute !== undefined && hour === undefined)
    problems.push({ part: 'minute', message: 'a minute needs its hour' });
  if (problems.length > 0) return { problems, dropped };

  const parts: DateParts = { year };
  if (month !== undefined) parts.month = month;
  if (day !== undefined) parts.day = day;
  if (hour !== undefined) {
    if (day === undefined) dropped.push({ part: 'hour', message: 'the time (it has no day)' });
    else {
      parts.hour = hour;
      parts.minute = minute ?? 0;
      if ((second ?? 0) !== 0 || (millisecond ?? 0) !== 0)
        dropped.push({ part: 'second', message: 'the seconds' });
    }
  }
  return { parts, problems, dropped };
}

/** The first and last day a date's parts cover: a year, a month or one day. */
export function daysOf(parts: DateParts): [CalendarDate, CalendarDate] {
  const { year, month, day } = parts;
  if (month === undefined) return [calendarDate(year, 1, 1), calendarDate(year, 12, 31)];
  if (day === undefined)
    return [calendarDate(year, month, 1), calendarDate(year, month, daysInMonth(year, month))];
  const one = calendarDate(year, month, day);
  return [one, one];
}

const sameParts = (a: DateParts, b: DateParts) =>
  a.year === b.year &&
  a.month === b.month &&
  a.day === b.day &&
  a.hour === b.hour &&
  a.minute === b.minute;

export const clockTime = (parts: DateParts) =>
  `${String(parts.hour).padStart(2, '0')}:${String(parts.minute ?? 0).padStart(2, '0')}`;

export interface SlideDate {
  start: CalendarDate;
  end: CalendarDate;
  precision: 'year' | 'month' | 'days' | 'day' | 'time';
  /** "HH:MM", with precision "time". */
  time?: string;
  /** What TimelineJS showed that the story does not keep, for a warning, and whose it was. */
  notKept?: { what: string; at: 'start_date' | 'end_date' };
}

/**
 * The days a slide covers, from its start and (optional) end, at the precision its parts give:
 * a whole year, a whole month, one day (at a time, where the start has one), or a range of days
 * (a start and a later end, whatever their parts: 1939 to 1945 is days, said as years).
 * An end equal to the start is dropped, as TimelineJS does. Null when the end is before the
 * start.
 */
export function slideDate(start: DateParts, end?: DateParts): SlideDate | null {
  if (end && sameParts(start, end)) end = undefined;
  const [first] = daysOf(start);
  const last = daysOf(end ?? start)[1];
  if (compareCalendarDates(last, first) < 0) return null;
  if (first === last) {
    if (start.hour === undefined)
      return {
        start: first,
        end: last,
        precision: 'day',
        ...(end?.hour !== undefined && {
          notKept: { what: `the end time ${clockTime(end)}`, at: 'end_date' as const }
        })
      };
    return {
      start: first,
      end: last,
      precision: 'time',
      time: clockTime(start),
      ...(end?.hour !== undefined && {
        notKept: { what: `the end time ${clockTime(end)}`, at: 'end_date' as const }
      })
    };
  }
  const notKept =
    start.hour !== undefined || end?.hour !== undefined
      ? {
          what: 'the times (a range of days keeps its days)',
          at: start.hour !== undefined ? ('start_date' as const) : ('end_date' as const)
        }
      : undefined;
  // Two dates make a range of days, even one over whole months or years (1939 to 1945): the
  // slide said two dates, and our own export says a range so. A start alone is a year or month.
  const precision = end ? 'days' : wholeYearOrMonth(first, last);
  return { start: first, end: last, precision, ...(notKept && { notKept }) };
}

/** "year" or "month" where first…last is exactly one, else "days". */
function wholeYearOrMonth(first: CalendarDate, last: CalendarDate): 'year' | 'month' | 'days' {
  const [fy, fm, fd] = splitDate(first);
  const [ly, lm, ld] = splitDate(last);
  if (fy !== ly || fd !== 1) return 'days';
  if (fm === 1 && lm === 12 && ld === 31) return 'year';
  if (fm === lm && ld === daysInMonth(ly, lm)) return 'month';
  return 'days';
}

function splitDate(date: CalendarDate): [number, number, number] {
  const match = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(date)!;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export interface ClockParts {
  hour: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/**
 * A Time cell as TimelineJS's parseTime reads it: "13:30", "1:30 PM", "1:30 p.m.", "1330",
 * "13.30", "13:30:15", "13:30:15.5". A string saying why, where it cannot.
 */
export function parseTime(input: string): ClockParts | string {
  let text = input.trim();
  let period: 'a' | 'p' | undefined;
  const suffix = /\s*([AaPp])\.?[Mm]\.?\s*$/.exec(text);
  if (suffix) {
    period = suffix[1]!.toLowerCase() as 'a' | 'p';
    text = text.slice(0, suffix.index).trim();
  }
  const compact = /^(\d{1,2})(\d{2})$/.exec(text);
  let pieces = compact ? [compact[1]!, compact[2]!] : text.split(':');
  if (!compact && pieces.length === 1) pieces = text.split('.');
  if (pieces.length > 4) return `${JSON.stringify(input)} is not a time (too many separators)`;
  const number = (piece: string) => (/^\s*\d+\s*$/.test(piece) ? Number(piece) : NaN);
  let hour = number(pieces[0]!);
  if (period === 'p' && hour !== 12) hour += 12;
  else if (period === 'a' && hour === 12) hour = 0;
  if (Number.isNaN(hour) || hour < 0 || hour > 23)
    return `${JSON.stringify(input)} is not a time (the hour must be 0 to 23, or 1 to 12 with AM/PM)`;
  const parsed: ClockParts = { hour };
  if (pieces.length > 1) {
    const minute = number(pieces[1]!);
    if (Number.isNaN(minute) || minute > 59)
      return `${JSON.stringify(input)} is not a time (the minutes must be 00 to 59)`;
    parsed.minute = minute;
  }
  if (pieces.length > 2) {
    const seconds = [...pieces[2]!.split(/[.,]/), ...pieces.slice(3)];
    const second = number(seconds[0]!);
    if (seconds.length > 2 || Number.isNaN(second) || second > 59)
      return `${JSON.stringify(input)} is not a time (the seconds must be 00 to 59)`;
    parsed.second = second;
    if (seconds.length === 2) {
      const fraction = number(seconds[1]!);
      if (Number.isNaN(fraction)) return `${JSON.stringify(input)} is not a time`;
      parsed.millisecond = 100 * fraction;
    }
  }
  return parsed;
}

/** A date's parts as strings, as a sheet gives them to TimelineJS's date checks. */
export type TextParts = Partial<Record<DatePartName, string>>;

const ISO_SHORT = /^([+-]?\d+?)(-\d{2})?(-\d{2})?$/;
const ISO_DATE_TIME =
  /^([+-]?\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?(Z|[+-]\d{2}:?(\d{2})?)?$/i;

/**
 * A Start Date or End Date cell of the old sheet layout, as TLDate.js parseDate reads it:
 * "[±]Y…[-MM[-DD]]", an ISO 8601 date and time, "M/D/YYYY" (US order: 5/9/2023 is 9 May),
 * "M/YYYY", with a time "H:MM[:SS]" after a slashed date. Null where it reads nothing (there,
 * TimelineJS gets an empty date).
 */
export function parseSheetDate(input: string): TextParts | null {
  const text = input.trim();
  const short = ISO_SHORT.exec(text);
  if (short) {
    const parts: TextParts = { year: short[1]!.replace('+', '') };
    if (short[2]) parts.month = short[2].slice(1);
    if (short[3]) parts.day = short[3].slice(1);
    return parts;
  }
  const iso = ISO_DATE_TIME.exec(text);
  if (iso) {
    const parts: TextParts = { year: iso[1]!.replace('+', ''), month: iso[2]!, day: iso[3]! };
    if (iso[4]) Object.assign(parts, { hour: iso[4], minute: iso[5]! });
    return parts;
  }
  let rest = text;
  const parts: TextParts = {};
  const mdy = /\d+\/\d+\/\d+/.exec(rest);
  if (mdy) {
    const [month, day, year] = mdy[0].split('/');
    Object.assign(parts, { month, day, year });
    rest = rest.replace(mdy[0], '').trim();
  }
  const my = /\d+\/\d+/.exec(rest);
  if (my) {
    const [month, year] = my[0].split('/');
    Object.assign(parts, { month, year });
    rest = rest.replace(my[0], '').trim();
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(rest);
  if (time) Object.assign(parts, { hour: time[1], minute: time[2] });
  else if (rest !== '') return null;
  return parts.year === undefined ? null : parts;
}
