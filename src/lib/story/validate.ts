/**
 * Turns a story file and its article into a validated Story, or into the list of every problem,
 * each as "path: problem". Pure: the caller reads the files (see $lib/server/stories.ts).
 *
 * Beyond the shape (schema.ts), it proves provenance: each quote, passage and date expression is
 * at its offsets in the article, each of the article's quotations belongs to exactly one quote,
 * dates are real, ordered, within the story's period, and agree with the article's own words.
 */
import { compareCalendarDates, daysInMonth, parts } from './calendar-date.ts';
import { findQuotations } from './quotations.ts';
import { resolveDateExpression } from './resolve-date-expression.ts';
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

/** Checks that `text` stands in the article at [start, end). */
function checkSpan(
  article: string,
  articleFile: string,
  path: string,
  span: { start: number; end: number; text: string },
  errors: string[]
): boolean {
  const { start, end, text } = span;
  if (start >= end || end > article.length) {
    errors.push(
      `${path}: offsets ${start}–${end} are not a span of ${articleFile} (${article.length} characters)`
    );
    return false;
  }
  if (article.slice(start, end) === text) return true;
  const found = occurrences(article, text);
  if (found.length === 0) {
    errors.push(`${path}.text: not found in ${articleFile}`);
  } else {
    const where = found.map((i) => `${i}–${i + text.length}`).join(', ');
    errors.push(
      `${path}: offsets ${start}–${end} point to ${excerpt(article.slice(start, end))}, not to the text, which is at ${where}`
    );
  }
  return false;
}

function checkPrecision(path: string, date: EventFile['date'], errors: string[]): void {
  const { start, end, precision } = date;
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
}

function validateEventDate(
  path: string,
  date: EventFile['date'],
  story: StoryHead,
  article: string,
  articleFile: string,
  errors: string[]
): EventDate | null {
  const { start, end, precision } = date;
  if (compareCalendarDates(end, start) < 0) {
    errors.push(`${path}.end: ${end} is before start ${start}`);
    return null;
  }
  checkPrecision(path, date, errors);
  const { period } = story;
  if (start < period.start || end > period.end) {
    errors.push(
      `${path}: ${start}…${end} lies outside the story's period ${period.start}…${period.end}`
    );
  }
  const result: EventDate = {
    start,
    end,
    precision,
    basis: date.expression ? 'article' : 'other-sources',
    ...(date.evidence ? { evidence: date.evidence } : {})
  };
  if (!date.expression) {
    if (!date.evidence)
      errors.push(
        `${path}.evidence: required when the article gives no date expression (cite the sources that establish the date)`
      );
    return result;
  }
  const expressionPath = `${path}.expression`;
  const anchor = story.source.published.date;
  if (!checkSpan(article, articleFile, expressionPath, date.expression, errors)) return result;
  const resolved = resolveDateExpression(date.expression.text, anchor);
  if (!resolved) {
    errors.push(
      `${expressionPath}.text: cannot resolve ${excerpt(date.expression.text)} against ${anchor}; give the date with evidence instead`
    );
    return result;
  }
  result.expression = { ...date.expression, anchor, resolved };
  if (start < resolved.start || end > resolved.end) {
    errors.push(
      `${path}: ${start}…${end} is outside ${resolved.start}…${resolved.end}, what ${excerpt(date.expression.text)} means on ${anchor}`
    );
  } else if ((start !== resolved.start || end !== resolved.end) && !date.evidence) {
    errors.push(
      `${path}.evidence: ${start}…${end} is narrower than ${excerpt(date.expression.text)} (${resolved.start}…${resolved.end}); cite the sources that narrow it`
    );
  }
  return result;
}

/** Chronological: by first day, then last day, then where the article first reports it. */
export function compareEvents(a: StoryEvent, b: StoryEvent): number {
  return (
    compareCalendarDates(a.date.start, b.date.start) ||
    compareCalendarDates(a.date.end, b.date.end) ||
    Math.min(...a.passages.map((p) => p.start)) - Math.min(...b.passages.map((p) => p.start))
  );
}

export function validateStory(
  input: unknown,
  article: string,
  { articleFile }: ValidationContext
): ValidationResult {
  const errors: string[] = [];
  const articleIsEmpty = article.trim() === '';
  if (articleIsEmpty) errors.push(`article: ${articleFile} is empty`);

  const { head: story, events: parsedEvents, errors: shapeErrors } = parseStoryFile(input);
  errors.push(...shapeErrors);
  // Without the story's own fields (period, actors, publication date) or an article to check
  // against, the events cannot be checked: the problems found so far are the whole answer.
  if (!story || articleIsEmpty) return { ok: false, errors };

  if (story.period.end < story.period.start)
    errors.push(`period.end: ${story.period.end} is before start ${story.period.start}`);

  const actorIds = new Set<string>();
  story.actors.forEach((actor, i) => {
    if (actorIds.has(actor.id)) errors.push(`actors[${i}].id: duplicate actor "${actor.id}"`);
    actorIds.add(actor.id);
  });
  const knownActor = (path: string, actorId: string | undefined) => {
    if (actorId !== undefined && !actorIds.has(actorId))
      errors.push(`${path}: unknown actor "${actorId}" (not in actors)`);
  };

  const lanes: Lane[] =
    story.lanes ??
    [...new Set(story.actors.map((a) => a.represents))].map((represents) => ({
      id: represents
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
      label: represents,
      represents: [represents]
    }));
  const laneOf = new Map<string, string>();
  story.actors.forEach((actor, i) => {
    const lane = lanes.find((l) => l.represents.includes(actor.represents));
    if (lane) laneOf.set(actor.id, lane.id);
    else errors.push(`actors[${i}].represents: "${actor.represents}" is in no lane (see lanes)`);
  });

  const slugs = new Map<string, number>();
  const quoteIds = new Map<string, string>();
  const quoteAt = new Map<string, string>(); // "start-end" → path of the quote
  const quotations = findQuotations(article);
  const isQuotation = new Set(quotations.map((q) => `${q.start}-${q.end}`));
  const events: StoryEvent[] = [];

  parsedEvents.forEach((event, i) => {
    if (!event) return;
    const path = `events[${i}]`;
    const firstWithSlug = slugs.get(event.slug);
    if (firstWithSlug !== undefined)
      errors.push(`${path}.slug: duplicate slug "${event.slug}" (also events[${firstWithSlug}])`);
    else slugs.set(event.slug, i);

    event.actors.forEach((actorId, j) => knownActor(`${path}.actors[${j}]`, actorId));
    knownActor(`${path}.claim.by`, event.claim.by);
    if (event.claim.status === 'reported' && !event.claim.outlet)
      errors.push(`${path}.claim.outlet: required when the status is "reported"`);

    const date = validateEventDate(`${path}.date`, event.date, story, article, articleFile, errors);
    event.passages.forEach((passage, j) =>
      checkSpan(article, articleFile, `${path}.passages[${j}]`, passage, errors)
    );
    event.quotes.forEach((quote, j) => {
      const quotePath = `${path}.quotes[${j}]`;
      const previousId = quoteIds.get(quote.id);
      if (previousId)
        errors.push(`${quotePath}.id: duplicate quote id "${quote.id}" (also ${previousId})`);
      quoteIds.set(quote.id, quotePath);
      knownActor(`${quotePath}.speaker`, quote.speaker);
      if (!checkSpan(article, articleFile, quotePath, quote, errors)) return;
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
  const allEventsRead = parsedEvents.every((event) => event !== undefined);
  for (const quotation of allEventsRead ? quotations : []) {
    if (!quoteAt.has(`${quotation.start}-${quotation.end}`))
      errors.push(
        `article: the quotation ${excerpt(quotation.text)} at ${quotation.start}–${quotation.end} of ${articleFile} belongs to no event's quotes`
      );
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    story: {
      id: story.id,
      title: story.title,
      language: story.language,
      source: story.source,
      period: story.period,
      article: { file: story.article, text: article },
      actors: story.actors,
      lanes,
      events: events.sort(compareEvents)
    }
  };
}
