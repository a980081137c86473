/**
 * The shape of a story file (content/stories/<id>/story.json), checked with valibot.
 * Build-time only: imported by the validator, which only server code and the Vite plugin load.
 */
import * as v from 'valibot';
import { isCalendarDate } from './calendar-date.ts';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
/** Words of the article, kept exactly: never trimmed, never normalised. */
const verbatim = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
);
const impossibleDate = (issue: v.BaseIssue<unknown>) =>
  `impossible date ${JSON.stringify(issue.input)} (expected a real day, YYYY-MM-DD)`;
const calendarDate = v.pipe(
  v.string(),
  // The pattern is for the JSON Schema (json-schema.ts), which cannot say "a real day".
  // Years before 1 and past 9999 as ISO 8601's expanded years, astronomically: "-0500-01-01".
  v.regex(/^-?\d{4,12}-\d{2}-\d{2}$/, impossibleDate),
  v.check((date: string) => isCalendarDate(date), impossibleDate)
);
const offset = v.pipe(
  v.number(),
  v.integer('must be a whole number'),
  v.minValue(0, 'must be ≥ 0')
);
const span = { start: offset, end: offset };
const url = v.pipe(
  v.string(),
  v.url('must be an absolute URL'),
  v.startsWith('https://', 'must be https')
);

export const CitationSchema = v.strictObject({
  outlet: text,
  site: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a host name such as tass.com')
    )
  ),
  title: v.optional(text),
  url: v.optional(url),
  /** Only where the source's date is known. */
  published: v.optional(calendarDate),
  excerpt: v.optional(text)
});

/** Whether the runtime knows `zone` as an IANA time zone ("Asia/Vladivostok"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const clockTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'));
const timeZone = v.pipe(
  v.string(),
  v.check(isTimeZone, (issue) => `unknown IANA time zone ${JSON.stringify(issue.input)}`)
);
/** A language tag: "fr", "en", "pt-BR". */
const languageTag = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as fr')
);
/** The languages the interface speaks: a story's language is one of them. */
export const STORY_LANGUAGES = ['fr', 'en'] as const;

/** Cited sources: what establishes a date, or reports an event no document reports. */
export const EvidenceSchema = v.strictObject({
  note: text,
  sources: v.pipe(v.array(CitationSchema), v.minLength(1, 'must cite at least one source'))
});

export const DocumentSchema = v.strictObject({
  id,
  file: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'must name a .txt file beside story.json')),
  title: v.optional(text),
  outlet: text,
  credit: text,
  language: languageTag,
  published: v.pipe(
    v.strictObject({
      date: calendarDate,
      time: v.optional(clockTime),
      timeZone: v.optional(timeZone)
    }),
    v.forward(
      v.check(
        (p) => (p.time === undefined) === (p.timeZone === undefined),
        'a time needs its time zone, and a time zone its time'
      ),
      ['timeZone']
    )
  ),
  url: v.optional(url),
  /** Where the publication date comes from, when it is not printed in the text. */
  note: v.optional(text),
  sources: v.optional(v.array(CitationSchema))
});

export const ActorSchema = v.strictObject({
  id,
  name: text,
  kind: v.picklist(['person', 'institution', 'country', 'outlet']),
  role: text,
  represents: text
});

/** A span of one of the story's documents: `document` is its id. */
const inDocument = { document: id, text: verbatim, ...span };

/**
 * What the drafting engine guessed (`npm run draft`), until an editor confirms it by removing
 * the mark: each note says one guess ("speaker guessed: « il » → Jake Sullivan (likely)").
 */
export const DraftMarkSchema = v.strictObject({
  notes: v.array(text)
});

export const QuoteSchema = v.strictObject({
  id,
  document: id,
  text: verbatim,
  ...span,
  speaker: id,
  outlet: v.optional(text),
  translation: v.optional(v.strictObject({ en: text })),
  /** A guess of the drafting engine (the speaker, most often), until an editor confirms it. */
  draft: v.optional(DraftMarkSchema)
});

export const LaneSchema = v.strictObject({
  id,
  label: text,
  represents: v.pipe(v.array(text), v.minLength(1, 'must name what the lane stands for'))
});

export const PeriodSchema = v.strictObject({
  id,
  label: text,
  start: calendarDate,
  end: calendarDate
});

/** An outside address that is only ever a link (never loaded): http or https. */
const linkUrl = v.pipe(
  v.string(),
  v.url('must be an absolute URL'),
  v.regex(/^https?:\/\//, 'must be http or https')
);

/**
 * Rich text: HTML reduced to a safe subset (paragraphs, line breaks, emphasis, lists, links to
 * http(s) addresses), as the TimelineJS importer writes it. The validator parses it with
 * rich-text.ts and rejects anything outside the subset.
 */
const richText = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** An image of the story's folder, or an outside address shown as a link (never loaded). */
export const MediaSchema = v.strictObject({
  file: v.optional(v.pipe(v.string(), v.nonEmpty('must not be empty'))),
  url: v.optional(linkUrl),
  alt: v.optional(text),
  caption: v.optional(text),
  credit: v.optional(text)
});

export const PRECISIONS = [
  'year',
  'month',
  'part-of-month',
  'days',
  'day',
  'time',
  'unknown'
] as const;

export const CLAIM_STATUSES = [
  'established',
  'stated',
  'announced',
  'reported',
  'denied',
  'refused-to-confirm',
  'editorial'
] as const;

/**
 * A quotation the timeline's author gives (a TimelineJS <blockquote>), not checked against any
 * document of the story: the panel says so.
 */
export const AttributedQuoteSchema = v.strictObject({
  text,
  /** Who said it, as the author wrote it ("Neil Armstrong, 20 July 1969"). */
  attribution: v.optional(text)
});

/**
 * A slide's background in TimelineJS, kept where it is safe: a CSS colour (hex, rgb()/hsl() with
 * numbers, or a named colour), or an image address shown as a link (never loaded).
 */
export const BackgroundSchema = v.strictObject({
  color: v.optional(text),
  url: v.optional(linkUrl)
});

export const EventSchema = v.strictObject({
  slug: id,
  title: text,
  short: v.optional(v.pipe(text, v.maxLength(48, 'must be at most 48 characters'))),
  summary: text,
  /** The event's text as rich text, shown in place of the summary where present. */
  body: v.optional(richText),
  /** The lane, by id, of an event no actor places (required when `actors` is empty). */
  lane: v.optional(id),
  date: v.strictObject({
    start: calendarDate,
    end: calendarDate,
    precision: v.picklist(PRECISIONS),
    /** Only with precision "time", with its zone: the local time where it happened. */
    time: v.optional(clockTime),
    timeZone: v.optional(timeZone),
    expression: v.optional(
      v.strictObject({
        ...inDocument,
        /**
         * The tense of the sentence the words stand in, where it decides the day: a bare
         * weekday in a future sentence ("doivent se rencontrer vendredi") is ahead. Past when absent.
         */
        tense: v.optional(v.picklist(['past', 'future']))
      })
    ),
    evidence: v.optional(EvidenceSchema),
    /** The date in the author's own words (TimelineJS's display_date: "Summer 1969"). */
    display: v.optional(text)
  }),
  /** The actors of the event; may be empty only for an event with a `lane`. */
  actors: v.array(id),
  claim: v.strictObject({
    status: v.picklist(CLAIM_STATUSES),
    by: v.optional(id),
    outlet: v.optional(text)
  }),
  passages: v.array(v.strictObject(inDocument)),
  evidence: v.optional(EvidenceSchema),
  quotes: v.array(QuoteSchema),
  attributedQuotes: v.optional(v.array(AttributedQuoteSchema)),
  media: v.optional(v.array(MediaSchema)),
  background: v.optional(BackgroundSchema),
  /** Proposed by the drafting engine, until an editor confirms it by removing the mark. */
  draft: v.optional(DraftMarkSchema)
});

const storyFields = {
  id,
  title: text,
  language: v.picklist(STORY_LANGUAGES),
  /** The story's introduction as rich text (a TimelineJS title slide's text). */
  introduction: v.optional(richText),
  /** Images or links that go with the introduction (a TimelineJS title slide's media). */
  media: v.optional(v.array(MediaSchema)),
  /** May be empty: an imported timeline whose events are all the newsroom's own text. */
  documents: v.array(DocumentSchema),
  bounds: v.strictObject({ start: calendarDate, end: calendarDate }),
  /** May be empty: events may then be placed in lanes by their `lane`. */
  actors: v.array(ActorSchema),
  lanes: v.optional(v.pipe(v.array(LaneSchema), v.minLength(1, 'must list at least one lane'))),
  periods: v.optional(v.array(PeriodSchema))
};

export const StoryFileSchema = v.strictObject({
  ...storyFields,
  events: v.pipe(v.array(EventSchema), v.minLength(1, 'must list at least one event'))
});

export type StoryFile = v.InferOutput<typeof StoryFileSchema>;
export type EventFile = v.InferOutput<typeof EventSchema>;
export type DocumentFile = v.InferOutput<typeof DocumentSchema>;

/** What the checks of spans need of a document, readable even where another field is wrong. */
const DocumentRefSchema = v.looseObject({
  id,
  file: DocumentSchema.entries.file,
  language: languageTag,
  published: v.looseObject({ date: calendarDate })
});
export type DocumentRef = Pick<DocumentFile, 'id' | 'file' | 'language'> & {
  published: { date: string };
};
export type StoryHead = Omit<StoryFile, 'events'>;

const describeValue = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/** `events[3].quotes[0].text`, from a valibot issue path. */
export function formatIssuePath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out || '(root)';
}

function describeIssues(
  issues: v.BaseIssue<unknown>[],
  prefix: (string | number)[] = []
): string[] {
  return issues.map((issue) => {
    const where = formatIssuePath([
      ...prefix,
      ...(issue.path ?? []).map((item) => item.key as string | number)
    ]);
    if (issue.received === 'undefined' && issue.kind === 'schema')
      return `${where}: required field is missing`;
    if (issue.type === 'strict_object' && issue.expected === 'never')
      return `${where}: unknown field`;
    if (issue.kind === 'schema')
      return `${where}: expected ${issue.expected}, got ${issue.received}`;
    return `${where}: ${issue.message}`;
  });
}

export interface ParsedStoryFile {
  /** Each of the story's own fields that has the right shape. */
  head: Partial<StoryHead>;
  /** Each document whose id, file, language and date have the right shape; undefined where not. */
  documents: (DocumentRef | undefined)[];
  /** Each event that has the right shape, at its index; undefined where it has not. */
  events: (EventFile | undefined)[];
  /** Every shape problem as "path: problem", in the order of the file. */
  errors: string[];
}

/**
 * Checks the shape of a story file field by field and event by event, so that one bad field
 * hides no other problem: what has the right shape can still be checked against the documents.
 */
export function parseStoryFile(input: unknown): ParsedStoryFile {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return {
      head: {},
      documents: [],
      events: [],
      errors: [`(root): expected a JSON object, got ${describeValue(input)}`]
    };
  const record = input as Record<string, unknown>;
  const errors: string[] = [];
  const head: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(storyFields)) {
    const field = v.safeParse(schema as v.GenericSchema, record[key]);
    if (field.success) {
      if (field.output !== undefined) head[key] = field.output;
    } else errors.push(...describeIssues(field.issues, [key]));
  }
  for (const key of Object.keys(record))
    if (!(key in storyFields) && key !== 'events') errors.push(`${key}: unknown field`);
  // A document with a bad field still has a text that the events' spans can be checked against.
  const documents = Array.isArray(record.documents)
    ? record.documents.map((raw) => {
        const document = v.safeParse(DocumentRefSchema, raw);
        return document.success ? (document.output as DocumentRef) : undefined;
      })
    : [];

  const rawEvents = record.events;
  if (!Array.isArray(rawEvents)) {
    errors.push(
      rawEvents === undefined
        ? 'events: required field is missing'
        : `events: expected Array, got ${describeValue(rawEvents)}`
    );
    return { head: head as Partial<StoryHead>, documents, events: [], errors };
  }
  if (rawEvents.length === 0) errors.push('events: must list at least one event');
  const events = rawEvents.map((raw, i) => {
    const event = v.safeParse(EventSchema, raw);
    if (!event.success) errors.push(...describeIssues(event.issues, ['events', i]));
    return event.success ? event.output : undefined;
  });
  return { head: head as Partial<StoryHead>, documents, events, errors };
}
