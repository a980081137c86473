/**
 * Resolves the French date expressions a news article uses ("mardi", "lundi", "fin juillet",
 * "5 septembre") against the article's publication date, as calendar dates.
 *
 * News in the past tense speaks of days that have happened: a bare weekday is the most recent
 * such day on or before the publication date (chrono-node goes to the nearest day, forward as
 * well as back, which is wrong here), and a bare month is the most recent such month.
 */
import {
  addDays,
  calendarDate,
  daysInMonth,
  parts,
  weekday,
  type CalendarDate
} from './calendar-date.ts';

export type DatePrecision = 'day' | 'days' | 'part-of-month' | 'month' | 'unknown';

export type ResolutionRule =
  | 'same-day'
  | 'days-before'
  | 'last-weekday-on-or-before'
  | 'last-weekday-before'
  | 'explicit-day'
  | 'month'
  | 'part-of-month';

export interface ResolvedDate {
  start: CalendarDate;
  end: CalendarDate;
  precision: DatePrecision;
  rule: ResolutionRule;
  /** In French, how the expression was read, for the reader and the fact-checker. */
  explanation: string;
}

export const WEEKDAYS_FR = [
  'dimanche',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi'
] as const;

export const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre'
] as const;

/** Thirds of a month, as French news uses them: début (1–10), mi (11–20), fin (21–end). */
const MONTH_PARTS = {
  début: { from: 1, to: 10, label: 'les dix premiers jours' },
  mi: { from: 11, to: 20, label: 'du 11 au 20' },
  fin: { from: 21, to: 31, label: 'les derniers jours, à partir du 21' }
} as const;

function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('fr')
    .replace(/[\u2019']/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

const monthIndex = (name: string): number => MONTHS_FR.indexOf(name as (typeof MONTHS_FR)[number]);

/** The most recent occurrence of a month (1–12) that has begun on or before the anchor. */
function mostRecentMonthYear(month: number, anchor: CalendarDate): number {
  const a = parts(anchor);
  return month <= a.month ? a.year : a.year - 1;
}

function lastWeekday(target: number, anchor: CalendarDate, strictlyBefore: boolean): CalendarDate {
  let back = (weekday(anchor) - target + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(anchor, -back);
}

const WEEKDAY = `(${WEEKDAYS_FR.join('|')})`;
const MONTH = `(${MONTHS_FR.join('|')})`;
const patterns = {
  weekday: new RegExp(`^${WEEKDAY}( dernier)?$`),
  relative: /^(aujourd'hui|hier|avant-hier)$/,
  monthPart: new RegExp(`^(début|mi|fin)(?: |-)${MONTH}(?: (\\d{4}))?$`),
  month: new RegExp(`^(?:en )?${MONTH}(?: (\\d{4}))?$`),
  day: new RegExp(`^(?:(?:le )?${WEEKDAY} )?(?:le )?(1er|\\d{1,2}) ${MONTH}(?: (\\d{4}))?$`)
};

/** Why an expression cannot be read, in words the story's author can act on. */
export interface Unresolved {
  problem: string;
}

/**
 * Reads one date expression against the publication date, or says why it cannot, so that the
 * caller reports it instead of guessing.
 */
export function readDateExpression(text: string, anchor: CalendarDate): ResolvedDate | Unresolved {
  const phrase = normalise(text);
  parts(anchor); // throws on a bad anchor: a programming error, not a story error

  let m = patterns.weekday.exec(phrase);
  if (m) {
    const target = WEEKDAYS_FR.indexOf(m[1] as (typeof WEEKDAYS_FR)[number]);
    const strictlyBefore = m[2] !== undefined;
    const day = lastWeekday(target, anchor, strictlyBefore);
    return {
      start: day,
      end: day,
      precision: 'day',
      rule: strictlyBefore ? 'last-weekday-before' : 'last-weekday-on-or-before',
      explanation: strictlyBefore
        ? `le dernier ${m[1]} avant la date de publication (${anchor})`
        : `le ${m[1]} le plus récent à la date de publication (${anchor}) ou avant`
    };
  }

  m = patterns.relative.exec(phrase);
  if (m) {
    const back = m[1] === 'hier' ? 1 : m[1] === 'avant-hier' ? 2 : 0;
    const day = addDays(anchor, -back);
    return {
      start: day,
      end: day,
      precision: 'day',
      rule: back === 0 ? 'same-day' : 'days-before',
      explanation:
        back === 0
          ? `le jour de la publication (${anchor})`
          : `${back} jour${back > 1 ? 's' : ''} avant la publication (${anchor})`
    };
  }

  m = patterns.monthPart.exec(phrase);
  if (m) {
    const part = MONTH_PARTS[m[1] as keyof typeof MONTH_PARTS];
    const month = monthIndex(m[2]!) + 1;
    let year = m[3] ? Number(m[3]) : mostRecentMonthYear(month, anchor);
    // "fin juillet" written on 5 July, in past-tense news, is last July's.
    if (!m[3] && calendarDate(year, month, part.from) > anchor) year -= 1;
    const last = daysInMonth(year, month);
    return {
      start: calendarDate(year, month, part.from),
      end: calendarDate(year, month, Math.min(part.to, last)),
      precision: 'part-of-month',
      rule: 'part-of-month',
      explanation: `${part.label} de ${m[2]} ${year}${m[3] ? '' : ` (le ${m[2]} le plus récent à la publication, ${anchor})`}`
    };
  }

  m = patterns.month.exec(phrase);
  if (m) {
    const month = monthIndex(m[1]!) + 1;
    const year = m[2] ? Number(m[2]) : mostRecentMonthYear(month, anchor);
    return {
      start: calendarDate(year, month, 1),
      end: calendarDate(year, month, daysInMonth(year, month)),
      precision: 'month',
      rule: 'month',
      explanation: `le mois de ${m[1]} ${year}`
    };
  }

  m = patterns.day.exec(phrase);
  if (m) {
    const dayOfMonth = m[2] === '1er' ? 1 : Number(m[2]);
    const month = monthIndex(m[3]!) + 1;
    let year = m[4] ? Number(m[4]) : mostRecentMonthYear(month, anchor);
    // "le 28 septembre" written on 5 September without a year is last year's.
    if (
      !m[4] &&
      dayOfMonth <= daysInMonth(year, month) &&
      calendarDate(year, month, dayOfMonth) > anchor
    )
      year -= 1;
    if (dayOfMonth > daysInMonth(year, month))
      return { problem: `${dayOfMonth} ${m[3]} ${year} does not exist` };
    const day = calendarDate(year, month, dayOfMonth);
    if (m[1] && WEEKDAYS_FR[weekday(day)] !== m[1])
      return {
        problem: `the weekday contradicts the date: ${dayOfMonth} ${m[3]} ${year} was a ${WEEKDAYS_FR[weekday(day)]}, not a ${m[1]}`
      };
    return {
      start: day,
      end: day,
      precision: 'day',
      rule: 'explicit-day',
      explanation: m[4]
        ? 'date donnée en toutes lettres'
        : `date donnée sans l'année, lue en ${year}`
    };
  }

  return { problem: 'not an expression the resolver knows (see README, "How dates are read")' };
}
