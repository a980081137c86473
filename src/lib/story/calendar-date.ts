/**
 * Calendar dates ("YYYY-MM-DD") as the story stores them: a day on the calendar, not an instant.
 *
 * The year is astronomical, written as ISO 8601's expanded years: at least four digits, a
 * leading "-" before year 0, no "+" (`0000-06-01` is 1 BC, `-0500-01-01` is 501 BC,
 * `-13800000000-01-01` is 13.8 billion years ago). One text per day: no "-0000", no leading
 * zero beyond the four digits.
 *
 * All arithmetic goes through a day number (days since 1970-01-01 in the proleptic Gregorian
 * calendar) computed with integer civil-from-days / days-from-civil arithmetic (Howard Hinnant's
 * algorithms, http://howardhinnant.github.io/date_algorithms.html), exact for every year a
 * story may name: Date.UTC only reaches ±275,760 years. No result depends on the machine's time
 * zone. Compare dates with compareCalendarDates, never as strings: "-0500" < "-1000" as text.
 */

export type CalendarDate = string;

export interface CalendarParts {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const CALENDAR_DATE = /^(-?)(\d{4,})-(\d{2})-(\d{2})$/;
/** The largest year written, either way: its day numbers stay exact integers in a double. */
export const MAX_YEAR_DIGITS = 12;

const floorDiv = (a: number, b: number) => Math.floor(a / b);

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** Parses "YYYY-MM-DD", or returns null when the text is not a real calendar day (2023-02-30). */
export function parseCalendarDate(text: string): CalendarParts | null {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return null;
  const [, sign, digits, mm, dd] = match as unknown as [string, string, string, string, string];
  if (digits.length > MAX_YEAR_DIGITS) return null;
  if (digits.length > 4 && digits.startsWith('0')) return null; // one text per year
  const year = sign ? -Number(digits) : Number(digits);
  if (sign && year === 0) return null; // "-0000" is "0000"
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isCalendarDate(text: unknown): text is CalendarDate {
  return typeof text === 'string' && parseCalendarDate(text) !== null;
}

function mustParse(date: CalendarDate): CalendarParts {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}

/** A year as a calendar date writes it: "2023", "0000", "-0500", "-13800000000". */
export function formatYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : digits;
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const m = String(month).padStart(2, '0');
  const d = String(day).padStart(2, '0');
  const text = `${formatYear(year)}-${m}-${d}`;
  mustParse(text);
  return text;
}

/** Days since 1970-01-01 of a year, month and day (days-from-civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yearOfEra = y - era * 400; // 0…399
  const dayOfYear = floorDiv(153 * (month + (month > 2 ? -3 : 9)) + 2, 5) + day - 1; // from 1 March
  const dayOfEra = yearOfEra * 365 + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month and day of a day number (civil-from-days). */
export function partsOfDay(dayNumber: number): CalendarParts {
  const z = Math.floor(dayNumber) + 719_468;
  const era = floorDiv(z, 146_097);
  const dayOfEra = z - era * 146_097; // 0…146096
  const yearOfEra = floorDiv(
    dayOfEra - floorDiv(dayOfEra, 1460) + floorDiv(dayOfEra, 36_524) - floorDiv(dayOfEra, 146_096),
    365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100));
  const mp = floorDiv(5 * dayOfYear + 2, 153);
  const day = dayOfYear - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = mustParse(date);
  return dayNumberOf(year, month, day);
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const { year, month, day } = partsOfDay(dayNumber);
  return calendarDate(year, month, day);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Negative, zero or positive, like a sort comparator: by day, not as strings. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/**
 * compareCalendarDates for texts not yet known to be dates (a validator's input): by day where
 * both are calendar dates, else as texts, so that it never throws (the bad date is reported
 * where it is read).
 */
export function compareDateTexts(a: string, b: string): number {
  if (isCalendarDate(a) && isCalendarDate(b)) return compareCalendarDates(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 0 = Sunday … 6 = Saturday, as Date.prototype.getDay, of a day number (1970-01-01: Thursday). */
export const weekdayOfDay = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7;

/** 0 = Sunday … 6 = Saturday, as Date.prototype.getDay. */
export function weekday(date: CalendarDate): number {
  return weekdayOfDay(toDayNumber(date));
}

export function parts(date: CalendarDate): CalendarParts {
  return mustParse(date);
}

/** The years a Date handed to date-fns can stand for (its formats write 1 to 9999). */
export const LOCAL_NOON_YEARS = { min: 1, max: 9999 } as const;

/**
 * A local Date at noon on that day, for formatting libraries that take a Date (date-fns).
 * Noon, not midnight: some zones skip midnight on their DST day, none skips noon, so the
 * formatted day is the stored day in every time zone. Only years 1 to 9999: a caller with
 * deeper time formats the year itself (a RangeError says so).
 */
export function toLocalNoon(date: CalendarDate): Date {
  const { year, month, day } = mustParse(date);
  if (year < LOCAL_NOON_YEARS.min || year > LOCAL_NOON_YEARS.max)
    throw new RangeError(
      `toLocalNoon: ${date} is outside years ${LOCAL_NOON_YEARS.min}–${LOCAL_NOON_YEARS.max}; format its year without a Date`
    );
  const noon = new Date(2000, month - 1, day, 12);
  noon.setFullYear(year, month - 1, day); // years 1–99 too, which the constructor maps to 19xx
  return noon;
}
