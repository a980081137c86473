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

export type DatePrecision =
  'year' | 'month' | 'part-of-month' | 'days' | 'day' | 'time' | 'unknown';

export type ResolutionRule =
  | 'same-day'
  | 'days-before'
  | 'days-after'
  | 'time-ago'
  | 'last-weekday-on-or-before'
  | 'last-weekday-before'
  | 'next-weekday-on-or-after'
  | 'next-weekday-after'
  | 'earlier-this-month'
  | 'later-this-month'
  | 'explicit-day'
  | 'explicit-days'
  | 'weekday-and-day'
  | 'month'
  | 'part-of-month'
  | 'week'
  | 'weekend'
  | 'relative-month'
  | 'year'
  | 'relative-year';

/**
 * The tense of the clause an expression stands in, where the caller knows it (see
 * src/lib/draft/tense.ts): a bare "vendredi" is behind the publication date in a past-tense
 * clause and ahead of it in a future one. Without it, expressions are read as past-tense news.
 */
export type Tense = 'past' | 'future';

export interface ReadOptions {
  tense?: Tense;
}

export interface ResolvedDate {
  start: CalendarDate;
  end: CalendarDate;
  precision: DatePrecision;
  rule: ResolutionRule;
  /** In the expression's language, how it was read, for the reader and the fact-checker. */
  explanation: string;
  /** "HH:MM", with precision "time": the time the expression gives, in `timeZone` when known. */
  time?: string;
  /** The IANA zone the expression names ("heure de Paris" → "Europe/Paris"), when it names one. */
  timeZone?: string;
  /** In the expression's language, what an editor must check: a local time whose place is unknown. */
  warning?: string;
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

/** "dernier" / "last" (strictly before), "prochain" / "next" (strictly after), "ce" / "this". */
type Qualifier = 'last' | 'next' | 'this';
type Unit = 'day' | 'week' | 'month' | 'year';
type Offset = -1 | 0 | 1;

/** What a language's grammar found in a phrase, before any calendar arithmetic. */
type Reading =
  | { kind: 'weekday'; weekday: number; qualifier?: Qualifier }
  | { kind: 'relative-days'; days: number }
  | { kind: 'time-ago'; amount: number; unit: Unit; direction: 'past' | 'future' }
  | { kind: 'earlier-this-month' }
  | { kind: 'later-this-month' }
  | { kind: 'week'; offset: Offset }
  | { kind: 'weekend'; offset: Offset }
  | { kind: 'relative-month'; offset: Offset }
  | { kind: 'relative-year'; offset: Offset }
  | { kind: 'year'; year: number }
  | { kind: 'month-part'; third: 0 | 1 | 2; month: number; year?: number; qualifier?: Qualifier }
  | { kind: 'month'; month: number; year?: number; qualifier?: Qualifier }
  | {
      kind: 'day';
      day: number;
      month: number;
      year?: number;
      weekday?: number;
      yearOffset?: Offset;
      qualifier?: Qualifier;
    }
  | { kind: 'days'; from: number; to: number; month: number; year?: number }
  | { kind: 'vague'; direction: 'past' | 'future' }
  | { kind: 'problem'; problem: string };

/** A time of day an expression gives, and the zone it names, if any. */
interface TimeOfDay {
  hour: number;
  minute: number;
  /** An IANA zone, when the words name a known one. */
  zone?: string;
  /** The zone's words when they name no zone the resolver knows ("heure locale", "Lagos time"). */
  unknownZone?: string;
}

/** Thirds of a month, as news uses them: début/early (1–10), mi/mid (11–20), fin/late (21–end). */
const THIRDS = [
  { from: 1, to: 10 },
  { from: 11, to: 20 },
  { from: 21, to: 31 }
] as const;

/** How a weekday was counted from the publication date. */
type WeekdayMode = 'on-or-before' | 'before' | 'on-or-after' | 'after';

/** How a month, a part of one or a day without its year was placed around publication. */
type YearChoice = 'past' | 'future' | 'last' | 'next' | 'given' | 'weekday';

interface Language {
  read(phrase: string): Reading | null;
  /** Splits a time of day off the phrase ("mercredi vers 10h (heure de Pékin)"). */
  time(phrase: string): { rest: string; time: TimeOfDay } | { problem: string } | null;
  /** "5 septembre 2023", "September 5, 2023": a day as problems name it. */
  day(day: number, month: number, year: number): string;
  explain: {
    weekday(name: string, anchor: CalendarDate, mode: WeekdayMode): string;
    relativeDays(days: number, anchor: CalendarDate): string;
    ago(amount: number, unit: Unit, direction: 'past' | 'future', anchor: CalendarDate): string;
    earlierThisMonth(month: string, year: number, anchor: CalendarDate): string;
    laterThisMonth(month: string, year: number, anchor: CalendarDate): string;
    week(offset: Offset, anchor: CalendarDate): string;
    weekend(offset: Offset, anchor: CalendarDate, tense?: Tense): string;
    relativeMonth(offset: Offset, month: string, year: number, anchor: CalendarDate): string;
    year(year: number, offset: Offset | undefined, anchor: CalendarDate): string;
    monthPart(
      third: 0 | 1 | 2,
      month: string,
      year: number,
      anchor?: CalendarDate,
      choice?: YearChoice
    ): string;
    month(month: string, year: number, anchor?: CalendarDate, choice?: YearChoice): string;
    explicitDay(year: number, yearGiven: boolean, choice?: YearChoice, weekday?: string): string;
    time(time: string, zone: string | undefined): string;
    unknownZone(words: string): string;
    vague(direction: 'past' | 'future', anchor: CalendarDate): string;
  };
}

function normalise(text: string, language: DateLanguage): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase(language)
    .replace(/[\u2019']/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
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

/**
 * Zones named by the words that follow a time ("heure de Moscou", "Moscow time", "GMT"), lower
 * case, in both languages. A place not listed here gives a time without its zone, flagged.
 */
const ZONES: Record<string, string> = {
  gmt: 'Etc/GMT',
  utc: 'UTC',
  'temps universel': 'UTC',
  et: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  eastern: 'America/New_York',
  ct: 'America/Chicago',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  central: 'America/Chicago',
  pt: 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  bst: 'Europe/London',
  cet: 'CET',
  cest: 'CET',
  paris: 'Europe/Paris',
  france: 'Europe/Paris',
  française: 'Europe/Paris',
  french: 'Europe/Paris',
  londres: 'Europe/London',
  london: 'Europe/London',
  british: 'Europe/London',
  bruxelles: 'Europe/Brussels',
  brussels: 'Europe/Brussels',
  berlin: 'Europe/Berlin',
  genève: 'Europe/Zurich',
  geneva: 'Europe/Zurich',
  moscou: 'Europe/Moscow',
  moscow: 'Europe/Moscow',
  kiev: 'Europe/Kyiv',
  kyiv: 'Europe/Kyiv',
  jérusalem: 'Asia/Jerusalem',
  jerusalem: 'Asia/Jerusalem',
  israel: 'Asia/Jerusalem',
  beyrouth: 'Asia/Beirut',
  beirut: 'Asia/Beirut',
  téhéran: 'Asia/Tehran',
  tehran: 'Asia/Tehran',
  pékin: 'Asia/Shanghai',
  beijing: 'Asia/Shanghai',
  tokyo: 'Asia/Tokyo',
  séoul: 'Asia/Seoul',
  seoul: 'Asia/Seoul',
  pyongyang: 'Asia/Pyongyang',
  vladivostok: 'Asia/Vladivostok',
  washington: 'America/New_York',
  'new york': 'America/New_York',
  montréal: 'America/Toronto',
  montreal: 'America/Toronto',
  québec: 'America/Toronto',
  quebec: 'America/Toronto'
};

/** Reads the zone words after a time: a known zone, or the words kept to flag them. */
function zoneOf(words: string | undefined, place: string | undefined): Partial<TimeOfDay> {
  if (!words) return {};
  const zone = ZONES[place ?? words];
  return zone ? { zone } : { unknownZone: words };
}

function timeOfDay(hour: number, minute: number, zone: Partial<TimeOfDay>) {
  if (hour > 23 || minute > 59)
    return { problem: `${hour}:${String(minute).padStart(2, '0')} is not a time of day` };
  return { hour, minute, ...zone };
}

/**
 * Splits a time of day off either end of a phrase, as a language writes it: `time` is the
 * source of a regular expression whose groups are read by `read`.
 */
function timeSplitter(
  time: string,
  connector: string,
  read: (m: RegExpExecArray) => TimeOfDay | { problem: string }
) {
  const after = new RegExp(`^(.*?)(?:,? )?(?:${connector} )?${time}$`, 'u');
  const before = new RegExp(`^(?:${connector} )?${time}(?:,? (.*))?$`, 'u');
  return (phrase: string) => {
    const m = after.exec(phrase);
    if (m) {
      const time = read(m.slice(1) as unknown as RegExpExecArray);
      return 'problem' in time ? time : { rest: m[1]!.replace(/,$/, '').trim(), time };
    }
    const b = before.exec(phrase);
    if (b) {
      const groups = b.slice(1);
      const rest = groups.pop() ?? '';
      const time = read(['', ...groups] as unknown as RegExpExecArray);
      return 'problem' in time ? time : { rest: rest.trim(), time };
    }
    return null;
  };
}

const FR_NUMBERS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30
};

const EN_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30
};

const number = (words: Record<string, number>, text: string) =>
  /^\d+$/.test(text) ? Number(text) : words[text]!;

const offsetOf = (word: string | undefined, last: string[], next: string[]): Offset =>
  word !== undefined && last.includes(word)
    ? -1
    : word !== undefined && next.includes(word)
      ? 1
      : 0;

const FR = (() => {
  const weekdays = CALENDAR_WORDS.fr.weekdays as readonly string[];
  const months = monthForms('fr');
  const WEEKDAY = alternation(weekdays, 'fr');
  const MONTH = alternation(months.keys(), 'fr');
  const LAST = ['dernier', 'dernière', 'passé', 'passée'];
  const NEXT = ['prochain', 'prochaine'];
  const QUALIFIER = `(?: (dernier|dernière|passé|passée|prochain|prochaine))?`;
  const PART_OF_DAY = `(?: (?:matin|midi|après-midi|soir|dans la matinée|dans la soirée|dans la nuit))?`;
  const NUMBER = `(\\d{1,3}|${Object.keys(FR_NUMBERS).join('|')})`;
  const patterns = {
    weekday: new RegExp(`^(?:(ce) )?${WEEKDAY}${QUALIFIER}${PART_OF_DAY}$`),
    relative: new RegExp(`^(aujourd'hui|hier|avant-hier|demain|après-demain)${PART_OF_DAY}$`),
    ago: new RegExp(`^(il y a|dans) ${NUMBER} (jours?|semaines?|mois|ans|années?)$`),
    week: /^(?:(?:la )?semaine (dernière|passée|prochaine)|cette semaine)$/,
    weekend: /^(?:ce week-?end|le week-?end (dernier|passé|prochain))$/,
    relativeMonth: /^(?:(?:le )?mois (dernier|passé|prochain)|ce mois-ci)$/,
    relativeYear:
      /^(?:l'(?:an|année) (dernier|dernière|passé|passée|prochain|prochaine)|cette année)$/,
    year: /^(?:en )?(\d{4})$/,
    monthPart: new RegExp(
      `^(?:(?:au|à la|à) )?(début|mi|fin)(?: |-)(?:de |d')?${MONTH}(?: (\\d{4}))?${QUALIFIER}$`
    ),
    month: new RegExp(`^(?:en )?${MONTH}(?: (\\d{4}))?${QUALIFIER}$`),
    day: new RegExp(
      `^(?:(?:le |ce )?${WEEKDAY} )?(?:le )?(1er|\\d{1,2}) ${MONTH}(?: (\\d{4}))?${QUALIFIER}$`
    ),
    days: new RegExp(
      `^(?:du |les )?(1er|\\d{1,2}) ?(?:-|–|au|et) ?(\\d{1,2}) ${MONTH}(?: (\\d{4}))?$`
    )
  };
  const VAGUE = {
    past: [
      'récemment',
      'dernièrement',
      'il y a peu',
      'il y a quelques jours',
      'il y a quelques semaines',
      'ces derniers jours',
      'ces dernières semaines',
      'ces derniers mois'
    ],
    future: [
      'dans les prochains jours',
      'dans les jours à venir',
      'dans les prochaines semaines',
      'dans les semaines à venir',
      'dans les prochains mois',
      'dans les mois à venir',
      'prochainement',
      'bientôt',
      'sous peu',
      'dans quelques jours',
      'dans quelques semaines'
    ]
  };
  const PARTS = ['les dix premiers jours', 'du 11 au 20', 'les derniers jours, à partir du 21'];
  const UNITS: Record<Unit, [string, string]> = {
    day: ['jour', 'jours'],
    week: ['semaine', 'semaines'],
    month: ['mois', 'mois'],
    year: ['an', 'ans']
  };
  const year = (text: string | undefined) => (text ? Number(text) : undefined);
  const qualifier = (word: string | undefined): Qualifier | undefined =>
    word === undefined ? undefined : LAST.includes(word) ? 'last' : 'next';
  const dayNumber = (text: string) => (text === '1er' ? 1 : Number(text));
  const unit = (word: string): Unit =>
    word.startsWith('jour')
      ? 'day'
      : word.startsWith('semaine')
        ? 'week'
        : word === 'mois'
          ? 'month'
          : 'year';
  const choiceNote = (choice: YearChoice | undefined, anchor: CalendarDate | undefined) =>
    choice === 'future'
      ? ` (phrase au futur : le premier à la publication, ${anchor}, ou après)`
      : choice === 'last'
        ? ` (« dernier » : avant le mois de la publication, ${anchor})`
        : choice === 'next'
          ? ` (« prochain » : après le mois de la publication, ${anchor})`
          : '';

  const language: Language = {
    read(phrase) {
      let m = patterns.weekday.exec(phrase);
      if (m)
        return {
          kind: 'weekday',
          weekday: weekdays.indexOf(m[2]!),
          qualifier: qualifier(m[3]) ?? (m[1] ? 'this' : undefined)
        };
      m = patterns.relative.exec(phrase);
      if (m)
        return {
          kind: 'relative-days',
          days: { "aujourd'hui": 0, hier: -1, 'avant-hier': -2, demain: 1, 'après-demain': 2 }[
            m[1]!
          ]!
        };
      m = patterns.ago.exec(phrase);
      if (m) {
        const amount = number(FR_NUMBERS, m[2]!);
        const u = unit(m[3]!);
        // "huit jours" is a week and "quinze jours" two, in French: 7 and 14 days.
        const days = u === 'day' && amount === 8 ? 7 : u === 'day' && amount === 15 ? 14 : amount;
        return {
          kind: 'time-ago',
          amount: days,
          unit: u,
          direction: m[1] === 'dans' ? 'future' : 'past'
        };
      }
      m = patterns.week.exec(phrase);
      if (m) return { kind: 'week', offset: offsetOf(m[1], LAST, NEXT) };
      m = patterns.weekend.exec(phrase);
      if (m) return { kind: 'weekend', offset: offsetOf(m[1], LAST, NEXT) };
      m = patterns.relativeMonth.exec(phrase);
      if (m) return { kind: 'relative-month', offset: offsetOf(m[1], LAST, NEXT) };
      m = patterns.relativeYear.exec(phrase);
      if (m) return { kind: 'relative-year', offset: offsetOf(m[1], LAST, NEXT) };
      m = patterns.year.exec(phrase);
      if (m) return { kind: 'year', year: Number(m[1]) };
      m = patterns.monthPart.exec(phrase);
      if (m)
        return {
          kind: 'month-part',
          third: m[1] === 'début' ? 0 : m[1] === 'mi' ? 1 : 2,
          month: months.get(m[2]!)!,
          year: year(m[3]),
          qualifier: qualifier(m[4])
        };
      m = patterns.month.exec(phrase);
      if (m)
        return {
          kind: 'month',
          month: months.get(m[1]!)!,
          year: year(m[2]),
          qualifier: qualifier(m[3])
        };
      m = patterns.day.exec(phrase);
      if (m)
        return {
          kind: 'day',
          day: dayNumber(m[2]!),
          month: months.get(m[3]!)!,
          year: year(m[4]),
          weekday: m[1] ? weekdays.indexOf(m[1]) : undefined,
          qualifier: qualifier(m[5])
        };
      m = patterns.days.exec(phrase);
      if (m)
        return {
          kind: 'days',
          from: dayNumber(m[1]!),
          to: Number(m[2]),
          month: months.get(m[3]!)!,
          year: year(m[4])
        };
      return vagueReading(phrase, VAGUE);
    },
    time: timeSplitter(
      `(\\d{1,2}) ?(?:h|heures?)(?: ?(\\d{2}))?(?: \\(?(heure (?:de |d')?([\\p{L}' -]+?)|heure locale|gmt|utc|temps universel)\\)?)?`,
      '(?:à|vers|dès|peu avant|peu après|avant|après)',
      (m) => {
        const place = m[3]?.startsWith('heure ') && m[4] !== 'locale' ? m[4] : undefined;
        return timeOfDay(Number(m[1]), Number(m[2] ?? 0), zoneOf(m[3], place));
      }
    ),
    day: (day, month, year) => `${day} ${monthName('fr', month)} ${year}`,
    explain: {
      weekday: (name, anchor, mode) =>
        ({
          'on-or-before': `le ${name} le plus récent à la date de publication (${anchor}) ou avant`,
          before: `le dernier ${name} avant la date de publication (${anchor})`,
          'on-or-after': `le premier ${name} à la date de publication (${anchor}) ou après, la phrase étant au futur`,
          after: `le premier ${name} après la date de publication (${anchor})`
        })[mode],
      relativeDays: (days, anchor) =>
        days === 0
          ? `le jour de la publication (${anchor})`
          : `${Math.abs(days)} jour${Math.abs(days) > 1 ? 's' : ''} ${days < 0 ? 'avant' : 'après'} la publication (${anchor})`,
      ago: (amount, u, direction, anchor) =>
        `${amount} ${UNITS[u][amount > 1 ? 1 : 0]} ${direction === 'past' ? 'avant' : 'après'} la publication (${anchor})`,
      earlierThisMonth: (month, year, anchor) =>
        `du 1er ${month} ${year} à la veille de la publication (${anchor})`,
      laterThisMonth: (month, year, anchor) =>
        `du lendemain de la publication (${anchor}) à la fin de ${month} ${year}`,
      week: (offset, anchor) =>
        `la semaine, du lundi au dimanche, ${['qui précède celle de', 'de', 'qui suit celle de'][offset + 1]} la publication (${anchor})`,
      weekend: (offset, anchor, tense) =>
        offset === -1
          ? `le dernier week-end (samedi et dimanche) achevé avant la publication (${anchor})`
          : offset === 1
            ? `le premier week-end (samedi et dimanche) après la publication (${anchor})`
            : tense === 'past'
              ? `le week-end (samedi et dimanche) le plus récent à la publication (${anchor}), la phrase étant au passé`
              : `le week-end (samedi et dimanche) de la semaine de la publication (${anchor})`,
      relativeMonth: (offset, month, year, anchor) =>
        `le mois ${['qui précède celui de', 'de', 'qui suit celui de'][offset + 1]} la publication (${anchor}) : ${month} ${year}`,
      year: (year, offset, anchor) =>
        offset === undefined
          ? `l'année ${year}`
          : `l'année ${['qui précède celle de', 'de', 'qui suit celle de'][offset + 1]} la publication (${anchor}) : ${year}`,
      monthPart: (third, month, year, anchor, choice) =>
        `${PARTS[third]} de ${month} ${year}${
          choice === undefined || choice === 'past'
            ? anchor
              ? ` (le ${month} le plus récent à la publication, ${anchor})`
              : ''
            : choiceNote(choice, anchor)
        }`,
      month: (month, year, anchor, choice) =>
        `le mois de ${month} ${year}${choiceNote(choice, anchor)}`,
      explicitDay: (year, yearGiven, choice, weekday) =>
        yearGiven
          ? 'date donnée en toutes lettres'
          : choice === 'weekday'
            ? `date donnée sans l'année, lue en ${year} : l'année proche de la publication où ce jour est un ${weekday}`
            : `date donnée sans l'année, lue en ${year}${
                choice === 'future'
                  ? ', la phrase étant au futur (à la publication ou après)'
                  : choice === 'next'
                    ? ' (« prochain » : après la publication)'
                    : choice === 'last'
                      ? ' (« dernier » : avant la publication)'
                      : ''
              }`,
      time: (time, zone) => `à ${time}${zone ? `, heure de ${zone}` : ''}`,
      unknownZone: (words) =>
        `« ${words} » : le fuseau horaire n'est pas connu, à préciser (heure gardée sans fuseau)`,
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
  const OF_YEAR = '(?: of (next|last|this) year)?';
  const PART_OF_DAY = '(?: (?:morning|afternoon|evening|night))?';
  const NUMBER = `(\\d{1,3}|${Object.keys(EN_NUMBERS).join('|')})`;
  const patterns = {
    weekday: new RegExp(
      `^(?:(?:early|late) )?(?:on )?(last |next |this coming |this |coming )?${WEEKDAY}${PART_OF_DAY}$`
    ),
    relative: new RegExp(
      `^(today|tonight|this morning|this afternoon|this evening|last night|the day before yesterday|the day after tomorrow|(?:yesterday|tomorrow)${PART_OF_DAY})$`
    ),
    ago: new RegExp(
      `^(?:${NUMBER} (days?|weeks?|months?|years?) ago|in ${NUMBER} (days?|weeks?|months?|years?))$`
    ),
    earlierThisMonth: /^earlier this month$/,
    laterThisMonth: /^later this month$/,
    week: /^(last|next|this) week$/,
    weekend: /^(?:(last|next|this) weekend|(?:over|at) the weekend)$/,
    relativeMonth: /^(last|next|this) month$/,
    relativeYear: /^(last|next|this) year$/,
    year: /^(?:in )?(\d{4})$/,
    monthPart: new RegExp(`^(?:in |by |from |until )?(early|mid|late)(?: |-)${MONTH}${YEAR}$`),
    monthPartOf: new RegExp(
      `^(?:at |by |from |until )?the (beginning|start|middle|end) of ${MONTH}${YEAR}$`
    ),
    month: new RegExp(`^(?:in )?(last |next |this )?${MONTH}${YEAR}$`),
    // "Tuesday, September 5", "Sept. 5, 2023", "on 5 September 2023", "the 5th of July"
    monthFirst: new RegExp(
      `^(?:on )?(?:(?:this )?${WEEKDAY},? )?${MONTH} ${ORDINAL}${YEAR}${OF_YEAR}$`
    ),
    dayFirst: new RegExp(
      `^(?:on )?(?:(?:this )?${WEEKDAY},? )?(?:the )?${ORDINAL} (?:of )?${MONTH}${YEAR}${OF_YEAR}$`
    ),
    days: new RegExp(
      `^(?:on |from |between )?${MONTH} (\\d{1,2})(?:-|–| to | through | and )(\\d{1,2})${YEAR}$`
    )
  };
  const VAGUE = {
    past: [
      'recently',
      'lately',
      'in recent days',
      'in recent weeks',
      'in recent months',
      'a few days ago',
      'a few weeks ago',
      'days ago',
      'weeks ago'
    ],
    future: [
      'in the coming days',
      'in the coming weeks',
      'in the coming months',
      'in the days ahead',
      'in the weeks ahead',
      'in the months ahead',
      'in the next few days',
      'in the next few weeks',
      'in the near future',
      'in a few days',
      'soon',
      'shortly'
    ]
  };
  const PARTS = ['the first ten days', 'the 11th to the 20th', 'the last days, from the 21st'];
  const year = (text: string | undefined) => (text ? Number(text) : undefined);
  const suffix = (n: number) =>
    n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  const qualifier = (word: string | undefined): Qualifier | undefined =>
    word === undefined
      ? undefined
      : word.startsWith('last')
        ? 'last'
        : word.startsWith('next')
          ? 'next'
          : 'this';
  const unit = (word: string): Unit => word.replace(/s$/, '') as Unit;
  const choiceNote = (choice: YearChoice | undefined, anchor: CalendarDate | undefined) =>
    choice === 'future'
      ? ` (a future-tense sentence: the first on or after publication, ${anchor})`
      : choice === 'last'
        ? ` ("last": before the month of publication, ${anchor})`
        : choice === 'next'
          ? ` ("next": after the month of publication, ${anchor})`
          : '';

  function day(
    weekdayName: string | undefined,
    monthText: string,
    dayText: string,
    ordinal: string | undefined,
    yearText: string | undefined,
    ofYear: string | undefined
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
      weekday: weekdayName ? weekdays.indexOf(weekdayName) : undefined,
      yearOffset: ofYear === undefined ? undefined : offsetOf(ofYear, ['last'], ['next'])
    };
  }

  const language: Language = {
    read(phrase) {
      let m = patterns.weekday.exec(phrase);
      if (m)
        return {
          kind: 'weekday',
          weekday: weekdays.indexOf(m[2]!),
          qualifier: qualifier(m[1]?.replace(/^this coming/, 'next').trim())
        };
      m = patterns.relative.exec(phrase);
      if (m) {
        const word = m[1]!.split(' ')[0]!;
        const days = m[1]!.startsWith('the day before')
          ? -2
          : m[1]!.startsWith('the day after')
            ? 2
            : word === 'yesterday' || m[1] === 'last night'
              ? -1
              : word === 'tomorrow'
                ? 1
                : 0;
        return { kind: 'relative-days', days };
      }
      m = patterns.ago.exec(phrase);
      if (m)
        return m[1] !== undefined
          ? {
              kind: 'time-ago',
              amount: number(EN_NUMBERS, m[1]),
              unit: unit(m[2]!),
              direction: 'past'
            }
          : {
              kind: 'time-ago',
              amount: number(EN_NUMBERS, m[3]!),
              unit: unit(m[4]!),
              direction: 'future'
            };
      if (patterns.earlierThisMonth.test(phrase)) return { kind: 'earlier-this-month' };
      if (patterns.laterThisMonth.test(phrase)) return { kind: 'later-this-month' };
      m = patterns.week.exec(phrase);
      if (m) return { kind: 'week', offset: offsetOf(m[1], ['last'], ['next']) };
      m = patterns.weekend.exec(phrase);
      if (m) return { kind: 'weekend', offset: offsetOf(m[1], ['last'], ['next']) };
      m = patterns.relativeMonth.exec(phrase);
      if (m) return { kind: 'relative-month', offset: offsetOf(m[1], ['last'], ['next']) };
      m = patterns.relativeYear.exec(phrase);
      if (m) return { kind: 'relative-year', offset: offsetOf(m[1], ['last'], ['next']) };
      m = patterns.year.exec(phrase);
      if (m) return { kind: 'year', year: Number(m[1]) };
      m = patterns.monthPart.exec(phrase);
      if (m)
        return {
          kind: 'month-part',
          third: m[1] === 'early' ? 0 : m[1] === 'mid' ? 1 : 2,
          month: months.get(m[2]!)!,
          year: year(m[3])
        };
      m = patterns.monthPartOf.exec(phrase);
      if (m)
        return {
          kind: 'month-part',
          third: m[1] === 'beginning' || m[1] === 'start' ? 0 : m[1] === 'middle' ? 1 : 2,
          month: months.get(m[2]!)!,
          year: year(m[3])
        };
      m = patterns.month.exec(phrase);
      if (m)
        return {
          kind: 'month',
          month: months.get(m[2]!)!,
          year: year(m[3]),
          qualifier: qualifier(m[1]?.trim())
        };
      m = patterns.monthFirst.exec(phrase);
      if (m) return day(m[1], m[2]!, m[3]!, m[4], m[5], m[6]);
      m = patterns.dayFirst.exec(phrase);
      if (m) return day(m[1], m[4]!, m[2]!, m[3], m[5], m[6]);
      m = patterns.days.exec(phrase);
      if (m)
        return {
          kind: 'days',
          from: Number(m[2]),
          to: Number(m[3]),
          month: months.get(m[1]!)!,
          year: year(m[4])
        };
      return vagueReading(phrase, VAGUE);
    },
    time: timeSplitter(
      `(?:(\\d{1,2})(?::(\\d{2}))? ?(a\\.m\\.|p\\.m\\.|am|pm)|(\\d{1,2}):(\\d{2}))(?: \\(?(local time|([\\p{L} ]+?) time|gmt|utc|et|est|edt|ct|cst|cdt|pt|pst|pdt|bst|cet|cest)\\)?)?`,
      '(?:at|around|about|by|before|after|shortly after|shortly before|just after|just before)',
      (m) => {
        const twelve = m[3] !== undefined;
        let hour = Number(twelve ? m[1] : m[4]);
        const minute = Number((twelve ? m[2] : m[5]) ?? 0);
        if (twelve) {
          if (hour < 1 || hour > 12) return { problem: `${hour} ${m[3]} is not a time of day` };
          hour = (hour % 12) + (m[3]!.startsWith('p') ? 12 : 0);
        }
        const place = m[6] === 'local time' ? undefined : m[7];
        return timeOfDay(hour, minute, zoneOf(m[6], place));
      }
    ),
    day: (day, month, year) => `${monthName('en', month)} ${day}, ${year}`,
    explain: {
      weekday: (name, anchor, mode) =>
        ({
          'on-or-before': `the most recent ${name} on or before the publication date (${anchor})`,
          before: `the last ${name} before the publication date (${anchor})`,
          'on-or-after': `the first ${name} on or after the publication date (${anchor}), the sentence being in the future tense`,
          after: `the first ${name} after the publication date (${anchor})`
        })[mode],
      relativeDays: (days, anchor) =>
        days === 0
          ? `the day of publication (${anchor})`
          : `${Math.abs(days)} day${Math.abs(days) > 1 ? 's' : ''} ${days < 0 ? 'before' : 'after'} publication (${anchor})`,
      ago: (amount, u, direction, anchor) =>
        `${amount} ${u}${amount > 1 ? 's' : ''} ${direction === 'past' ? 'before' : 'after'} publication (${anchor})`,
      earlierThisMonth: (month, year, anchor) =>
        `from ${month} 1, ${year} to the day before publication (${anchor})`,
      laterThisMonth: (month, year, anchor) =>
        `from the day after publication (${anchor}) to the end of ${month} ${year}`,
      week: (offset, anchor) =>
        `the week, Monday to Sunday, ${['before that of', 'of', 'after that of'][offset + 1]} publication (${anchor})`,
      weekend: (offset, anchor, tense) =>
        offset === -1
          ? `the last weekend (Saturday and Sunday) over before publication (${anchor})`
          : offset === 1
            ? `the first weekend (Saturday and Sunday) after publication (${anchor})`
            : tense === 'past'
              ? `the most recent weekend (Saturday and Sunday) at publication (${anchor}), the sentence being in the past tense`
              : `the weekend (Saturday and Sunday) of the week of publication (${anchor})`,
      relativeMonth: (offset, month, year, anchor) =>
        `the month ${['before that of', 'of', 'after that of'][offset + 1]} publication (${anchor}): ${month} ${year}`,
      year: (year, offset, anchor) =>
        offset === undefined
          ? `the year ${year}`
          : `the year ${['before that of', 'of', 'after that of'][offset + 1]} publication (${anchor}): ${year}`,
      monthPart: (third, month, year, anchor, choice) =>
        `${PARTS[third]} of ${month} ${year}${
          choice === undefined || choice === 'past'
            ? anchor
              ? ` (the most recent ${month} at publication, ${anchor})`
              : ''
            : choiceNote(choice, anchor)
        }`,
      month: (month, year, anchor, choice) =>
        `the month of ${month} ${year}${choiceNote(choice, anchor)}`,
      explicitDay: (year, yearGiven, choice, weekday) =>
        yearGiven
          ? 'date written out in full'
          : choice === 'weekday'
            ? `date given without the year, read as ${year}: the year near publication in which that day is a ${weekday}`
            : `date given without the year, read as ${year}${
                choice === 'future'
                  ? ', the sentence being in the future tense (on or after publication)'
                  : choice === 'next'
                    ? ' ("next": after publication)'
                    : choice === 'last'
                      ? ' ("last": before publication)'
                      : ''
              }`,
      time: (time, zone) => `at ${time}${zone ? `, ${zone} time` : ''}`,
      unknownZone: (words) =>
        `"${words}": the time zone is not known; give it (the time is kept without a zone)`,
      vague: (direction, anchor) =>
        direction === 'future'
          ? `a vague expression: some time after publication (${anchor}), no day given`
          : `a vague expression: some time before publication (${anchor}), no day given`
    }
  };
  return language;
})();

const LANGUAGES: Record<DateLanguage, Language> = { fr: FR, en: EN };

/**
 * The year of a month (1–12) placed around the anchor: the most recent begun on or before it
 * (past-tense news), the first on or after it (future tense), strictly before or after the
 * anchor's month ("mars dernier", "next March").
 */
function monthYear(month: number, anchor: CalendarDate, choice: YearChoice): number {
  const a = parts(anchor);
  switch (choice) {
    case 'last':
      return month < a.month ? a.year : a.year - 1;
    case 'next':
      return month > a.month ? a.year : a.year + 1;
    case 'future':
      return month >= a.month ? a.year : a.year + 1;
    default:
      return month <= a.month ? a.year : a.year - 1;
  }
}

function lastWeekday(target: number, anchor: CalendarDate, strictlyBefore: boolean): CalendarDate {
  let back = (weekday(anchor) - target + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(anchor, -back);
}

function nextWeekday(target: number, anchor: CalendarDate, strictlyAfter: boolean): CalendarDate {
  let ahead = (target - weekday(anchor) + 7) % 7;
  if (ahead === 0 && strictlyAfter) ahead = 7;
  return addDays(anchor, ahead);
}

/** The Monday of the anchor's week (weeks run Monday to Sunday, as in France and ISO 8601). */
const mondayOf = (anchor: CalendarDate) => addDays(anchor, -((weekday(anchor) + 6) % 7));

const choiceOf = (qualifier: Qualifier | undefined, tense: Tense | undefined): YearChoice =>
  qualifier === 'last' || qualifier === 'next' ? qualifier : tense === 'future' ? 'future' : 'past';

/** The calendar rules, the same in every language. */
function resolve(
  reading: Reading,
  anchor: CalendarDate,
  language: DateLanguage,
  tense: Tense | undefined
): DateReading {
  const { explain, day: writeDay } = LANGUAGES[language];
  const oneDay = (day: CalendarDate, rule: ResolutionRule, explanation: string): ResolvedDate => ({
    start: day,
    end: day,
    precision: 'day',
    rule,
    explanation
  });
  const range = (
    start: CalendarDate,
    end: CalendarDate,
    rule: ResolutionRule,
    explanation: string
  ): ResolvedDate => ({
    start,
    end,
    precision: start === end ? 'day' : 'days',
    rule,
    explanation
  });
  const wholeMonth = (year: number, month: number) => ({
    start: calendarDate(year, month, 1),
    end: calendarDate(year, month, daysInMonth(year, month))
  });
  const wholeYear = (year: number) => ({
    start: calendarDate(year, 1, 1),
    end: calendarDate(year, 12, 31)
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
    case 'weekday': {
      const name = weekdayName(language, reading.weekday);
      const mode: WeekdayMode =
        reading.qualifier === 'last'
          ? 'before'
          : reading.qualifier === 'next'
            ? 'after'
            : tense === 'future'
              ? 'on-or-after'
              : 'on-or-before';
      const day =
        mode === 'before' || mode === 'on-or-before'
          ? lastWeekday(reading.weekday, anchor, mode === 'before')
          : nextWeekday(reading.weekday, anchor, mode === 'after');
      const rule = {
        'on-or-before': 'last-weekday-on-or-before',
        before: 'last-weekday-before',
        'on-or-after': 'next-weekday-on-or-after',
        after: 'next-weekday-after'
      } as const;
      return oneDay(day, rule[mode], explain.weekday(name, anchor, mode));
    }
    case 'relative-days':
      return oneDay(
        addDays(anchor, reading.days),
        reading.days === 0 ? 'same-day' : reading.days < 0 ? 'days-before' : 'days-after',
        explain.relativeDays(reading.days, anchor)
      );
    case 'time-ago': {
      const { amount, unit, direction } = reading;
      const sign = direction === 'past' ? -1 : 1;
      const explanation = explain.ago(amount, unit, direction, anchor);
      if (unit === 'day' || unit === 'week')
        return oneDay(
          addDays(anchor, sign * amount * (unit === 'week' ? 7 : 1)),
          'time-ago',
          explanation
        );
      const a = parts(anchor);
      if (unit === 'year')
        return {
          ...wholeYear(a.year + sign * amount),
          precision: 'year',
          rule: 'time-ago',
          explanation
        };
      const months = a.year * 12 + (a.month - 1) + sign * amount;
      return {
        ...wholeMonth(Math.floor(months / 12), (months % 12) + 1),
        precision: 'month',
        rule: 'time-ago',
        explanation
      };
    }
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
    case 'later-this-month': {
      const { year, month, day } = parts(anchor);
      if (day === daysInMonth(year, month))
        return { problem: `on ${anchor}, the last of the month, no later day of it is left` };
      return range(
        addDays(anchor, 1),
        calendarDate(year, month, daysInMonth(year, month)),
        'later-this-month',
        explain.laterThisMonth(monthName(language, month), year, anchor)
      );
    }
    case 'week': {
      const monday = addDays(mondayOf(anchor), 7 * reading.offset);
      return range(monday, addDays(monday, 6), 'week', explain.week(reading.offset, anchor));
    }
    case 'weekend': {
      const saturday =
        reading.offset === -1
          ? lastWeekday(6, addDays(anchor, -1), false) === addDays(anchor, -1)
            ? addDays(anchor, -8) // published on a Sunday: that weekend is not over
            : lastWeekday(6, addDays(anchor, -2), false)
          : reading.offset === 1
            ? nextWeekday(6, anchor, true)
            : tense === 'past'
              ? lastWeekday(6, anchor, false)
              : addDays(mondayOf(anchor), 5);
      return range(
        saturday,
        addDays(saturday, 1),
        'weekend',
        explain.weekend(reading.offset, anchor, tense)
      );
    }
    case 'relative-month': {
      const a = parts(anchor);
      const months = a.year * 12 + (a.month - 1) + reading.offset;
      const year = Math.floor(months / 12);
      const month = (months % 12) + 1;
      return {
        ...wholeMonth(year, month),
        precision: 'month',
        rule: 'relative-month',
        explanation: explain.relativeMonth(reading.offset, monthName(language, month), year, anchor)
      };
    }
    case 'relative-year': {
      const year = parts(anchor).year + reading.offset;
      return {
        ...wholeYear(year),
        precision: 'year',
        rule: 'relative-year',
        explanation: explain.year(year, reading.offset, anchor)
      };
    }
    case 'year':
      return {
        ...wholeYear(reading.year),
        precision: 'year',
        rule: 'year',
        explanation: explain.year(reading.year, undefined, anchor)
      };
    case 'month-part': {
      const third = THIRDS[reading.third];
      const choice = choiceOf(reading.qualifier, tense);
      let year = reading.year ?? monthYear(reading.month, anchor, choice);
      const lastDay = (y: number) => Math.min(third.to, daysInMonth(y, reading.month));
      if (reading.year === undefined) {
        // "fin juillet" written on 5 July, in past-tense news, is last July's; in a future-tense
        // sentence on 25 July, next July's.
        if (choice === 'past' && calendarDate(year, reading.month, third.from) > anchor) year -= 1;
        if (choice === 'future' && calendarDate(year, reading.month, lastDay(year)) < anchor)
          year += 1;
      }
      return {
        start: calendarDate(year, reading.month, third.from),
        end: calendarDate(year, reading.month, lastDay(year)),
        precision: 'part-of-month',
        rule: 'part-of-month',
        explanation: explain.monthPart(
          reading.third,
          monthName(language, reading.month),
          year,
          reading.year === undefined ? anchor : undefined,
          reading.year === undefined ? choice : undefined
        )
      };
    }
    case 'month': {
      const choice = choiceOf(reading.qualifier, tense);
      const year = reading.year ?? monthYear(reading.month, anchor, choice);
      return {
        ...wholeMonth(year, reading.month),
        precision: 'month',
        rule: 'month',
        explanation: explain.month(
          monthName(language, reading.month),
          year,
          anchor,
          reading.year === undefined && choice !== 'past' ? choice : undefined
        )
      };
    }
    case 'days': {
      const { from, to, month } = reading;
      const choice = choiceOf(undefined, tense);
      let year = reading.year ?? monthYear(month, anchor, choice);
      if (
        reading.year === undefined &&
        choice === 'past' &&
        from <= daysInMonth(year, month) &&
        calendarDate(year, month, from) > anchor
      )
        year -= 1;
      if (from < 1 || to > daysInMonth(year, month) || from >= to)
        return {
          problem: `${writeDay(from, month, year)} to ${writeDay(to, month, year)} is not a range of days`
        };
      return range(
        calendarDate(year, month, from),
        calendarDate(year, month, to),
        'explicit-days',
        explain.explicitDay(
          year,
          reading.year !== undefined,
          reading.year === undefined ? choice : undefined
        )
      );
    }
    case 'day':
      return resolveDay(reading, anchor, language, tense);
  }
}

/**
 * A day of a month: with its year, that day; with a weekday and no year ("ce jeudi 12 mars",
 * "Tuesday, Jan. 10"), the year near publication in which they agree (the one before or the one
 * after the publication date, the tense choosing when both do); without either, the year the
 * tense or "dernier"/"prochain" says, past-tense news by default.
 */
function resolveDay(
  reading: Extract<Reading, { kind: 'day' }>,
  anchor: CalendarDate,
  language: DateLanguage,
  tense: Tense | undefined
): DateReading {
  const { explain, day: writeDay } = LANGUAGES[language];
  const { day: dayOfMonth, month } = reading;
  const a = parts(anchor);
  const exists = (year: number) => dayOfMonth >= 1 && dayOfMonth <= daysInMonth(year, month);
  const dayIn = (year: number) => calendarDate(year, month, dayOfMonth);
  const choice = choiceOf(reading.qualifier, tense);
  const explicitYear =
    reading.year ?? (reading.yearOffset !== undefined ? a.year + reading.yearOffset : undefined);
  let year: number;
  let how: YearChoice | undefined = reading.year !== undefined ? 'given' : choice;
  if (explicitYear !== undefined) year = explicitYear;
  else {
    // The most recent occurrence (past-tense news), the next one (future tense), strictly
    // before or after publication ("le 3 mars dernier", "le 3 mars prochain").
    const placed = (how: YearChoice) => {
      const forward = how === 'future' || how === 'next';
      let y = monthYear(month, anchor, forward ? 'future' : 'past');
      if (exists(y)) {
        const day = dayIn(y);
        if (how === 'past' && day > anchor) y -= 1;
        if (how === 'last' && day >= anchor) y -= 1;
        if (how === 'future' && day < anchor) y += 1;
        if (how === 'next' && day <= anchor) y += 1;
      }
      return y;
    };
    year = placed(choice);
    if (reading.weekday !== undefined) {
      const agrees = (y: number) => exists(y) && weekday(dayIn(y)) === reading.weekday;
      const candidates = [placed('past'), placed('future')].filter(agrees);
      if (candidates.length > 0 && !agrees(year)) {
        year = candidates[0]!;
        how = 'weekday';
      }
    }
  }
  if (!exists(year)) return { problem: `${writeDay(dayOfMonth, month, year)} does not exist` };
  const day = dayIn(year);
  if (reading.weekday !== undefined && weekday(day) !== reading.weekday)
    return {
      problem: `the weekday contradicts the date: ${writeDay(dayOfMonth, month, year)} was a ${weekdayName(language, weekday(day))}, not a ${weekdayName(language, reading.weekday)}`
    };
  return {
    start: day,
    end: day,
    precision: 'day',
    rule: how === 'weekday' ? 'weekday-and-day' : 'explicit-day',
    explanation: explain.explicitDay(
      year,
      reading.year !== undefined,
      how === 'past' || how === 'given' ? undefined : how,
      reading.weekday === undefined ? undefined : weekdayName(language, reading.weekday)
    )
  };
}

/**
 * Reads one date expression against the publication date, in the language of the document it
 * stands in (a language tag: "fr", "en", "en-GB"), or says why it cannot, so that the caller
 * reports it instead of guessing. A vague expression comes back as a `VagueDate` (see
 * `isVague`), with no day: the caller says it cannot date an event by itself. The tense of the
 * clause, when given, places a bare weekday or a date without its year ahead of publication
 * rather than behind it. A time of day ("vers 14h (heure de Paris)", "at 6 a.m. GMT") makes
 * the reading precise to the time, with its zone when the words name one (else a warning).
 */
export function readDateExpression(
  text: string,
  anchor: CalendarDate,
  languageTag: DateLanguage | (string & {}) = 'fr',
  options: ReadOptions = {}
): DateReading {
  parts(anchor); // throws on a bad anchor: a programming error, not a story error
  const language = dateLanguageOf(languageTag);
  if (!language)
    return { problem: `no rules for dates in "${languageTag}" (only French and English)` };
  const grammar = LANGUAGES[language];
  const phrase = normalise(text, language);
  const unknown = {
    problem: 'not an expression the resolver knows (see README, "How dates are read")'
  };
  const reading = grammar.read(phrase);
  if (reading) return resolve(reading, anchor, language, options.tense);
  const timed = grammar.time(phrase);
  if (!timed) return unknown;
  if ('problem' in timed) return timed;
  const dayReading: Reading | null = timed.rest
    ? grammar.read(timed.rest)
    : { kind: 'relative-days', days: 0 };
  if (!dayReading) return unknown;
  const day = resolve(dayReading, anchor, language, options.tense);
  if (!('start' in day)) return day;
  if (day.start !== day.end)
    return { problem: `a time of day needs one day, not ${day.start}…${day.end}` };
  const { hour, minute, zone, unknownZone } = timed.time;
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const explanation = `${timed.rest ? `${day.explanation}, ` : ''}${grammar.explain.time(time, zone)}`;
  return {
    ...day,
    precision: 'time',
    time,
    ...(zone && { timeZone: zone }),
    ...(!zone && { warning: grammar.explain.unknownZone(unknownZone ?? time) }),
    explanation
  };
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
