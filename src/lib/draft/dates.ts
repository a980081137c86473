/**
 * Finds the date expressions of a dispatch and resolves them against its publication date, by
 * the newsroom's conventions (README, "How dates are read"), for the draft a story starts from.
 *
 * chrono-node's French and English parsers find candidates; the project's own patterns find
 * what chrono misses ("fin juillet", "avant-hier", "en mars dernier", "le week-end prochain",
 * bare months and years, vague phrases); every candidate is then read by the project's resolver
 * (src/lib/story/resolve-date-expression.ts, the one the build checks stories with), with the
 * tense of its clause (./tense.ts), so that a draft's dates are the ones the build will accept.
 * chrono's own reading is used only where the resolver has none (a numeric date, say), and says
 * so. Phrases that look like dates and are not ("un mardi ou un jeudi", "in May and November"
 * as a rule, "Mai" as a name, a schedule's hours) are set aside with the reason.
 *
 * Pure: chrono-node and the calendar code only, no Node API, so the workshop runs it in the
 * browser. Offsets are UTF-16 code units of the text, end exclusive.
 */
import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import { calendarDate, parts, type CalendarDate } from '../story/calendar-date.ts';
import { CALENDAR_WORDS, type DateLanguage } from '../story/calendar-words.js';
import {
  cutShort,
  isVague,
  readDateExpression,
  type DatePrecision
} from '../story/resolve-date-expression.ts';
import { sentenceAround, tenseOf, type Tense, type TextSpan } from './tense.ts';

export interface FoundDate {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** The days it names; null when vague, or when it cannot be read (see `explanation`). */
  resolved: {
    start: CalendarDate;
    end: CalendarDate;
    precision: DatePrecision;
    time?: string;
    timeZone?: string;
  } | null;
  vague: boolean;
  /** The resolver's rule ("last-weekday-on-or-before", "week", "vague"…), "chrono" or "unresolved". */
  rule: string;
  /** Why it means those days, in the document's language, as the build explains resolutions. */
  explanation: string;
  /** The tense of its clause, when a verb marks it. */
  tense?: Tense;
  /** What an editor must check (a time without its zone, a day read by chrono alone). */
  warning?: string;
}

/** Why a phrase that looks like a date is not one. */
export type NotADateReason = 'generic-weekday' | 'recurring' | 'schedule' | 'name';

/** A phrase that looks like a date and is not dated: what it is, and why, in the text's language. */
export interface NotADate {
  start: number;
  end: number;
  text: string;
  reason: NotADateReason;
  explanation: string;
}

interface Candidate extends TextSpan {
  chrono?: chronoFr.ParsedResult;
}

const L = '\\p{L}';
const before = `(?<![${L}\\d])`;
const after = `(?![${L}\\d])`;

function words(language: DateLanguage) {
  const { months, weekdays, monthsWithDay } = CALENDAR_WORDS[language];
  const alt = (list: readonly string[]) =>
    [...new Set(list.map((w) => w.replace(/\.$/, '')))]
      .sort((a, b) => b.length - a.length)
      .join('|');
  return { MONTH: `(?:${alt([...months, ...monthsWithDay])})`, WEEKDAY: `(?:${alt(weekdays)})` };
}

/** The project's own finders: what chrono misses or cuts short, per language. */
const FINDERS: Record<DateLanguage, RegExp[]> = (() => {
  const fr = words('fr');
  const en = words('en');
  const FR_NUMBER = `(?:\\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)`;
  const EN_NUMBER = `(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)`;
  const make = (sources: string[], flags = 'giu') =>
    sources.map((s) => new RegExp(`${before}(?:${s})${after}`, flags));
  return {
    fr: make([
      `(?:début|mi|fin)[ \\u00a0-](?:de |d'|d’)?${fr.MONTH}(?: \\d{4})?(?: dernier| prochain)?`,
      `(?:en )?${fr.MONTH}(?: \\d{4})?(?: dernier| prochain)?`,
      `(?:avant-hier|après-demain|aujourd['’]hui|hier|demain)(?: (?:matin|midi|après-midi|soir))?`,
      `(?:il y a|dans) ${FR_NUMBER} (?:jours?|semaines?|mois|ans|années?)`,
      `(?:la )?semaine (?:dernière|passée|prochaine)|cette semaine`,
      `ce week-?end|le week-?end (?:dernier|passé|prochain)`,
      `(?:le )?mois (?:dernier|passé|prochain)|ce mois-ci`,
      `l['’](?:an|année) (?:dernier|dernière|passé|passée|prochain|prochaine)|cette année`,
      `en [12]\\d{3}`,
      `(?:ce )?${fr.WEEKDAY}(?: dernier| prochain)?(?: (?:matin|midi|après-midi|soir))?`,
      // Vague: read by the resolver's lists.
      `récemment|dernièrement|il y a peu|il y a quelques (?:jours|semaines)|ces derniers (?:jours|mois)|ces dernières semaines|dans les (?:prochains|prochaines) (?:jours|semaines|mois)|dans les (?:jours|semaines|mois) à venir|prochainement|bientôt|sous peu|dans quelques (?:jours|semaines)`
    ]),
    en: make([
      `(?:early|mid|late)[ -]${en.MONTH}\\.?(?:,? \\d{4})?`,
      `the (?:beginning|start|middle|end) of ${en.MONTH}(?:,? \\d{4})?`,
      `(?:in )?(?:last |next )?${en.MONTH}\\.?(?:,? \\d{4})?`,
      `(?:early|late) ${en.WEEKDAY}`,
      `the day (?:before yesterday|after tomorrow)|today|tonight|yesterday|tomorrow|last night`,
      `${EN_NUMBER} (?:days?|weeks?|months?|years?) ago|in ${EN_NUMBER} (?:days?|weeks?|months?|years?)`,
      `(?:last|next|this) (?:week|weekend|month|year)|(?:over|at) the weekend|earlier this month|later this month`,
      `in [12]\\d{3}`,
      `recently|lately|in recent (?:days|weeks|months)|(?:a few )?(?:days|weeks) ago|in the (?:coming|next few) (?:days|weeks|months)|in the (?:days|weeks|months) ahead|in the near future|in a few days|soon|shortly`
    ])
  };
})();

/** A time of day and the zone words after it, which chrono leaves out ("(heure de Paris)"). */
const ZONE_AFTER: Record<DateLanguage, RegExp> = {
  fr: /^(?:[\s\u00a0]*\(heure (?:de |d'|d’)?[\p{L}-]+(?: [\p{L}-]+)?\)|[\s\u00a0]+heure (?:locale|française|de [\p{Lu}][\p{L}-]+)|[\s\u00a0]+(?:GMT|UTC))/u,
  en: /^(?:[\s\u00a0]+(?:local time|[A-Z][a-z]+ time|GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST)\b|[\s\u00a0]*\((?:local time|[A-Z][a-z]+ time|GMT|UTC)\))/u
};

const TIME_BEFORE: Record<DateLanguage, RegExp> = {
  fr: /(?<![\p{L}])(?:à|vers|dès|peu avant|peu après)[\s\u00a0]+$/iu,
  en: /(?<![\p{L}])(?:at|around|about|shortly after|shortly before)[\s\u00a0]+$/iu
};

const TIME_ONLY: Record<DateLanguage, RegExp> = {
  fr: /^(?:(?:à|vers|dès|peu avant|peu après|avant|après) )?\d{1,2} ?(?:h|heures?)(?: ?\d{2})?/iu,
  en: /^(?:(?:at|around|about|by|before|after|shortly after|shortly before) )?\d{1,2}(?::\d{2})? ?(?:a\.m\.|p\.m\.|am|pm)|^(?:at )?\d{1,2}:\d{2}/iu
};

const chronoOf = (language: DateLanguage) =>
  language === 'fr' ? chronoFr.casual : chronoEn.casual;

/** chrono's reference: noon UTC of the publication day, so no machine zone enters. */
function reference(published: CalendarDate) {
  const { year, month, day } = parts(published);
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  instant.setUTCHours(12, 0, 0, 0);
  return { instant, timezone: 0 };
}

/** chrono-node's raw reading of a text, for candidates and for the differences the tests show. */
export function chronoCandidates(
  text: string,
  published: CalendarDate,
  language: DateLanguage
): chronoFr.ParsedResult[] {
  return chronoOf(language).parse(text, reference(published));
}

/** A full stop that belongs to the expression: "Sept.", "a.m." (not the sentence's, after "May"). */
const ABBREVIATED = new RegExp(
  `(?:[ap]\\.m|${CALENDAR_WORDS.en.monthsWithDay
    .filter((m) => m.endsWith('.'))
    .map((m) => m.slice(0, -1))
    .join('|')})\\.$`
);

function trimSpan(text: string, span: Candidate): Candidate {
  let { start, end } = span;
  while (end > start && /[\s,;:.!?)»”"]/u.test(text[end - 1]!)) {
    // Keep the full stop of an abbreviation ("Sept.", "a.m.").
    if (text[end - 1] === '.' && ABBREVIATED.test(text.slice(start, end))) break;
    end--;
  }
  while (start < end && /[\s,(«“"]/u.test(text[start]!)) start++;
  return { ...span, start, end };
}

/** Candidates from both sources, merged: a span inside another goes, overlapping ones join. */
function candidates(text: string, published: CalendarDate, language: DateLanguage): Candidate[] {
  const all: Candidate[] = [];
  for (const finder of FINDERS[language]) {
    finder.lastIndex = 0;
    for (const m of text.matchAll(finder))
      all.push(trimSpan(text, { start: m.index, end: m.index + m[0].length }));
  }
  for (const result of chronoCandidates(text, published, language))
    all.push(
      trimSpan(text, {
        start: result.index,
        end: result.index + result.text.length,
        chrono: result
      })
    );
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Candidate[] = [];
  for (const c of all) {
    const last = merged.at(-1);
    if (last && c.start < last.end) {
      last.end = Math.max(last.end, c.end);
      last.chrono ??= c.chrono;
    } else merged.push({ ...c });
  }
  return merged.map((c) => extend(text, c, language)).filter((c) => c.end > c.start);
}

/** Takes in the words beside a span that change its meaning, and a time's zone. */
function extend(text: string, span: Candidate, language: DateLanguage): Candidate {
  let { start, end } = span;
  const whole = cutShort(text, start, end, language);
  if (whole) {
    const at = text.lastIndexOf(whole, end);
    if (at >= 0 && at <= start && at + whole.length >= end) [start, end] = [at, at + whole.length];
  }
  if (
    /\d(?: ?h(?: ?\d{2})?| ?heures?| ?[ap]\.m\.| ?am| ?pm|:\d{2})$/iu.test(text.slice(start, end))
  ) {
    const zone = ZONE_AFTER[language].exec(text.slice(end));
    if (zone) end += zone[0].length;
  }
  // A time's preposition ("vers 14h", "at 6 a.m."), which chrono may leave out.
  if (/^\d/.test(text.slice(start, end))) {
    const preposition = TIME_BEFORE[language].exec(text.slice(Math.max(0, start - 16), start));
    if (preposition) start -= preposition[0].length;
  }
  // "March 3 of next year": the year it names.
  const ofYear = /^ of (?:next|last|this) year\b/iu.exec(text.slice(end));
  if (language === 'en' && ofYear) end += ofYear[0].length;
  return { ...span, start, end };
}

const GENERIC_BEFORE: Record<DateLanguage, RegExp> = {
  fr: /(?:^|[\s\u00a0])(?:un|une|chaque|tous les|les)[\s\u00a0]+$/iu,
  en: /(?:^|[\s\u00a0])(?:a|an|every|each)[\s\u00a0]+$/iu
};
const HABITUAL: Record<DateLanguage, RegExp> = {
  fr: /chaque (?:année|an|mois|semaine)|tous les ans|habituellement|d'ordinaire|d’ordinaire|généralement|traditionnellement/iu,
  en: /each year|every year|a year|annually|usually|typically|traditionally|as a rule/iu
};
const SCHEDULE: Record<DateLanguage, RegExp> = {
  fr: new RegExp(
    `^(?:de |du )?(?:\\d{1,2} ?h(?: ?\\d{2})? (?:à|au) \\d{1,2} ?h|${words('fr').WEEKDAY} (?:à|au) ${words('fr').WEEKDAY})`,
    'iu'
  ),
  en: /^(?:from )?\d{1,2}(?::\d{2})? ?(?:a\.m\.|p\.m\.|am|pm)? (?:to|until|-) \d{1,2}|^(?:from )?\p{L}+day (?:to|through) \p{L}+day/iu
};

const NOT_A_DATE: Record<DateLanguage, Record<NotADateReason, string>> = {
  fr: {
    'generic-weekday': 'un jour de la semaine pris en général (« un mardi ») : aucun jour précis',
    recurring: 'une habitude ou une règle (« chaque année en novembre ») : aucune date précise',
    schedule: 'un horaire (« de 9h à 17h », « du lundi au vendredi ») : pas un moment daté',
    name: 'un nom propre (« Mai ») : pas un mois'
  },
  en: {
    'generic-weekday': 'a weekday taken generally ("a Tuesday"): no particular day',
    recurring: 'a habit or a rule ("in May and November each year"): no particular date',
    schedule: 'a schedule ("from 10 a.m. to 9 p.m.", "Monday to Friday"): not a dated moment',
    name: 'a name ("Theresa May"): not a month'
  }
};

/** Why a candidate is not a date, or null when it may be one. */
function notADate(
  text: string,
  span: TextSpan,
  language: DateLanguage,
  tense: Tense | undefined
): NotADateReason | null {
  const phrase = text.slice(span.start, span.end);
  const { MONTH, WEEKDAY } = words(language);
  const bareWeekday = new RegExp(`^${WEEKDAY}s?$`, 'iu');
  const bareMonth = new RegExp(`^(?:(?:en|in) )?${MONTH}$`, 'iu');
  const preceding = text.slice(Math.max(0, span.start - 12), span.start);
  const following = text.slice(span.end, span.end + 40);
  if (SCHEDULE[language].test(phrase)) return 'schedule';
  if (/^[\s\u00a0]*(?:daily|every day|chaque jour|tous les jours)/iu.test(following))
    return 'schedule';
  if (bareWeekday.test(phrase)) {
    if (GENERIC_BEFORE[language].test(preceding)) return 'generic-weekday';
    if (
      /s$/iu.test(phrase) ||
      /^[\s\u00a0]+(?:ou|or)[\s\u00a0]+(?:un|une|a|an)[\s\u00a0]/iu.test(following)
    )
      return 'generic-weekday';
  }
  if (bareMonth.test(phrase)) {
    const month = phrase.replace(/^(?:en|in) /iu, '');
    // A capitalised French month, or an English one after a capitalised word, inside a
    // sentence, is a name: "l'analyste Mai Nguyen", "Theresa May".
    const sentenceStart = sentenceAround(text, span).start === span.start;
    const nameAfter = /^[\s\u00a0]+\p{Lu}\p{Ll}/u.test(following);
    if (
      language === 'fr' &&
      /^\p{Lu}/u.test(month) &&
      (!sentenceStart || nameAfter) &&
      phrase === month
    )
      return 'name';
    if (language === 'en' && phrase === month && /\p{Lu}\p{L}*[\s\u00a0]+$/u.test(preceding))
      return 'name';
    const sentence = sentenceAround(text, span);
    if (HABITUAL[language].test(text.slice(sentence.start, sentence.end))) return 'recurring';
    const coordinated = new RegExp(
      `^[\\s\\u00a0]+(?:et|ou|and|or)[\\s\\u00a0]+(?:(?:again|encore)[\\s\\u00a0]+)?(?:(?:en|in)[\\s\\u00a0]+)?${MONTH}${after}`,
      'iu'
    );
    const coordinatedBefore = new RegExp(
      `${MONTH}[\\s\\u00a0]+(?:et|ou|and|or)[\\s\\u00a0]+(?:(?:again|encore)[\\s\\u00a0]+)?(?:(?:en|in)[\\s\\u00a0]+)?$`,
      'iu'
    );
    const listed =
      coordinated.test(following) ||
      coordinatedBefore.test(text.slice(Math.max(0, span.start - 30), span.start));
    if (listed && tense !== 'past') return 'recurring';
  }
  return null;
}

type Resolved = NonNullable<FoundDate['resolved']>;

function fromChrono(result: chronoFr.ParsedResult): Resolved | null {
  const { start, end } = result;
  if (!start.isCertain('day') || !start.isCertain('month')) return null;
  const day = (c: chronoFr.ParsedResult['start']) =>
    calendarDate(c.get('year')!, c.get('month')!, c.get('day')!);
  const first = day(start);
  const last = end ? day(end) : first;
  return { start: first, end: last, precision: first === last ? 'day' : 'days' };
}

/**
 * Every date expression of a text and every phrase set aside as not a date, in text order.
 * `published` is the document's publication date, `language` its language ("fr", "en").
 */
export function scanDateExpressions(
  text: string,
  published: CalendarDate,
  language: DateLanguage
): { found: FoundDate[]; notDates: NotADate[] } {
  const found: FoundDate[] = [];
  const notDates: NotADate[] = [];
  const times: FoundDate[] = [];
  for (const candidate of candidates(text, published, language)) {
    const span = { start: candidate.start, end: candidate.end };
    const phrase = text.slice(span.start, span.end);
    const tense = tenseOf(text, span, language);
    const reason = notADate(text, span, language, tense);
    if (reason) {
      notDates.push({ ...span, text: phrase, reason, explanation: NOT_A_DATE[language][reason] });
      continue;
    }
    const reading = readDateExpression(phrase, published, language, { tense });
    const base = { ...span, text: phrase, ...(tense && { tense }) };
    if (isVague(reading)) {
      found.push({
        ...base,
        resolved: null,
        vague: true,
        rule: 'vague',
        explanation: reading.explanation
      });
      continue;
    }
    if ('problem' in reading) {
      const chrono = candidate.chrono && fromChrono(candidate.chrono);
      if (chrono)
        found.push({
          ...base,
          resolved: chrono,
          vague: false,
          rule: 'chrono',
          explanation:
            language === 'fr'
              ? `lu par chrono-node (${chrono.start}) : ${reading.problem}`
              : `read by chrono-node (${chrono.start}): ${reading.problem}`,
          warning:
            language === 'fr'
              ? 'date lue par chrono-node, hors des règles du projet : à vérifier'
              : "date read by chrono-node, outside the project's rules: check it"
        });
      // What neither reads (chrono's "3 et" for 3 o'clock Eastern Time) is no date.
      else if (candidate.chrono === undefined || candidate.chrono.start.isCertain('day'))
        found.push({
          ...base,
          resolved: null,
          vague: false,
          rule: 'unresolved',
          explanation: reading.problem
        });
      continue;
    }
    const { start, end, precision, time, timeZone, warning, rule, explanation } = reading;
    const date: FoundDate = {
      ...base,
      resolved: { start, end, precision, ...(time && { time }), ...(timeZone && { timeZone }) },
      vague: false,
      rule,
      explanation,
      ...(warning && { warning })
    };
    found.push(date);
    if (TIME_ONLY[language].test(phrase)) times.push(date);
  }
  for (const time of times) dayOfTime(text, time, found, published, language);
  return { found, notDates };
}

/**
 * A time said alone ("à 9h (heure de Paris)") is on the day its sentence names, else the day
 * the paragraph last named before it, else the publication day.
 */
function dayOfTime(
  text: string,
  time: FoundDate,
  found: FoundDate[],
  published: CalendarDate,
  language: DateLanguage
) {
  const sentence = sentenceAround(text, time);
  const paragraphStart = Math.max(text.lastIndexOf('\n', time.start) + 1, 0);
  const days = found.filter(
    (f) =>
      f !== time &&
      f.resolved &&
      f.resolved.start === f.resolved.end &&
      !TIME_ONLY[language].test(f.text)
  );
  const inSentence = days.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
  const earlier = days.filter((f) => f.end <= time.start && f.start >= paragraphStart);
  const day =
    inSentence.sort((a, b) => Math.abs(a.start - time.start) - Math.abs(b.start - time.start))[0] ??
    earlier.at(-1);
  if (!day || !time.resolved) return;
  time.resolved.start = time.resolved.end = day.resolved!.start;
  time.rule = 'time-on-named-day';
  time.explanation =
    language === 'fr'
      ? `le jour que nomme « ${day.text} » (${day.resolved!.start}), ${time.explanation}`
      : `the day "${day.text}" names (${day.resolved!.start}), ${time.explanation}`;
  void published;
}

/**
 * The date expressions of a text, dated or vague, in text order (phrases that only look like
 * dates left out: see `scanDateExpressions`).
 */
export function findDateExpressions(
  text: string,
  published: CalendarDate,
  language: DateLanguage
): FoundDate[] {
  return scanDateExpressions(text, published, language).found;
}
