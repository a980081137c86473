/**
 * The shape of a story file (content/stories/<id>/story.json), checked with valibot.
 * Build-time only: imported by the validator, which only server code and the Vite plugin load.
 */
import * as v from 'valibot';
import { isCalendarDate } from './calendar-date.ts';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
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
  published: calendarDate,
  excerpt: v.optional(text)
});

export const SourceSchema = v.strictObject({
  outlet: text,
  published: v.strictObject({
    date: calendarDate,
    time: v.optional(v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'))),
    timeZone: v.optional(text)
  }),
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
  text,
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
    expression: v.optional(v.strictObject({ text, ...span })),
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
    v.array(v.strictObject({ text, ...span })),
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

/** The story without its events, so that each event is checked on its own. */
const StoryHeadSchema = v.strictObject({
  ...storyFields,
  events: v.pipe(v.array(v.unknown()), v.minLength(1, 'must list at least one event'))
});

export type StoryFile = v.InferOutput<typeof StoryFileSchema>;
export type EventFile = v.InferOutput<typeof EventSchema>;
export type StoryHead = Omit<StoryFile, 'events'>;

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
  /** Everything but the events, when it has the right shape. */
  head?: StoryHead;
  /** Each event that has the right shape, at its index; undefined where it has not. */
  events: (EventFile | undefined)[];
  /** Every shape problem as "path: problem", in the order of the file. */
  errors: string[];
}

/** Checks the shape of a story file, event by event, so one bad event hides no other error. */
export function parseStoryFile(input: unknown): ParsedStoryFile {
  const head = v.safeParse(StoryHeadSchema, input);
  const errors = head.success ? [] : describeIssues(head.issues);
  const rawEvents =
    typeof input === 'object' &&
    input !== null &&
    Array.isArray((input as { events?: unknown }).events)
      ? (input as { events: unknown[] }).events
      : [];
  const events = rawEvents.map((raw, i) => {
    const event = v.safeParse(EventSchema, raw);
    if (!event.success) errors.push(...describeIssues(event.issues, ['events', i]));
    return event.success ? event.output : undefined;
  });
  if (!head.success) return { events, errors };
  const { events: _events, ...rest } = head.output;
  return { head: rest, events, errors };
}
