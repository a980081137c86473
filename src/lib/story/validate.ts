/**
 * Turns a story file and its documents into a validated Story, or into the list of every
 * problem, each as "path: problem". Pure: the caller reads the files (see $lib/server/stories.ts)
 * and passes a way to read them in the ValidationContext.
 *
 * Beyond the shape (schema.ts), it proves provenance: each quote, passage and date expression is
 * at its offsets in the document it names, each document's quotations belong each to exactly one
 * quote, words in «…» in a title or summary are some document's own, dates are real, ordered,
 * as precise as they say, within the story's bounds, and agree with their document's own words
 * read against that document's publication date. An event that no document reports rests on
 * cited evidence or says it is the newsroom's own text. A field with the wrong shape hides
 * nothing else: what can still be checked is checked.
 */
import { compareCalendarDates, compareDateTexts, daysInMonth, parts } from './calendar-date.ts';
import { isSafeCssColor } from './css-color.ts';
import { duplicateIds, laneIdOf, laneOfActor, lanesOf } from './lanes.ts';
import { findQuotations, type Quotation } from './quotations.ts';
import { cutShort, isVague, readDateExpression } from './resolve-date-expression.ts';
import { parseRichText, richTextToPlain, type RichNode } from './rich-text.ts';
import { parseStoryFile, type EventFile, type StoryHead } from './schema.ts';
import type { EventBasis, EventDate, Media, Period, Story, StoryEvent } from './types.ts';

export type ValidationResult = { ok: true; story: Story } | { ok: false; errors: string[] };

export interface ValidationContext {
  /**
   * The text of a file beside story.json ("article.fr.txt"), or undefined when there is no
   * such file.
   */
  readText(file: string): string | undefined;
  /** Whether a file exists at this path inside the story's folder ("media/x.jpg"). */
  fileExists(relativePath: string): boolean;
}

/** A context over texts held in memory, for tests and generators: no media files. */
export const textsContext = (texts: Record<string, string>): ValidationContext => ({
  readText: (file) => (Object.hasOwn(texts, file) ? texts[file] : undefined),
  fileExists: () => false
});

const excerpt = (text: string, max = 60) =>
  JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);

function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** Addresses the site uses itself: a story or an event may not take them. */
const RESERVED_STORY_IDS = new Set(['embed']);
const RESERVED_SLUGS = new Set(['article', 'liste', 'sources', 'media']);

/** The images a story's folder may hold for its events: raster only (an SVG may run script). */
const RASTER_IMAGE = /\.(jpe?g|png|webp|gif|avif)$/i;

/** The order of an event among those of its days: where its documents first report it. */
function firstReport(event: StoryEvent, documentOrder: Map<string, number>): [number, number] {
  let best: [number, number] = [Infinity, Infinity];
  for (const p of event.passages) {
    const order = documentOrder.get(p.document) ?? Infinity;
    if (order < best[0] || (order === best[0] && p.start < best[1])) best = [order, p.start];
  }
  return best;
}

/** Chronological: by first day, then last day, then where the documents first report it. */
export function compareEvents(
  a: StoryEvent,
  b: StoryEvent,
  documentOrder: Map<string, number> = new Map()
): number {
  const byDate =
    compareCalendarDates(a.date.start, b.date.start) ||
    compareCalendarDates(a.date.end, b.date.end);
  if (byDate) return byDate;
  const [da, sa] = firstReport(a, documentOrder);
  const [db, sb] = firstReport(b, documentOrder);
  // Infinity - Infinity is NaN: events no document reports keep their order in the file.
  return (da === db ? 0 : da < db ? -1 : 1) || (sa === sb ? 0 : sa < sb ? -1 : 1);
}

interface ReadDocument {
  index: number;
  file: string;
  text: string;
  /** False when the file is missing or empty: nothing is checked against it. */
  readable: boolean;
  anchor: string;
  language: string;
  quotations: Quotation[];
  /** "start-end" of each quotation. */
  quotationAt: Set<string>;
}

export function validateStory(input: unknown, context: ValidationContext): ValidationResult {
  const errors: string[] = [];
  const {
    head,
    documents: parsedDocuments,
    events: parsedEvents,
    errors: shapeErrors
  } = parseStoryFile(input);
  errors.push(...shapeErrors);

  // The documents, read once each.
  const documents = new Map<string, ReadDocument>();
  parsedDocuments.forEach((doc, i) => {
    if (!doc) return;
    const path = `documents[${i}]`;
    if (documents.has(doc.id)) {
      errors.push(
        `${path}.id: duplicate document "${doc.id}" (also documents[${documents.get(doc.id)!.index}])`
      );
      return;
    }
    const text = context.readText(doc.file);
    if (text === undefined)
      errors.push(`${path}.file: file ${JSON.stringify(doc.file)} not found beside story.json`);
    else if (text.trim() === '') errors.push(`${path}.file: ${doc.file} is empty`);
    const readable = text !== undefined && text.trim() !== '';
    const quotations = readable ? findQuotations(text) : [];
    documents.set(doc.id, {
      index: i,
      file: doc.file,
      text: text ?? '',
      readable,
      anchor: doc.published.date,
      language: doc.language,
      quotations,
      quotationAt: new Set(quotations.map((q) => `${q.start}-${q.end}`))
    });
  });
  const readableDocuments = [...documents.values()].filter((d) => d.readable);
  // Words in «…» are looked for in every document: only when each could be read.
  const everyDocumentRead =
    head.documents !== undefined && readableDocuments.length === head.documents.length;

  /** The document a span names, or undefined (and why, when it is the span's fault). */
  function documentOf(path: string, documentId: string): ReadDocument | undefined {
    const doc = documents.get(documentId);
    if (!doc && head.documents)
      errors.push(`${path}.document: unknown document "${documentId}" (not in documents)`);
    return doc?.readable ? doc : undefined;
  }

  /** Checks that `span.text` stands in its document at [start, end). */
  function checkSpan(
    path: string,
    span: { document: string; start: number; end: number; text: string }
  ): ReadDocument | undefined {
    const doc = documentOf(path, span.document);
    if (!doc) return undefined;
    const { start, end } = span;
    const { text, file } = doc;
    if (start >= end || end > text.length) {
      errors.push(
        `${path}: offsets ${start}–${end} are not a span of ${file} (${text.length} characters)`
      );
      return undefined;
    }
    if (text.slice(start, end) === span.text) return doc;
    const found = occurrences(text, span.text);
    if (found.length === 0) errors.push(`${path}.text: not found in ${file}`);
    else
      errors.push(
        `${path}: offsets ${start}–${end} of ${file} point to ${excerpt(text.slice(start, end))}, not to the text, which is at ${found.map((i) => `${i}–${i + span.text.length}`).join(', ')}`
      );
    return undefined;
  }

  /**
   * Words put in «…» by the story's author must be some document's own. A story without
   * documents (an imported timeline, all the newsroom's own text) quotes none: nothing to check.
   */
  function checkCitedWords(path: string, prose: string) {
    if (!everyDocumentRead || readableDocuments.length === 0) return;
    for (const quoted of findQuotations(prose))
      if (!readableDocuments.some((d) => d.text.includes(quoted.text)))
        errors.push(
          `${path}: ${excerpt(quoted.text)} is in quotation marks but in no document (${readableDocuments.map((d) => d.file).join(', ')})`
        );
  }

  if (head.id && RESERVED_STORY_IDS.has(head.id))
    errors.push(`id: "${head.id}" is an address the site uses itself; choose another`);
  const introduction = checkRichText('introduction', head.introduction);
  const bounds = head.bounds;
  if (bounds && compareDateTexts(bounds.end, bounds.start) < 0)
    errors.push(`bounds.end: ${bounds.end} is before start ${bounds.start}`);
  const outsideBounds = (start: string, end: string) =>
    bounds && (compareDateTexts(start, bounds.start) < 0 || compareDateTexts(end, bounds.end) > 0)
      ? `${start}…${end} lies outside the story's bounds ${bounds.start}…${bounds.end}`
      : undefined;

  const actorIds = new Set<string>();
  head.actors?.forEach((actor, i) => {
    if (actorIds.has(actor.id)) errors.push(`actors[${i}].id: duplicate actor "${actor.id}"`);
    actorIds.add(actor.id);
  });
  const knownActor = (path: string, actorId: string | undefined) => {
    if (head.actors && actorId !== undefined && !actorIds.has(actorId))
      errors.push(`${path}: unknown actor "${actorId}" (not in actors)`);
  };

  // Lanes are drawn by id: two with one id would share a row and a key.
  const lanes = lanesOf(head.actors ?? [], head.lanes);
  if (head.lanes)
    for (const [at, first] of duplicateIds(head.lanes.map((l) => l.id)))
      errors.push(`lanes[${at}].id: duplicate lane "${head.lanes[at]!.id}" (also lanes[${first}])`);
  else {
    // Two spellings of what actors represent may not make one id ("France", "FRANCE").
    const firstWithId = new Map<string, { represents: string; actor: number }>();
    const seen = new Set<string>();
    head.actors?.forEach(({ represents }, i) => {
      if (seen.has(represents)) return; // the same lane, not another
      seen.add(represents);
      const id = laneIdOf(represents);
      const first = firstWithId.get(id);
      if (first)
        errors.push(
          `actors[${i}].represents: "${represents}" makes the lane id "${id}", as "${first.represents}" does (actors[${first.actor}].represents); write them alike, or list the lanes in lanes`
        );
      else firstWithId.set(id, { represents, actor: i });
    });
  }
  const laneOf = new Map<string, string>();
  head.actors?.forEach((actor, i) => {
    const lane = laneOfActor(lanes, actor);
    if (lane) laneOf.set(actor.id, lane.id);
    else errors.push(`actors[${i}].represents: "${actor.represents}" is in no lane (see lanes)`);
  });

  const periods: Period[] = head.periods ?? [];
  for (const [at, first] of duplicateIds(periods.map((p) => p.id)))
    errors.push(
      `periods[${at}].id: duplicate period "${periods[at]!.id}" (also periods[${first}])`
    );
  periods.forEach((period, i) => {
    if (compareDateTexts(period.end, period.start) < 0)
      errors.push(`periods[${i}].end: ${period.end} is before start ${period.start}`);
    else {
      const outside = outsideBounds(period.start, period.end);
      if (outside) errors.push(`periods[${i}]: ${outside}`);
    }
  });

  function precisionProblem(date: EventFile['date']): string | null {
    const { start, end, precision } = date;
    const s = parts(start);
    const e = parts(end);
    const sameMonth = s.year === e.year && s.month === e.month;
    switch (precision) {
      case 'year':
        return s.year === e.year && s.month === 1 && s.day === 1 && e.month === 12 && e.day === 31
          ? null
          : 'a year must run from 1 January to 31 December of one year';
      case 'month':
        return sameMonth && s.day === 1 && e.day === daysInMonth(e.year, e.month)
          ? null
          : 'a month must run from its first to its last day';
      case 'part-of-month':
        return sameMonth ? null : 'a part of a month must lie within one month';
      case 'days':
        return start === end ? 'a range of days must span more than one day (use "day")' : null;
      case 'day':
      case 'time':
        return start === end
          ? null
          : `${precision === 'day' ? 'an exact day' : 'a time'} must start and end on the same day`;
      case 'unknown':
        return null;
    }
  }

  /** `editorial`: the event is the newsroom's own text, its date too (no evidence required). */
  function checkDate(path: string, date: EventFile['date'], editorial: boolean): EventDate | null {
    const { start, end, precision } = date;
    if (compareCalendarDates(end, start) < 0) {
      errors.push(`${path}.end: ${end} is before start ${start}`);
      return null;
    }
    const problem = precisionProblem(date);
    if (problem) errors.push(`${path}.precision: "${precision}" but ${start}…${end}: ${problem}`);
    if (precision === 'time') {
      if (date.time === undefined)
        errors.push(`${path}.time: required with precision "time" (HH:MM, with its timeZone)`);
      else if (date.timeZone === undefined)
        errors.push(
          `${path}.timeZone: a time needs its time zone (an IANA zone such as "Asia/Vladivostok")`
        );
    } else
      for (const field of ['time', 'timeZone'] as const)
        if (date[field] !== undefined)
          errors.push(`${path}.${field}: only a date of precision "time" has a ${field}`);
    const outside = outsideBounds(start, end);
    if (outside) errors.push(`${path}: ${outside}`);

    const result: EventDate = {
      start,
      end,
      precision,
      ...(date.time !== undefined && { time: date.time }),
      ...(date.timeZone !== undefined && { timeZone: date.timeZone }),
      basis: date.expression ? 'document' : 'other-sources',
      ...(date.evidence && { evidence: date.evidence }),
      ...(date.display !== undefined && { display: date.display })
    };
    const expression = date.expression;
    if (!expression) {
      if (!date.evidence && !editorial)
        errors.push(
          `${path}.evidence: required when no document gives a date expression (cite the sources that establish the date)`
        );
      return result;
    }
    const at = `${path}.expression`;
    const doc = checkSpan(at, expression);
    if (!doc) return result;
    const whole = cutShort(doc.text, expression.start, expression.end, doc.language);
    if (whole) {
      errors.push(
        `${at}: ${excerpt(expression.text)} is cut short: ${doc.file} says ${excerpt(whole)}`
      );
      return result;
    }
    const anchor = doc.anchor;
    const resolved = readDateExpression(
      expression.text,
      anchor,
      doc.language,
      expression.tense && { tense: expression.tense }
    );
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

  /** A rich text field (body, introduction): in the subset, or an error naming what is not. */
  function checkRichText(path: string, stored: string | undefined): RichNode[] | undefined {
    if (stored === undefined) return undefined;
    const read = parseRichText(stored);
    if ('error' in read) {
      errors.push(`${path}: ${read.error}`);
      return undefined;
    }
    return read.nodes;
  }

  /** `media` is the path of the list ("media", "events[2].media"). */
  function checkMedia(path: string, media: NonNullable<EventFile['media']>): Media[] {
    const valid: Media[] = [];
    media.forEach((item, j) => {
      const at = `${path}[${j}]`;
      const { file, url, alt, caption, credit } = item;
      const extra = { ...(caption && { caption }), ...(credit && { credit }) };
      if ((file === undefined) === (url === undefined)) {
        errors.push(
          file === undefined
            ? `${at}: give a file (an image in the story's folder) or a url`
            : `${at}: give a file or a url, not both`
        );
        return;
      }
      if (url !== undefined) {
        valid.push({ url, ...(alt && { alt }), ...extra });
        return;
      }
      const name = file!;
      const segments = name.split(/[\\/]/);
      if (/^([\\/]|[a-z]:)/i.test(name) || segments.includes('..') || segments.includes('.'))
        errors.push(
          `${at}.file: ${JSON.stringify(name)} is outside the story's folder (give a path inside it, such as "media/photo.jpg")`
        );
      else if (segments[0] !== 'media' || segments.length < 2)
        // The site serves a story's images from /<story>/media/… (see paths.ts, mediaHref).
        errors.push(
          `${at}.file: ${JSON.stringify(name)} is not in the story's media folder (put the image there, such as "media/photo.jpg")`
        );
      else if (!RASTER_IMAGE.test(name))
        errors.push(
          `${at}.file: ${JSON.stringify(name)} is not an image the site shows (.jpg, .jpeg, .png, .webp, .gif or .avif)`
        );
      else if (!context.fileExists(name))
        errors.push(`${at}.file: ${JSON.stringify(name)} not found in the story's folder`);
      if (alt === undefined)
        errors.push(
          `${at}.alt: required for an image (what it shows, for readers who cannot see it)`
        );
      else valid.push({ file: name, alt, ...extra });
    });
    return valid;
  }

  /**
   * The event's lane: its actor's (claim.by, else the first actor), or, for an event without
   * actors, its own `lane`, one of the listed lanes. One truth: an event with actors may name a
   * lane only if it is its actor's.
   */
  function checkLane(path: string, event: EventFile): string | undefined {
    const actor = event.claim.by ?? event.actors[0];
    const actorLane = actor === undefined ? undefined : laneOf.get(actor);
    if (event.lane === undefined) {
      if (actor === undefined)
        errors.push(
          `${path}.lane: required for an event without actors (the id of one of the story's lanes)`
        );
      return actorLane;
    }
    if (!head.lanes) {
      // Lanes of the wrong shape are reported as such.
      if ((input as Record<string, unknown>).lanes === undefined)
        errors.push(
          `${path}.lane: "${event.lane}" names a lane, but the story lists none (list them in lanes)`
        );
      return undefined;
    }
    if (!head.lanes.some((l) => l.id === event.lane)) {
      errors.push(`${path}.lane: unknown lane "${event.lane}" (not in lanes)`);
      return undefined;
    }
    if (actor !== undefined && actorLane !== undefined && actorLane !== event.lane) {
      errors.push(
        `${path}.lane: "${event.lane}", but its actor "${actor}" is in lane "${actorLane}": leave lane out (the actor places the event) or make them agree`
      );
      return undefined;
    }
    return event.lane;
  }

  /** A colour drawn as a swatch, or an image address shown as a link: at least one. */
  function checkBackground(
    path: string,
    background: NonNullable<EventFile['background']>
  ): StoryEvent['background'] {
    const { color, url } = background;
    if (color === undefined && url === undefined) {
      errors.push(`${path}: give a color or a url (an image address, shown as a link)`);
      return undefined;
    }
    if (color !== undefined && !isSafeCssColor(color)) {
      errors.push(
        `${path}.color: ${excerpt(color)} is not a colour the site can draw (a hex colour such as #1a2b3c, rgb() or hsl() of numbers, or a CSS colour name)`
      );
      return undefined;
    }
    return { ...(color !== undefined && { color }), ...(url !== undefined && { url }) };
  }

  const storyMedia = checkMedia('media', head.media ?? []);

  const slugs = new Map<string, number>();
  const quoteIds = new Map<string, string>();
  const quoteAt = new Map<string, string>(); // "document:start-end" → path of the quote
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
    const body = checkRichText(`${path}.body`, event.body);
    if (body) checkCitedWords(`${path}.body`, richTextToPlain(body));
    event.actors.forEach((actorId, j) => knownActor(`${path}.actors[${j}]`, actorId));
    knownActor(`${path}.claim.by`, event.claim.by);
    if (event.claim.status === 'reported' && !event.claim.outlet)
      errors.push(`${path}.claim.outlet: required when the status is "reported"`);

    const basis: EventBasis =
      event.passages.length > 0 ? 'documents' : event.evidence ? 'evidence' : 'editorial';
    const date = checkDate(
      `${path}.date`,
      event.date,
      basis === 'editorial' && event.claim.status === 'editorial'
    );
    event.passages.forEach((passage, j) => checkSpan(`${path}.passages[${j}]`, passage));
    if (basis === 'editorial' && event.claim.status !== 'editorial')
      errors.push(
        `${path}.passages: stands on no passage: give passages, evidence (the sources that report it) or claim status "editorial"`
      );
    event.quotes.forEach((quote, j) => {
      const quotePath = `${path}.quotes[${j}]`;
      const previousId = quoteIds.get(quote.id);
      if (previousId)
        errors.push(`${quotePath}.id: duplicate quote id "${quote.id}" (also ${previousId})`);
      quoteIds.set(quote.id, quotePath);
      knownActor(`${quotePath}.speaker`, quote.speaker);
      const doc = checkSpan(quotePath, quote);
      if (!doc) return;
      if (!doc.quotationAt.has(`${quote.start}-${quote.end}`))
        errors.push(
          `${quotePath}: ${excerpt(quote.text)} is not a whole quotation of ${doc.file} (the text between « » or " ")`
        );
      const key = `${quote.document}:${quote.start}-${quote.end}`;
      const other = quoteAt.get(key);
      if (other) errors.push(`${quotePath}: the same quotation is already attached as ${other}`);
      quoteAt.set(key, quotePath);
    });
    const media = checkMedia(`${path}.media`, event.media ?? []);
    const lane = checkLane(path, event);
    const background = event.background && checkBackground(`${path}.background`, event.background);
    if (date && lane) {
      const {
        evidence,
        media: _media,
        body: _body,
        lane: _lane,
        attributedQuotes,
        background: _background,
        ...rest
      } = event;
      events.push({
        ...rest,
        ...(body && { body }),
        lane,
        date,
        basis,
        ...(evidence && { evidence }),
        attributedQuotes: attributedQuotes ?? [],
        media,
        ...(background && { background })
      });
    }
  });

  // With an event that could not be read, its quotes are unknown: only check when all were read.
  if (parsedEvents.every((event) => event !== undefined))
    for (const [id, doc] of documents)
      for (const quotation of doc.quotations)
        if (!quoteAt.has(`${id}:${quotation.start}-${quotation.end}`))
          errors.push(
            `documents[${doc.index}]: the quotation ${excerpt(quotation.text)} at ${quotation.start}–${quotation.end} of ${doc.file} belongs to no event's quotes`
          );

  if (errors.length > 0) return { ok: false, errors };
  const story = head as StoryHead; // every field parsed, or there would be errors
  const documentOrder = new Map(story.documents.map((d, i) => [d.id, i]));
  return {
    ok: true,
    story: {
      id: story.id,
      title: story.title,
      language: story.language,
      ...(introduction && { introduction }),
      media: storyMedia,
      documents: story.documents.map((doc) => ({ ...doc, text: documents.get(doc.id)!.text })),
      bounds: story.bounds,
      actors: story.actors,
      lanes,
      periods,
      events: events.sort((a, b) => compareEvents(a, b, documentOrder))
    }
  };
}
