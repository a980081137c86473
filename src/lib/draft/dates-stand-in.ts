/**
 * A stand-in for ENGINE-D's `findDateExpressions` (src/lib/draft/dates.ts, not merged yet), with
 * its signature and result shape, so that the draft can be built and tested now: it finds only
 * what the project's resolver already reads (weekdays with "dernier/last", "hier", "début / mi-
 * / fin <mois>", "le 5 septembre", "in late July"…) and resolves it with `readDateExpression`.
 * It goes once dates.ts lands: draft.ts then imports that module instead.
 */
import type { CalendarDate } from '../story/calendar-date.ts';
import { CALENDAR_WORDS, type DateLanguage } from '../story/calendar-words.js';
import { isVague, readDateExpression } from '../story/resolve-date-expression.ts';
import type { DatePrecision } from '../story/types.ts';

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  resolved: {
    start: CalendarDate;
    end: CalendarDate;
    precision: DatePrecision;
    time?: string;
    timeZone?: string;
  } | null;
  vague: boolean;
  rule: string;
  explanation: string;
  tense?: 'past' | 'present' | 'future';
  warning?: string;
}

const alt = (words: readonly string[]) =>
  [...new Set(words.map((w) => w.replace(/\.$/, '')))]
    .sort((a, b) => b.length - a.length)
    .join('|');

function pattern(lang: DateLanguage): RegExp {
  const { months, weekdays, monthsWithDay } = CALENDAR_WORDS[lang];
  const M = `(?:${alt([...months, ...monthsWithDay])})`;
  const W = `(?:${alt(weekdays)})`;
  const source =
    lang === 'fr'
      ? [
          `(?:(?:${W})\\s+)?(?:le\\s+)?(?:1er|\\d{1,2})\\s+${M}(?:\\s+\\d{4})?`,
          `(?:début|mi-?|fin)\\s+${M}(?:\\s+\\d{4})?`,
          `${W}(?:\\s+(?:dernier|dernière))?`,
          `avant-hier|hier|aujourd['’]hui`,
          `dans les prochains jours|prochainement|bientôt|récemment|ces derniers jours`
        ]
      : [
          `(?:(?:${W}),?\\s+)?${M}\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?`,
          `(?:early|mid-?|late)\\s+${M}(?:\\s+\\d{4})?`,
          `(?:last\\s+)?${W}`,
          `the day before yesterday|yesterday|today`,
          `in the coming days|soon|shortly|recently|lately|in recent days`
        ];
  return new RegExp(`(?<![\\p{L}\\d])(?:${source.join('|')})(?![\\p{L}\\d])`, 'giu');
}

export function findDateExpressions(
  text: string,
  published: CalendarDate,
  lang: DateLanguage
): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(pattern(lang))) {
    const base = { start: m.index, end: m.index + m[0].length, text: m[0] };
    const reading = readDateExpression(m[0], published, lang);
    if (isVague(reading))
      found.push({
        ...base,
        resolved: null,
        vague: true,
        rule: 'vague',
        explanation: reading.explanation
      });
    else if ('problem' in reading)
      found.push({
        ...base,
        resolved: null,
        vague: false,
        rule: 'unresolved',
        explanation: reading.problem
      });
    else
      found.push({
        ...base,
        resolved: { start: reading.start, end: reading.end, precision: reading.precision },
        vague: false,
        rule: reading.rule,
        explanation: reading.explanation
      });
  }
  return found;
}
