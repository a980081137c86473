/**
 * Turns a story file and its article into a validated Story, or into the list of every problem,
 * each as "path: problem". Pure: the caller reads the files (see $lib/server/stories.ts).
 *
 * Beyond the shape (schema.ts), it proves provenance: each quote, passage and date expression is
 * at its offsets in the article, each of the article's quotations belongs to exactly one quote,
 * words in «…» in a title or summary are the article's own, dates are real, ordered, within the
 * story's period, and agree with the article's own words. A field with the wrong shape hides
 * nothing else: what can still be checked is checked.
 */
import { compareCalendarDates, daysInMonth, parts } from './calendar-date.ts';
import { findQuotations } from './quotations.ts';
import { cutShort, isVague, readDateExpression } from './resolve-date-expression.ts';
import { parseStoryFile, type EventFile, type StoryHead } from './schema.ts';
import type { EventDate, Lane, Story, StoryEvent } from './types.ts';

export type ValidationResult = { ok: true; story: Story } | { ok: false; errors: string[] };

export interface ValidationContext {
  /** The article file's name as the messages should show it ("article.fr.txt"). */
  articleFile: string;
}

const excerpt = (text: string, max = 60) =>
  JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);

function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** Addresses the site uses itself: a story or an event may not take them. */
const RESERVED_STORY_IDS = new Set(['embed']);
const RESERVED_SLUGS = new Set(['article', 'liste']);

/** The id of the lane made for what actors represent: "États-Unis" → "etats-unis". */
const laneIdOf = (represents: string) =>
  represents
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function lanesOf(head: Partial<StoryHead>): Lane[] {
  if (head.lanes) return head.lanes;
  const represented = [...new Set((head.actors ?? []).map((a) => a.represents))];
  return represented.map((represents) => ({
    id: laneIdOf(represents),
    label: represents,
    represents: [represents]
  }));
}

/**
 * Lanes are drawn by id: two with one id would share a row and a key. Those of "lanes" must
 * differ; without it, two spellings of what actors represent may not make one id ("France",
 * "FRANCE").
 */
function laneIdProblems(head: Partial<StoryHead>): string[] {
  const problems: string[] = [];
  if (head.lanes) {
    const firstWithId = new Map<string, number>();
    head.lanes.forEach((lane, i) => {
      const first = firstWithId.get(lane.id);
      if (first !== undefined)
        problems.push(`lanes[${i}].id: duplicate lane "${lane.id}" (also lanes[${first}])`);
      else firstWithId.set(lane.id, i);
    });
    return problems;
  }
  const firstWithId = new Map<string, { represents: string; actor: number }>();
  const seen = new Set<string>();
  head.actors?.forEach(({ represents }, i) => {
    if (seen.has(represents)) return; // the same lane, not another
    seen.add(represents);
    const id = laneIdOf(represents);
    const first = firstWithId.get(id);
    if (first)
      problems.push(
        `actors[${i}].represents: "${represents}" makes the lane id "${id}", as "${first.represents}" does (actors[${first.actor}].represents); write them alike, or list the lanes in lanes`
      );
    else firstWithId.set(id, { represents, actor: i });
  });
  return problems;
}

/** Chronological: by first day, then last day, then where the article first reports it. */
export function compareEvents(a: StoryEvent, b: StoryEvent): number {
  return (
    compareCalendarDates(a.date.start, b.date.start) ||
    compareCalendarDates(a.date.end, b.date.end) ||
    Math.min(...a.passages.map((p) => p.start)) - Math.min(...b.passages.map((p) => p.start))
  );
}

/**
 * @param article the article's text, or undefined when it could not be read (then nothing is
 * checked against it, and the reason is the caller's to report).
 */
export function validateStory(
  input: unknown,
  article: string | undefined,
  { articleFile }: ValidationContext
): ValidationResult {
  const errors: string[] = [];
  const { head, events: parsedEvents, errors: shapeErrors } = parseStoryFile(input);
  errors.push(...shapeErrors);
  const readable = article !== undefined && article.trim() !== '';
  if (article !== undefined && !readable) errors.push(`article: ${articleFile} is empty`);
  const text = article ?? '';

  /** Checks that `span.text` stands in the article at [start, end). */
  function checkSpan(path: string, span: { start: number; end: number; text: string }): boolean {
    if (!readable) return false;
    const { start, end } = span;
    if (start >= end || end > text.length) {
      errors.push(
        `${path}: offsets ${start}–${end} are not a span of ${articleFile} (${text.length} characters)`
      );
      return false;
    }
    if (text.slice(start, end) === span.text) return true;
    const found = occurrences(text, span.text);
    if (found.length === 0) errors.push(`${path}.text: not found in ${articleFile}`);
    else
      errors.push(
        `${path}: offsets ${start}–${end} point to ${excerpt(text.slice(start, end))}, not to the text, which is at ${found.map((i) => `${i}–${i + span.text.length}`).join(', ')}`
      );
    return false;
  }

  /** Words put in «…» by the story's author must be the article's own. */
  function checkCitedWords(path: string, prose: string) {
    if (!readable) return;
    for (const quoted of findQuotations(prose))
      if (!text.includes(quoted.text))
        errors.push(
          `${path}: ${excerpt(quoted.text)} is in quotation marks but not in ${articleFile}`
        );
  }

  if (head.id && RESERVED_STORY_IDS.has(head.id))
    errors.push(`id: "${head.id}" is an address the site uses itself; choose another`);
  if (head.period && head.period.end < head.period.start)
    errors.push(`period.end: ${head.period.end} is before start ${head.period.start}`);

  const actorIds = new Set<string>();
  head.actors?.forEach((actor, i) => {
    if (actorIds.has(actor.id)) errors.push(`actors[${i}].id: duplicate actor "${actor.id}"`);
    actorIds.add(actor.id);
  });
  const knownActor = (path: string, actorId: string | undefined) => {
    if (head.actors && actorId !== undefined && !actorIds.has(actorId))
      errors.push(`${path}: unknown actor "${actorId}" (not in actors)`);
  };
  const lanes = lanesOf(head);
  errors.push(...laneIdProblems(head));
  const laneOf = new Map<string, string>();
  head.actors?.forEach((actor, i) => {
    const lane = lanes.find((l) => l.represents.includes(actor.represents));
    if (lane) laneOf.set(actor.id, lane.id);
    else errors.push(`actors[${i}].represents: "${actor.represents}" is in no lane (see lanes)`);
  });

  function checkDate(path: string, date: EventFile['date']): EventDate | null {
    const { start, end, precision } = date;
    if (compareCalendarDates(end, start) < 0) {
      errors.push(`${path}.end: ${end} is before start ${start}`);
      return null;
    }
    const s = parts(start);
    const e = parts(end);
    const sameMonth = s.year === e.year && s.month === e.month;
    const problem =
      precision === 'day' && start !== end
        ? 'an exact day must start and end on the same day'
        : precision === 'days' && start === end
          ? 'a range of days must span more than one day (use "day")'
          : precision === 'part-of-month' && !sameMonth
            ? 'a part of a month must lie within one month'
            : precision === 'month' &&
                (!sameMonth || s.day !== 1 || e.day !== daysInMonth(e.year, e.month))
              ? 'a month must run from its first to its last day'
              : null;
    if (problem) errors.push(`${path}.precision: "${precision}" but ${start}…${end}: ${problem}`);
    if (head.period && (start < head.period.start || end > head.period.end))
      errors.push(
        `${path}: ${start}…${end} lies outside the story's period ${head.period.start}…${head.period.end}`
      );

    const result: EventDate = {
      start,
      end,
      precision,
      basis: date.expression ? 'article' : 'other-sources',
      ...(date.evidence && { evidence: date.evidence })
    };
    const expression = date.expression;
    if (!expression) {
      if (!date.evidence)
        errors.push(
          `${path}.evidence: required when the article gives no date expression (cite the sources that establish the date)`
        );
      return result;
    }
    const at = `${path}.expression`;
    if (!checkSpan(at, expression)) return result;
    const whole = cutShort(text, expression.start, expression.end, head.language);
    if (whole) {
      errors.push(
        `${at}: ${excerpt(expression.text)} is cut short: the article says ${excerpt(whole)}`
      );
      return result;
    }
    const anchor = head.source?.published.date;
    if (!anchor) return result;
    const resolved = readDateExpression(expression.text, anchor, head.language);
    if ('problem' in resolved) {
      errors.push(
        `${at}.text: cannot resolve ${excerpt(expression.text)} against ${anchor}: ${resolved.problem}`
      );
      return result;
    }
    if (isVague(resolved)) {
      if (!date.evidence)
        errors.push(
          `${at}.text: ${excerpt(expression.text)} is vague (${resolved.explanation}): a vague expression cannot date an event by itself: cite evidence`
        );
      return { ...result, basis: 'other-sources' };
    }
    result.expression = { ...expression, anchor, resolved };
    if (start < resolved.start || end > resolved.end)
      errors.push(
        `${path}: ${start}…${end} is outside ${resolved.start}…${resolved.end}, what ${excerpt(expression.text)} means on ${anchor}`
      );
    else if ((start !== resolved.start || end !== resolved.end) && !date.evidence)
      errors.push(
        `${path}.evidence: ${start}…${end} is narrower than ${excerpt(expression.text)} (${resolved.start}…${resolved.end}); cite the sources that narrow it`
      );
    return result;
  }

  const quotations = readable ? findQuotations(text) : [];
  const isQuotation = new Set(quotations.map((q) => `${q.start}-${q.end}`));
  const slugs = new Map<string, number>();
  const quoteIds = new Map<string, string>();
  const quoteAt = new Map<string, string>(); // "start-end" → path of the quote
  const events: StoryEvent[] = [];

  parsedEvents.forEach((event, i) => {
    if (!event) return;
    const path = `events[${i}]`;
    const firstWithSlug = slugs.get(event.slug);
    if (firstWithSlug !== undefined)
      errors.push(`${path}.slug: duplicate slug "${event.slug}" (also events[${firstWithSlug}])`);
    else slugs.set(event.slug, i);
    if (RESERVED_SLUGS.has(event.slug))
      errors.push(
        `${path}.slug: "${event.slug}" is an address the site uses itself; choose another`
      );

    checkCitedWords(`${path}.title`, event.title);
    checkCitedWords(`${path}.summary`, event.summary);
    event.actors.forEach((actorId, j) => knownActor(`${path}.actors[${j}]`, actorId));
    knownActor(`${path}.claim.by`, event.claim.by);
    if (event.claim.status === 'reported' && !event.claim.outlet)
      errors.push(`${path}.claim.outlet: required when the status is "reported"`);

    const date = checkDate(`${path}.date`, event.date);
    event.passages.forEach((passage, j) => checkSpan(`${path}.passages[${j}]`, passage));
    event.quotes.forEach((quote, j) => {
      const quotePath = `${path}.quotes[${j}]`;
      const previousId = quoteIds.get(quote.id);
      if (previousId)
        errors.push(`${quotePath}.id: duplicate quote id "${quote.id}" (also ${previousId})`);
      quoteIds.set(quote.id, quotePath);
      knownActor(`${quotePath}.speaker`, quote.speaker);
      if (!checkSpan(quotePath, quote)) return;
      const key = `${quote.start}-${quote.end}`;
      if (!isQuotation.has(key))
        errors.push(
          `${quotePath}: ${excerpt(quote.text)} is not a whole quotation of the article (the text between « » or " ")`
        );
      const other = quoteAt.get(key);
      if (other) errors.push(`${quotePath}: the same quotation is already attached as ${other}`);
      quoteAt.set(key, quotePath);
    });
    const lane = laneOf.get(event.claim.by ?? event.actors[0]!);
    if (date && lane) events.push({ ...event, lane, date });
  });

  // With an event that could not be read, its quotes are unknown: only check when all were read.
  if (parsedEvents.every((event) => event !== undefined))
    for (const quotation of quotations)
      if (!quoteAt.has(`${quotation.start}-${quotation.end}`))
        errors.push(
          `article: the quotation ${excerpt(quotation.text)} at ${quotation.start}–${quotation.end} of ${articleFile} belongs to no event's quotes`
        );

  if (errors.length > 0) return { ok: false, errors };
  const story = head as StoryHead; // every field parsed, or there would be errors
  return {
    ok: true,
    story: {
      id: story.id,
      title: story.title,
      language: story.language,
      source: story.source,
      period: story.period,
      article: { file: story.article, text },
      actors: story.actors,
      lanes,
      events: events.sort(compareEvents)
    }
  };
}
