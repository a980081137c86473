/**
 * Calendar dates as a reader reads them, in the story's language: French, or English written
 * the British way (en-GB, "Tuesday 5 September 2023"): a newsroom's day-month-year, with no
 * comma to place, in the same order as the French, so that the axis composes its labels alike.
 * Run at build time: the pages receive finished strings, so the browser never needs date-fns.
 *
 * Month and weekday names are date-fns' (its fr and enGB locales); the rest is composed here
 * from the date's parts, not from a JavaScript Date, so that any year reads right: years before
 * 1 ("500 av. J.-C.", astronomical numbering: year 0 is 1 BC) and years no Date can hold.
 */
import { enGB, fr } from 'date-fns/locale';
import { messagesFor } from '../i18n/catalogues.ts';
import type { Language, MessageKey } from '../i18n/messages.ts';
import { formatCount } from './count.ts';
import { daysInMonth, parts, type CalendarDate } from './calendar-date.ts';
import type { ClaimStatus, DatePrecision as Precision } from './types.ts';

const DATE_FNS_LOCALES = { fr, en: enGB } as const;

/** What formatEventDate reads of a date: its days, its precision, and for "time" its hour. */
export interface FormattableDate {
  start: CalendarDate;
  end: CalendarDate;
  precision: Precision;
  /** "HH:MM", with precision "time". */
  time?: string;
  /** The IANA zone the time is in ("Asia/Vladivostok"), with precision "time". */
  timeZone?: string;
}

const words = (lang: Language) => messagesFor(lang);
const monthName = (lang: Language, month: number, width: 'wide' | 'abbreviated' = 'wide') =>
  DATE_FNS_LOCALES[lang].localize.month((month - 1) as 0, { width });

/** 0 = Sunday … 6 = Saturday, for any year of the proleptic Gregorian calendar (Sakamoto's). */
function weekdayOf(year: number, month: number, day: number): number {
  const y = month < 3 ? year - 1 : year;
  const shift = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4][month - 1]!;
  const n = y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + shift + day;
  return ((n % 7) + 7) % 7;
}

/** "2023", "500 av. J.-C." / "500 BC" (year -499), "13 800 000 000 av. J.-C." */
export function formatYear(year: number, lang: Language): string {
  const number = (n: number) => (n < 10_000 ? String(n) : formatCount(n, lang));
  return year >= 1 ? number(year) : words(lang).t('date.beforeYearOne', { year: number(1 - year) });
}

/** The day of the month: "1er" in French (then 2, 3…), "1" in English. */
const dayOfMonth = (day: number, lang: Language) =>
  day === 1 ? words(lang).t('date.firstOfMonth') : String(day);

/** "5 septembre 2023" / "5 September 2023"; `month: false` leaves out month and year, `year: false` the year. */
function dayMonthYear(
  date: CalendarDate,
  lang: Language,
  { month = true, year = true, width = 'wide' as 'wide' | 'abbreviated' } = {}
): string {
  const p = parts(date);
  const text = [dayOfMonth(p.day, lang)];
  if (month) text.push(monthName(lang, p.month, width));
  if (month && year) text.push(formatYear(p.year, lang));
  return text.join(' ');
}

/** "mardi 5 septembre 2023", "vendredi 1er septembre 2023" / "Tuesday 5 September 2023" */
export function formatDay(date: CalendarDate, lang: Language): string {
  const { year, month, day } = parts(date);
  const weekday = DATE_FNS_LOCALES[lang].localize.day(weekdayOf(year, month, day) as 0, {
    width: 'wide'
  });
  return `${weekday} ${dayMonthYear(date, lang)}`;
}

/** "5 sept. 2023", "1er sept. 2023" / "5 Sep 2023" */
export function formatShortDay(date: CalendarDate, lang: Language): string {
  return dayMonthYear(date, lang, { width: 'abbreviated' });
}

/** "juillet 2023" / "July 2023" */
export function formatMonth(date: CalendarDate, lang: Language): string {
  const p = parts(date);
  return `${monthName(lang, p.month)} ${formatYear(p.year, lang)}`;
}

/**
 * "du 25 au 27 juillet 2023", "du 30 août au 2 septembre 2023" / "25–27 July 2023",
 * "30 August – 2 September 2023", "28 December 2022 – 3 January 2023"
 */
export function formatDayRange(start: CalendarDate, end: CalendarDate, lang: Language): string {
  if (start === end) return formatDay(start, lang);
  const s = parts(start);
  const e = parts(end);
  const first = dayMonthYear(start, lang, {
    month: s.month !== e.month || s.year !== e.year,
    year: s.year !== e.year
  });
  const key: MessageKey =
    s.year === e.year && s.month === e.month ? 'date.rangeInMonth' : 'date.range';
  return words(lang).t(key, { start: first, end: dayMonthYear(end, lang) });
}

/** Two labels joined by a dash: "1939–1945", spaced when either has spaces ("500 av. J.-C. – 1 av. J.-C."). */
const span = (start: string, end: string, lang: Language) =>
  words(lang).t(/\s/.test(start + end) ? 'date.spanSpaced' : 'date.span', { start, end });

/**
 * A range of days that runs over whole years or whole months, said as such: "1939–1945",
 * "mars–juin 1969", "novembre 1968 – février 1969" (an imported TimelineJS range of years would
 * otherwise read "du 1er janvier 1939 au 31 décembre 1945"); undefined for any other range.
 */
function wholeYearsOrMonths(
  start: CalendarDate,
  end: CalendarDate,
  lang: Language
): string | undefined {
  const s = parts(start);
  const e = parts(end);
  if (s.day !== 1 || e.day !== daysInMonth(e.year, e.month)) return undefined;
  if (s.month === 1 && e.month === 12)
    return s.year === e.year
      ? formatYear(s.year, lang)
      : span(formatYear(s.year, lang), formatYear(e.year, lang), lang);
  if (s.year === e.year && s.month === e.month) return formatMonth(start, lang);
  if (s.year === e.year)
    return words(lang).t('date.span', {
      start: monthName(lang, s.month),
      end: formatMonth(end, lang)
    });
  return words(lang).t('date.spanSpaced', {
    start: formatMonth(start, lang),
    end: formatMonth(end, lang)
  });
}

/** "14 h 30" / "2:30 pm": the clock as each language's press writes it. */
function formatClock(time: string, lang: Language): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const minutes = String(m).padStart(2, '0');
  if (lang === 'fr') return `${h} h ${minutes}`;
  return `${h % 12 === 0 ? 12 : h % 12}:${minutes} ${h < 12 ? 'am' : 'pm'}`;
}

/** "heure de Vladivostok" / "Vladivostok time": the zone named by its city, as IANA names it. */
function formatZone(timeZone: string, lang: Language): string {
  const city = timeZone.split('/').at(-1)!.replaceAll('_', ' ');
  return words(lang).t('date.zone', { city });
}

const MONTH_PART_BY_FIRST_DAY: Record<number, MessageKey> = {
  1: 'date.early',
  11: 'date.mid',
  21: 'date.late'
};

/** The date as a reader should read it, precision included, in `lang`. */
export function formatEventDate(date: FormattableDate, lang: Language): string {
  switch (date.precision) {
    case 'time':
      if (date.time && date.timeZone)
        return words(lang).t('date.atTime', {
          day: dayMonthYear(date.start, lang),
          time: formatClock(date.time, lang),
          zone: formatZone(date.timeZone, lang)
        });
      return formatDay(date.start, lang);
    case 'day':
      return formatDay(date.start, lang);
    case 'days':
      return (
        wholeYearsOrMonths(date.start, date.end, lang) ?? formatDayRange(date.start, date.end, lang)
      );
    case 'part-of-month': {
      const part = MONTH_PART_BY_FIRST_DAY[parts(date.start).day];
      if (!part) return formatDayRange(date.start, date.end, lang);
      return words(lang).t(part, { month: formatMonth(date.start, lang) });
    }
    case 'month':
      return formatMonth(date.start, lang);
    case 'year':
      return formatYear(parts(date.start).year, lang);
    case 'unknown':
      return words(lang).t('date.unknown');
  }
}

/** "jour exact" / "exact day" */
export const precisionLabel = (precision: Precision, lang: Language): string =>
  words(lang).t(`precision.${precision}`);

/** "Fait établi" / "Established fact" */
export const claimStatusLabel = (status: ClaimStatus, lang: Language): string =>
  words(lang).t(`claim.${status}`);
