/**
 * Calendar dates ("YYYY-MM-DD") as the story stores them: a day on the calendar, not an instant.
 *
 * All arithmetic goes through a day number (days since 1970-01-01 in the proleptic Gregorian
 * calendar) computed with Date.UTC, so no result ever depends on the machine's time zone.
 */

export type CalendarDate = string;

export interface CalendarParts {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MS_PER_DAY = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "YYYY-MM-DD", or returns null when the text is not a real calendar day (2023-02-30). */
export function parseCalendarDate(text: string): CalendarParts | null {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
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

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const y = String(year).padStart(4, '0');
  const m = String(month).padStart(2, '0');
  const d = String(day).padStart(2, '0');
  const text = `${y}-${m}-${d}`;
  mustParse(text);
  return text;
}

export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = mustParse(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Negative, zero or positive, like a sort comparator. Valid dates compare as strings too. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** 0 = Sunday … 6 = Saturday, as Date.prototype.getDay. */
export function weekday(date: CalendarDate): number {
  return new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
}

export function parts(date: CalendarDate): CalendarParts {
  return mustParse(date);
}

/**
 * A local Date at noon on that day, for formatting libraries that take a Date (date-fns).
 * Noon, not midnight: some zones skip midnight on their DST day, none skips noon, so the
 * formatted day is the stored day in every time zone.
 */
export function toLocalNoon(date: CalendarDate): Date {
  const { year, month, day } = mustParse(date);
  return new Date(year, month - 1, day, 12);
}
