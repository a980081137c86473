/**
 * Resolves the date expressions a news article uses, in French ("mardi", "lundi dernier",
 * "fin juillet", "5 septembre") or English ("on Tuesday", "last Friday", "late July",
 * "Sept. 5"), against the article's publication date, as calendar dates.
 *
 * News in the past tense speaks of days that have happened: a bare weekday is the most recent
 * such day on or before the publication date (chrono-node goes to the nearest day, forward as
 * well as back, which is wrong here), and a bare month is the most recent such month.
 *
 * Each language has its own grammar (word order, "lundi dernier" against "last Monday") and
 * reads a phrase into a `Reading`; the calendar rules that turn a reading into days are shared,
 * so "Tuesday" and "mardi" can never mean two different days. Vague expressions ("dans les
 * prochains jours", "recently") are recognised and reported as vague: never pinned to a day.
 */
import {
  addDays,
  calendarDate,
  daysInMonth,
  parts,
  weekday,
  type CalendarDate
} from './calendar-date.ts';
import {
  CALENDAR_WORDS,
  dateLanguageOf,
  monthName,
  weekdayName,
  type DateLanguage
} from './calendar-words.js';

export type { DateLanguage };

export type DatePrecision = 'day' | 'days' | 'part-of-month' | 'month' | 'unknown';

export type ResolutionRule =
  | 'same-day'
  | 'days-before'
  | 'last-weekday-on-or-before'
  | 'last-weekday-before'
  | 'earlier-this-month'
  | 'explicit-day'
  | 'month'
  | 'part-of-month';

export interface ResolvedDate {
  start: CalendarDate;
  end: CalendarDate;
  precision: DatePrecision;
  rule: ResolutionRule;
  /** In the expression's language, how it was read, for the reader and the fact-checker. */
  explanation: string;
}

/**
 * An expression that speaks of time without naming a day ("dans les prochains jours",
 * "recently"): it says which side of the publication date it points to, and no more. It cannot
 * date an event by itself; the evidence must.
 */
export interface VagueDate {
  rule: 'vague';
  precision: 'unknown';
  /** Before the publication date ("récemment") or after it ("in the coming days"). */
  direction: 'past' | 'future';
  /** In the expression's language, what it says and why it pins no day. */
  explanation: string;
}

/** Why an expression cannot be read, in words the story's author can act on. */
export interface Unresolved {
  problem: string;
}

export type DateReading = ResolvedDate | VagueDate | Unresolved;

export const isVague = (reading: DateReading): reading is VagueDate =>
  'rule' in reading && reading.rule === 'vague';

/** What a language's grammar found in a phrase, before any calendar arithmetic. */
type Reading =
  | { kind: 'weekday'; weekday: number; strictlyBefore: boolean }
  | { kind: 'days-before'; days: number }
  | { kind: 'earlier-this-month' }
  | { kind: 'month-part'; third: 0 | 1 | 2; month: number; year?: number }
  | { kind: 'month'; month: number; year?: number }
  | { kind: 'day'; day: number; month: number; year?: number; weekday?: number }
  | { kind: 'vague'; direction: 'past' | 'future' }
  | { kind: 'problem'; problem: string };

/** Thirds of a month, as news uses them: début/early (1–10), mi/mid (11–20), fin/late (21–end). */
const THIRDS = [
  { from: 1, to: 10 },
  { from: 11, to: 20 },
  { from: 21, to: 31 }
] as const;

interface Language {
  read(phrase: string): Reading | null;
  /** "5 septembre 2023", "September 5, 2023": a day as problems name it. */
  day(day: number, month: number, year: number): string;
  explain: {
    weekday(name: string, anchor: CalendarDate, strictlyBefore: boolean): string;
    daysBefore(days: number, anchor: CalendarDate): string;
    earlierThisMonth(month: string, year: number, anchor: CalendarDate): string;
    monthPart(third: 0 | 1 | 2, month: string, year: number, anchor?: CalendarDate): string;
    month(month: string, year: number): string;
    explicitDay(year: number, yearGiven: boolean): string;
    vague(direction: 'past' | 'future', anchor: CalendarDate): string;
  };
}

function normalise(text: string, language: DateLanguage): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase(language)
    .replace(/[\u2019']/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every way a language writes each month (a full name, a short form before a day), lower case. */
function monthForms(language: DateLanguage): Map<string, number> {
  const { months, monthsWithDay } = CALENDAR_WORDS[language];
  const forms = new Map<string, number>();
  months.forEach((name, m) => forms.set(name.toLocaleLowerCase(language), m + 1));
  // "Sept." is also written "Sept": the full stop is optional.
  monthsWithDay.forEach((name, m) =>
    forms.set(name.toLocaleLowerCase(language).replace(/\.$/, ''), m + 1)
  );
  return forms;
}

function alternation(words: Iterable<string>, language: DateLanguage, optionalStop = false) {
  const sorted = [...words]
    .map((w) => w.toLocaleLowerCase(language))
    .sort((a, b) => b.length - a.length);
  return `(${sorted.map(escape).join('|')})${optionalStop ? '\\.?' : ''}`;
}

function vagueReading(
  phrase: string,
  phrases: Record<'past' | 'future', readonly string[]>
): Reading | null {
  for (const direction of ['past', 'future'] as const)
    if (phrases[direction].includes(phrase)) return { kind: 'vague', direction };
  return null;
}

const FR = (() => {
  const weekdays = CALENDAR_WORDS.fr.weekdays as readonly string[];
  const months = monthForms('fr');
  const WEEKDAY = alternation(weekdays, 'fr');
  const MONTH = alternation(months.keys(), 'fr');
  const patterns = {
    weekday: new RegExp(`^${WEEKDAY}( dernier)?$`),
    relative: /^(aujourd'hui|hier|avant-hier)$/,
    monthPart: new RegExp(`^(début|mi|fin)(?: |-)${MONTH}(?: (\\d{4}))?$`),
    month: new RegExp(`^(?:en )?${MONTH}(?: (\\d{4}))?$`),
    day: new RegExp(`^(?:(?:le )?${WEEKDAY} )?(?:le )?(1er|\\d{1,2}) ${MONTH}(?: (\\d{4}))?$`)
  };
  const VAGUE = {
    past: ['récemment', 'dernièrement', 'ces derniers jours', 'ces dernières semaines'],
    future: [
      'dans les prochains jours',
      'dans les jours à venir',
      'dans les prochaines semaines',
      'prochainement',
      'bientôt',
      'sous peu'
    ]
  };
  const PARTS = ['les dix premiers jours', 'du 11 au 20', 'les derniers jours, à partir du 21'];
  const year = (text: string | undefined) => (text ? Number(text) : undefined);

  const language: Language = {
    read(phrase) {
      let m = patterns.weekday.exec(phrase);
      if (m)
        return {
          kind: 'weekday',
          weekday: weekdays.indexOf(m[1]!),
          strictlyBefore: m[2] !== undefined
        };
      m = patterns.relative.exec(phrase);
      if (m)
        return { kind: 'days-before', days: m[1] === 'hier' ? 1 : m[1] === 'avant-hier' ? 2 : 0 };
      m = patterns.monthPart.exec(phrase);
      if (m)
        return {
          kind: 'month-part',
          third: m[1] === 'début' ? 0 : m[1] === 'mi' ? 1 : 2,
          month: months.get(m[2]!)!,
          year: year(m[3])
        };
      m = patterns.month.exec(phrase);
      if (m) return { kind: 'month', month: months.get(m[1]!)!, year: year(m[2]) };
      m = patterns.day.exec(phrase);
      if (m)
        return {
          kind: 'day',
          day: m[2] === '1er' ? 1 : Number(m[2]),
          month: months.get(m[3]!)!,
          year: year(m[4]),
          weekday: m[1] ? weekdays.indexOf(m[1]) : undefined
        };
      return vagueReading(phrase, VAGUE);
    },
    day: (day, month, year) => `${day} ${monthName('fr', month)} ${year}`,
    explain: {
      weekday: (name, anchor, strictlyBefore) =>
        strictlyBefore
          ? `le dernier ${name} avant la date de publication (${anchor})`
          : `le ${name} le plus récent à la date de publication (${anchor}) ou avant`,
      daysBefore: (days, anchor) =>
        days === 0
          ? `le jour de la publication (${anchor})`
          : `${days} jour${days > 1 ? 's' : ''} avant la publication (${anchor})`,
      // French has no rule for it yet ("plus tôt ce mois-ci"); kept for a complete table.
      earlierThisMonth: (month, year, anchor) =>
        `du 1er ${month} ${year} à la veille de la publication (${anchor})`,
      monthPart: (third, month, year, anchor) =>
        `${PARTS[third]} de ${month} ${year}${anchor ? ` (le ${month} le plus récent à la publication, ${anchor})` : ''}`,
      month: (month, year) => `le mois de ${month} ${year}`,
      explicitDay: (year, yearGiven) =>
        yearGiven ? 'date donnée en toutes lettres' : `date donnée sans l'année, lue en ${year}`,
      vague: (direction, anchor) =>
        direction === 'future'
          ? `expression vague : un moment après la publication (${anchor}), sans jour précis`
          : `expression vague : un moment avant la publication (${anchor}), sans jour précis`
    }
  };
  return language;
})();

const EN = (() => {
  const weekdays = CALENDAR_WORDS.en.weekdays.map((d) => d.toLocaleLowerCase('en'));
  const months = monthForms('en');
  const WEEKDAY = alternation(weekdays, 'en');
  const MONTH = alternation(months.keys(), 'en', true);
  const ORDINAL = '(\\d{1,2})(st|nd|rd|th)?';
  const YEAR = '(?:,? (\\d{4}))?';
  const patterns = {
    weekday: new RegExp(`^(?:on )?(last )?${WEEKDAY}$`),
    relative: /^(today|yesterday|the day before yesterday)$/,
    earlierThisMonth: /^earlier this month$/,
    monthPart: new RegExp(`^(?:in )?(early|mid|late)(?: |-)${MONTH}${YEAR}$`),
    month: new RegExp(`^(?:in )?${MONTH}${YEAR}$`),
    // "Tuesday, September 5", "Sept. 5, 2023", "on 5 September 2023", "the 5th of July"
    monthFirst: new RegExp(`^(?:on )?(?:${WEEKDAY},? )?${MONTH} ${ORDINAL}${YEAR}$`),
    dayFirst: new RegExp(`^(?:on )?(?:${WEEKDAY},? )?(?:the )?${ORDINAL} (?:of )?${MONTH}${YEAR}$`)
  };
  const VAGUE = {
    past: ['recently', 'lately', 'in recent days', 'in recent weeks'],
    future: [
      'in the coming days',
      'in the coming weeks',
      'in the days ahead',
      'in the weeks ahead',
      'in the next few days',
      'soon',
      'shortly'
    ]
  };
  const PARTS = ['the first ten days', 'the 11th to the 20th', 'the last days, from the 21st'];
  const year = (text: string | undefined) => (text ? Number(text) : undefined);
  const suffix = (n: number) =>
    n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');

  function day(
    weekdayName: string | undefined,
    monthText: string,
    dayText: string,
    ordinal: string | undefined,
    yearText: string | undefined
  ): Reading {
    const n = Number(dayText);
    if (ordinal && ordinal !== suffix(n))
      return {
        kind: 'problem',
        problem: `"${dayText}${ordinal}" is not an ordinal (${n}${suffix(n)})`
      };
    return {
      kind: 'day',
      day: n,
      month: months.get(monthText)!,
      year: year(yearText),
      weekday: weekdayName ? weekdays.indexOf(weekdayName) : undefined
    };
  }

  const language: Language = {
    read(phrase) {
      let m = patterns.weekday.exec(phrase);
      if (m) return { kind: 'weekday', weekday: weekdays.indexOf(m[2]!), strictlyBefore: !!m[1] };
      m = patterns.relative.exec(phrase);
      if (m)
        return {
          kind: 'days-before',
          days: m[1] === 'yesterday' ? 1 : m[1] === 'the day before yesterday' ? 2 : 0
        };
      if (patterns.earlierThisMonth.test(phrase)) return { kind: 'earlier-this-month' };
      m = patterns.monthPart.exec(phrase);
      if (m)
        return {
          kind: 'month-part',
          third: m[1] === 'early' ? 0 : m[1] === 'mid' ? 1 : 2,
          month: months.get(m[2]!)!,
          year: year(m[3])
        };
      m = patterns.month.exec(phrase);
      if (m) return { kind: 'month', month: months.get(m[1]!)!, year: year(m[2]) };
      m = patterns.monthFirst.exec(phrase);
      if (m) return day(m[1], m[2]!, m[3]!, m[4], m[5]);
      m = patterns.dayFirst.exec(phrase);
      if (m) return day(m[1], m[4]!, m[2]!, m[3], m[5]);
      return vagueReading(phrase, VAGUE);
    },
    day: (day, month, year) => `${monthName('en', month)} ${day}, ${year}`,
    explain: {
      weekday: (name, anchor, strictlyBefore) =>
        strictlyBefore
          ? `the last ${name} before the publication date (${anchor})`
          : `the most recent ${name} on or before the publication date (${anchor})`,
      daysBefore: (days, anchor) =>
        days === 0
          ? `the day of publication (${anchor})`
          : `${days} day${days > 1 ? 's' : ''} before publication (${anchor})`,
      earlierThisMonth: (month, year, anchor) =>
        `from ${month} 1, ${year} to the day before publication (${anchor})`,
      monthPart: (third, month, year, anchor) =>
        `${PARTS[third]} of ${month} ${year}${anchor ? ` (the most recent ${month} at publication, ${anchor})` : ''}`,
      month: (month, year) => `the month of ${month} ${year}`,
      explicitDay: (year, yearGiven) =>
        yearGiven ? 'date written out in full' : `date given without the year, read as ${year}`,
      vague: (direction, anchor) =>
        direction === 'future'
          ? `a vague expression: some time after publication (${anchor}), no day given`
          : `a vague expression: some time before publication (${anchor}), no day given`
    }
  };
  return language;
})();

const LANGUAGES: Record<DateLanguage, Language> = { fr: FR, en: EN };

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

/** The calendar rules, the same in every language. */
function resolve(reading: Reading, anchor: CalendarDate, language: DateLanguage): DateReading {
  const { explain, day: writeDay } = LANGUAGES[language];
  const oneDay = (day: CalendarDate, rule: ResolutionRule, explanation: string): ResolvedDate => ({
    start: day,
    end: day,
    precision: 'day',
    rule,
    explanation
  });
  switch (reading.kind) {
    case 'problem':
      return { problem: reading.problem };
    case 'vague':
      return {
        rule: 'vague',
        precision: 'unknown',
        direction: reading.direction,
        explanation: explain.vague(reading.direction, anchor)
      };
    case 'weekday':
      return oneDay(
        lastWeekday(reading.weekday, anchor, reading.strictlyBefore),
        reading.strictlyBefore ? 'last-weekday-before' : 'last-weekday-on-or-before',
        explain.weekday(weekdayName(language, reading.weekday), anchor, reading.strictlyBefore)
      );
    case 'days-before':
      return oneDay(
        addDays(anchor, -reading.days),
        reading.days === 0 ? 'same-day' : 'days-before',
        explain.daysBefore(reading.days, anchor)
      );
    case 'earlier-this-month': {
      const { year, month, day } = parts(anchor);
      if (day === 1)
        return { problem: `on ${anchor}, the first of the month, no earlier day of it has passed` };
      const end = addDays(anchor, -1);
      return {
        start: calendarDate(year, month, 1),
        end,
        precision: day === 2 ? 'day' : 'days',
        rule: 'earlier-this-month',
        explanation: explain.earlierThisMonth(monthName(language, month), year, anchor)
      };
    }
    case 'month-part': {
      const third = THIRDS[reading.third];
      let year = reading.year ?? mostRecentMonthYear(reading.month, anchor);
      // "fin juillet" written on 5 July, in past-tense news, is last July's.
      if (reading.year === undefined && calendarDate(year, reading.month, third.from) > anchor)
        year -= 1;
      return {
        start: calendarDate(year, reading.month, third.from),
        end: calendarDate(
          year,
          reading.month,
          Math.min(third.to, daysInMonth(year, reading.month))
        ),
        precision: 'part-of-month',
        rule: 'part-of-month',
        explanation: explain.monthPart(
          reading.third,
          monthName(language, reading.month),
          year,
          reading.year === undefined ? anchor : undefined
        )
      };
    }
    case 'month': {
      const year = reading.year ?? mostRecentMonthYear(reading.month, anchor);
      return {
        start: calendarDate(year, reading.month, 1),
        end: calendarDate(year, reading.month, daysInMonth(year, reading.month)),
        precision: 'month',
        rule: 'month',
        explanation: explain.month(monthName(language, reading.month), year)
      };
    }
    case 'day': {
      const { day: dayOfMonth, month } = reading;
      let year = reading.year ?? mostRecentMonthYear(month, anchor);
      // "le 28 septembre" written on 5 September without a year is last year's.
      if (
        reading.year === undefined &&
        dayOfMonth >= 1 &&
        dayOfMonth <= daysInMonth(year, month) &&
        calendarDate(year, month, dayOfMonth) > anchor
      )
        year -= 1;
      if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month))
        return { problem: `${writeDay(dayOfMonth, month, year)} does not exist` };
      const day = calendarDate(year, month, dayOfMonth);
      if (reading.weekday !== undefined && weekday(day) !== reading.weekday)
        return {
          problem: `the weekday contradicts the date: ${writeDay(dayOfMonth, month, year)} was a ${weekdayName(language, weekday(day))}, not a ${weekdayName(language, reading.weekday)}`
        };
      return oneDay(day, 'explicit-day', explain.explicitDay(year, reading.year !== undefined));
    }
  }
}

/**
 * Reads one date expression against the publication date, in the language of the document it
 * stands in (a language tag: "fr", "en", "en-GB"), or says why it cannot, so that the caller
 * reports it instead of guessing. A vague expression comes back as a `VagueDate` (see
 * `isVague`), with no day: the caller says it cannot date an event by itself.
 */
export function readDateExpression(
  text: string,
  anchor: CalendarDate,
  languageTag: DateLanguage | (string & {}) = 'fr'
): DateReading {
  parts(anchor); // throws on a bad anchor: a programming error, not a story error
  const language = dateLanguageOf(languageTag);
  if (!language)
    return { problem: `no rules for dates in "${languageTag}" (only French and English)` };
  const reading = LANGUAGES[language].read(normalise(text, language));
  if (!reading)
    return { problem: 'not an expression the resolver knows (see README, "How dates are read")' };
  return resolve(reading, anchor, language);
}

/**
 * Words beside a date expression that change what it means, per language: "mardi dernier" is
 * not "mardi", "next Tuesday" is not "Tuesday", "July 5" is not "July". An expression that
 * stops short of them would be read wrongly, so the validator refuses it.
 */
const QUALIFIERS: Record<DateLanguage, { before: RegExp; after: RegExp }> = {
  fr: {
    before: /(?:^|[\s\u00a0])(début|fin|mi)[\s\u00a0-]+$/i,
    after:
      /^[\s\u00a0]+(dernier|dernière|prochain|prochaine|passé|passée|suivant|suivante|précédent|précédente|1er|\d{1,4})\b/i
  },
  en: {
    before: /(?:^|[\s\u00a0])(last|next|this|coming|early|mid|late)[\s\u00a0-]+$/i,
    after: new RegExp(
      `^(?:,?[\\s\\u00a0]+(?:next|last|\\d{1,4}(?:st|nd|rd|th)?\\b)|,?[\\s\\u00a0]+(?:${CALENDAR_WORDS.en.months
        .concat(CALENDAR_WORDS.en.monthsWithDay)
        .map((m) => escape(m.replace(/\.$/, '')))
        .join('|')})\\b)`,
      'i'
    )
  }
};

/**
 * The words an expression at start…end of a text leaves out that change its meaning, as the
 * text says them with the expression ("mardi dernier", "next Tuesday"), or null when it stands
 * whole.
 */
export function cutShort(
  text: string,
  start: number,
  end: number,
  languageTag: DateLanguage | (string & {}) = 'fr'
): string | null {
  const language = dateLanguageOf(languageTag);
  if (!language) return null;
  const { before, after } = QUALIFIERS[language];
  const preceding = before.exec(text.slice(Math.max(0, start - 24), start));
  const following = after.exec(text.slice(end, end + 24));
  if (!preceding && !following) return null;
  const from = preceding ? start - preceding[0].trimStart().length : start;
  return text.slice(from, end + (following ? following[0].length : 0));
}
