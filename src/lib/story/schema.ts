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
const calendarDate = v.pipe(
  v.string(),
  v.check(
    (date: string) => isCalendarDate(date),
    (issue) => `impossible date ${JSON.stringify(issue.input)} (expected a real day, YYYY-MM-DD)`
  )
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

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const SourceSchema = v.strictObject({
  outlet: text,
  published: v.pipe(
    v.strictObject({
      date: calendarDate,
      time: v.optional(v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'))),
      timeZone: v.optional(
        v.pipe(
          v.string(),
          v.check(isTimeZone, (issue) => `unknown IANA time zone ${JSON.stringify(issue.input)}`)
        )
      )
    }),
    v.forward(
      v.check(
        (p) => (p.time === undefined) === (p.timeZone === undefined),
        'a time needs its time zone, and a time zone its time'
      ),
      ['timeZone']
    )
  ),
  credit: text,
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

export const QuoteSchema = v.strictObject({
  id,
  text: verbatim,
  ...span,
  speaker: id,
  outlet: v.optional(text),
  translation: v.optional(v.strictObject({ en: text }))
});

export const LaneSchema = v.strictObject({
  id,
  label: text,
  represents: v.pipe(v.array(text), v.minLength(1, 'must name what the lane stands for'))
});

export const EventSchema = v.strictObject({
  slug: id,
  title: text,
  short: v.optional(v.pipe(text, v.maxLength(48, 'must be at most 48 characters'))),
  summary: text,
  date: v.strictObject({
    start: calendarDate,
    end: calendarDate,
    precision: v.picklist(['day', 'days', 'part-of-month', 'month', 'unknown']),
    expression: v.optional(v.strictObject({ text: verbatim, ...span })),
    evidence: v.optional(
      v.strictObject({
        note: text,
        sources: v.pipe(v.array(CitationSchema), v.minLength(1, 'must cite at least one source'))
      })
    )
  }),
  actors: v.pipe(v.array(id), v.minLength(1, 'must name at least one actor')),
  claim: v.strictObject({
    status: v.picklist([
      'established',
      'stated',
      'announced',
      'reported',
      'denied',
      'refused-to-confirm'
    ]),
    by: v.optional(id),
    outlet: v.optional(text)
  }),
  passages: v.pipe(
    v.array(v.strictObject({ text: verbatim, ...span })),
    v.minLength(1, 'must point to at least one span of the article')
  ),
  quotes: v.array(QuoteSchema)
});

const storyFields = {
  id,
  title: text,
  language: v.pipe(
    v.string(),
    v.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as fr')
  ),
  article: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'must name a .txt file beside story.json')),
  source: SourceSchema,
  period: v.strictObject({ start: calendarDate, end: calendarDate }),
  actors: v.pipe(v.array(ActorSchema), v.minLength(1, 'must list at least one actor')),
  lanes: v.optional(v.pipe(v.array(LaneSchema), v.minLength(1, 'must list at least one lane')))
};

export const StoryFileSchema = v.strictObject({
  ...storyFields,
  events: v.pipe(v.array(EventSchema), v.minLength(1, 'must list at least one event'))
});

export type StoryFile = v.InferOutput<typeof StoryFileSchema>;
export type EventFile = v.InferOutput<typeof EventSchema>;
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
  /** Each event that has the right shape, at its index; undefined where it has not. */
  events: (EventFile | undefined)[];
  /** Every shape problem as "path: problem", in the order of the file. */
  errors: string[];
}

/**
 * Checks the shape of a story file field by field and event by event, so that one bad field
 * hides no other problem: what has the right shape can still be checked against the article.
 */
export function parseStoryFile(input: unknown): ParsedStoryFile {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return {
      head: {},
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

  const rawEvents = record.events;
  if (!Array.isArray(rawEvents)) {
    errors.push(
      rawEvents === undefined
        ? 'events: required field is missing'
        : `events: expected Array, got ${describeValue(rawEvents)}`
    );
    return { head: head as Partial<StoryHead>, events: [], errors };
  }
  if (rawEvents.length === 0) errors.push('events: must list at least one event');
  const events = rawEvents.map((raw, i) => {
    const event = v.safeParse(EventSchema, raw);
    if (!event.success) errors.push(...describeIssues(event.issues, ['events', i]));
    return event.success ? event.output : undefined;
  });
  return { head: head as Partial<StoryHead>, events, errors };
}
