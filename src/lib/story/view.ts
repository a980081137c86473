/**
 * What the pages show, computed at build time from a validated Story: plain data with every
 * label already formatted, so the browser receives strings, not libraries.
 */
import {
  CLAIM_STATUS_LABELS,
  PRECISION_LABELS,
  formatDay,
  formatEventDate,
  formatShortDay
} from './format.ts';
import type { Actor, Citation, Story, StoryEvent } from './types.ts';

/** The event's path under the site's base: /<story>/<event>/ (trailing slash: see README). */
export const eventPath = (storyId: string, slug: string) => `/${storyId}/${slug}/`;
export const storyPath = (storyId: string) => `/${storyId}/`;

export interface EventLink {
  slug: string;
  title: string;
  /** First day, for <time datetime>. */
  start: string;
  end: string;
  precision: StoryEvent['date']['precision'];
  dateLabel: string;
  basis: StoryEvent['date']['basis'];
}

export interface StorySummary {
  id: string;
  title: string;
  outlet: string;
  credit: string;
  published: string;
  publishedLabel: string;
  events: EventLink[];
}

export interface CitationView extends Citation {
  /** "6 sept. 2023" */
  publishedLabel?: string;
}

export interface QuoteView {
  id: string;
  text: string;
  start: number;
  end: number;
  speaker: Pick<Actor, 'id' | 'name' | 'role' | 'represents'>;
  outlet?: string;
  translation?: string;
}

export interface EventView extends EventLink {
  summary: string;
  precisionLabel: string;
  /** The article's words and what they resolve to, where the article dates the event. */
  expression?: {
    text: string;
    resolvedLabel: string;
    explanation: string;
    start: number;
    end: number;
  };
  evidence?: { note: string; sources: CitationView[] };
  actors: Pick<Actor, 'id' | 'name' | 'role' | 'represents'>[];
  claim: { status: string; label: string; by?: string; outlet?: string };
  quotes: QuoteView[];
  previous?: Pick<EventLink, 'slug' | 'title'>;
  next?: Pick<EventLink, 'slug' | 'title'>;
}

/** The quote that stands for an event in its share preview: the longest, which says the most. */
export function keyQuote<T extends { text: string }>(quotes: readonly T[]): T | undefined {
  return quotes.reduce<T | undefined>(
    (best, q) => (!best || q.text.length > best.text.length ? q : best),
    undefined
  );
}

export function toEventLink(event: StoryEvent): EventLink {
  return {
    slug: event.slug,
    title: event.title,
    start: event.date.start,
    end: event.date.end,
    precision: event.date.precision,
    dateLabel: formatEventDate(event.date),
    basis: event.date.basis
  };
}

export function toStorySummary(story: Story): StorySummary {
  return {
    id: story.id,
    title: story.title,
    outlet: story.source.outlet,
    credit: story.source.credit,
    published: story.source.published.date,
    publishedLabel: formatDay(story.source.published.date),
    events: story.events.map(toEventLink)
  };
}

const person = ({ id, name, role, represents }: Actor) => ({ id, name, role, represents });

export function toEventView(story: Story, slug: string): EventView | undefined {
  const index = story.events.findIndex((e) => e.slug === slug);
  const event = story.events[index];
  if (!event) return undefined;
  const actor = (id: string) => person(story.actors.find((a) => a.id === id)!);
  const neighbour = (e: StoryEvent | undefined) =>
    e ? { slug: e.slug, title: e.title } : undefined;
  const { expression, evidence } = event.date;
  return {
    ...toEventLink(event),
    summary: event.summary,
    precisionLabel: PRECISION_LABELS[event.date.precision],
    ...(expression && {
      expression: {
        text: expression.text,
        resolvedLabel: formatEventDate(expression.resolved),
        explanation: expression.resolved.explanation,
        start: expression.start,
        end: expression.end
      }
    }),
    ...(evidence && {
      evidence: {
        note: evidence.note,
        sources: evidence.sources.map((c) => ({
          ...c,
          ...(c.published && { publishedLabel: formatShortDay(c.published) })
        }))
      }
    }),
    actors: event.actors.map(actor),
    claim: {
      status: event.claim.status,
      label: CLAIM_STATUS_LABELS[event.claim.status],
      ...(event.claim.by && { by: actor(event.claim.by).name }),
      ...(event.claim.outlet && { outlet: event.claim.outlet })
    },
    quotes: event.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: actor(q.speaker),
      ...(q.outlet && { outlet: q.outlet }),
      ...(q.translation && { translation: q.translation.en })
    })),
    previous: neighbour(story.events[index - 1]),
    next: neighbour(story.events[index + 1])
  };
}
