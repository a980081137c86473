/**
 * What the pages show, computed at build time from a validated Story: plain data with every
 * label already formatted, so the browser receives strings, not libraries.
 */
import { compareCalendarDates } from './calendar-date.ts';
import { formatCount } from './count.ts';
import { interfaceLanguage, type Language } from '../i18n/messages.ts';
import {
  claimStatusLabel,
  formatDay,
  formatEventDate,
  formatShortDay,
  precisionLabel
} from './format.ts';
import { mediaHref } from '../paths.ts';
import { latestDocument } from './documents.ts';
import type {
  Actor,
  AttributedQuote,
  Background,
  Citation,
  EventBasis,
  Media,
  RichNode,
  Story,
  StoryDocument,
  StoryEvent
} from './types.ts';

export interface EventLink {
  slug: string;
  title: string;
  /** First day, for <time datetime>. */
  start: string;
  end: string;
  precision: StoryEvent['date']['precision'];
  dateLabel: string;
}

/** A source document as the pages name it: no text. */
export interface DocumentSummary {
  id: string;
  title?: string;
  outlet: string;
  credit: string;
  language: string;
  published: string;
  publishedLabel: string;
  /** "HH:MM" and its IANA zone, where the time is known. */
  time?: string;
  timeZone?: string;
  url?: string;
}

export interface StorySummary {
  id: string;
  /** The language its pages speak. */
  lang: Language;
  title: string;
  /**
   * Outlet, credit and publication date of the story's latest document; none of them for a
   * story without documents (an imported timeline, the newsroom's own text).
   */
  outlet?: string;
  /** Every document's outlet, once each, in the story file's order (none without documents). */
  outlets: string[];
  /** The outlets as the story's language lists them: "AFP et Libération". */
  outletsLabel: string;
  credit?: string;
  published?: string;
  publishedLabel?: string;
  /** The story's introduction (a TimelineJS title slide's text), shown under its title. */
  introduction?: RichNode[];
  /** Images or links that go with the introduction. */
  media: MediaView[];
  eventCount: number;
  /** Events still marked as drafts (npm run draft), which an editor has not confirmed. */
  draftCount?: number;
  /** The count as the story's language writes it: "10 000" in French. */
  eventCountLabel: string;
  /** The last day of the story's events ("5 septembre 2023"). */
  lastDayLabel: string;
  /** In the story file's order. */
  documents: DocumentSummary[];
}

/**
 * Long stories do not travel whole in every page: past this many events, the timeline's data
 * is one file (/<story>/timeline.json) that the browser fetches once.
 */
export const INLINE_EVENTS_MAX = 200;
/** The chronological list shows this many events a page (/<story>/liste/<n>/ from page 2). */
export const LIST_PAGE_SIZE = 100;
/** Past this many events, an event's share image is its story's: see README, "Scale". */
export const EVENT_IMAGES_MAX = 200;

/** One page of the chronological list. */
export interface ListPage {
  /** 1-based. */
  number: number;
  pages: number;
  total: number;
  /** The 0-based index of the page's first event in the story. */
  offset: number;
  events: EventLink[];
  /**
   * What the pager reads, as the story's language writes it: page 11 "sur" 100, events
   * "1 001" to "1 100" "sur" "10 000".
   */
  labels: { number: string; pages: string; first: string; last: string; total: string };
}

export const listPageCount = (eventCount: number) =>
  Math.max(1, Math.ceil(eventCount / LIST_PAGE_SIZE));

/** Page `number` of the story's list, or undefined when it has no such page. */
export function toListPage(story: Story, number: number): ListPage | undefined {
  const pages = listPageCount(story.events.length);
  if (!Number.isInteger(number) || number < 1 || number > pages) return undefined;
  const offset = (number - 1) * LIST_PAGE_SIZE;
  const events = story.events
    .slice(offset, offset + LIST_PAGE_SIZE)
    .map((event) => toEventLink(event, storyLanguage(story)));
  // Written here, at build time, so that the browser's script has no counts to format.
  const count = (n: number) => formatCount(n, story.language);
  return {
    number,
    pages,
    total: story.events.length,
    offset,
    events,
    labels: {
      number: count(number),
      pages: count(pages),
      first: count(offset + 1),
      last: count(offset + events.length),
      total: count(story.events.length)
    }
  };
}

/** The number of the list's page that holds the event at `index`. */
export const listPageNumber = (index: number) => Math.floor(index / LIST_PAGE_SIZE) + 1;

export interface CitationView extends Citation {
  /** "6 sept. 2023" */
  publishedLabel?: string;
}

export interface QuoteView {
  id: string;
  /** The id of the document the quote stands in. */
  document: string;
  text: string;
  start: number;
  end: number;
  speaker: Pick<Actor, 'id' | 'name' | 'role' | 'represents'>;
  outlet?: string;
  translation?: string;
}

/** A span of a document that reports the event. */
export interface PassageView {
  document: string;
  text: string;
  start: number;
  end: number;
}

/** An image of the story's folder, at its site address, or an outside address shown as a link. */
export type MediaView = { caption?: string; credit?: string } & (
  | { kind: 'image'; src: string; alt: string; width?: number; height?: number }
  | { kind: 'link'; url: string; host: string; alt?: string }
);

export interface EventView extends EventLink {
  summary: string;
  /** The event's text as rich text, shown in place of the summary where present. */
  body?: RichNode[];
  /** The date in the author's own words ("Été 1969"), shown with the computed `dateLabel`. */
  displayDate?: string;
  /** Quotations the timeline's author gives, checked against no document. */
  attributedQuotes: AttributedQuote[];
  /** A colour drawn as a swatch, an image address shown as a link (never loaded). */
  background?: Background;
  precisionLabel: string;
  /** With precision "time": the local time ("HH:MM") and the IANA zone it is in. */
  time?: string;
  timeZone?: string;
  /** What the event stands on: the documents' words, cited evidence, or the newsroom's text. */
  basis: EventBasis;
  /** Where the date comes from: a document's words, or other sources. */
  dateBasis: StoryEvent['date']['basis'];
  /** The document's words and what they resolve to, where a document dates the event. */
  expression?: {
    document: string;
    text: string;
    resolvedLabel: string;
    explanation: string;
    start: number;
    end: number;
  };
  /** The sources that establish or narrow the date. */
  dateEvidence?: { note: string; sources: CitationView[] };
  /** The sources that report the event when no document does. */
  evidence?: { note: string; sources: CitationView[] };
  passages: PassageView[];
  media: MediaView[];
  actors: Pick<Actor, 'id' | 'name' | 'role' | 'represents'>[];
  claim: { status: string; label: string; by?: string; outlet?: string };
  quotes: QuoteView[];
  /**
   * What the drafting engine guessed and an editor has not confirmed: the event's notes, then
   * each draft quote's, after its words. Absent once confirmed.
   */
  draft?: { notes: string[]; quotes: { text: string; notes: string[] }[] };
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

/** The language a story's pages speak (its interface's, of those the site has). */
export const storyLanguage = (story: Pick<Story, 'language'>): Language =>
  interfaceLanguage(story.language);

export function toEventLink(event: StoryEvent, lang: Language): EventLink {
  return {
    slug: event.slug,
    title: event.title,
    start: event.date.start,
    end: event.date.end,
    precision: event.date.precision,
    dateLabel: formatEventDate(event.date, lang)
  };
}

function toDocumentSummary(doc: StoryDocument, lang: Language): DocumentSummary {
  return {
    id: doc.id,
    ...(doc.title && { title: doc.title }),
    outlet: doc.outlet,
    credit: doc.credit,
    language: doc.language,
    published: doc.published.date,
    publishedLabel: formatDay(doc.published.date, lang),
    ...(doc.published.time && { time: doc.published.time, timeZone: doc.published.timeZone }),
    ...(doc.url && { url: doc.url })
  };
}

export function toStorySummary(story: Story): StorySummary {
  const latest = latestDocument(story);
  const lang = storyLanguage(story);
  return {
    id: story.id,
    lang,
    title: story.title,
    outlets: [...new Set(story.documents.map((d) => d.outlet))],
    outletsLabel: new Intl.ListFormat(lang, { type: 'conjunction' }).format(
      new Set(story.documents.map((d) => d.outlet))
    ),
    ...(latest && {
      outlet: latest.outlet,
      credit: latest.credit,
      published: latest.published.date,
      publishedLabel: formatDay(latest.published.date, lang)
    }),
    ...(story.introduction && { introduction: story.introduction }),
    media: story.media.map((m) => toMediaView(story.id, m)),
    eventCount: story.events.length,
    ...(story.events.some((e) => e.draft || e.quotes.some((q) => q.draft)) && {
      draftCount: story.events.filter((e) => e.draft || e.quotes.some((q) => q.draft)).length
    }),
    eventCountLabel: formatCount(story.events.length, story.language),
    lastDayLabel: formatDay(
      story.events.reduce(
        (last, e) => (compareCalendarDates(e.date.end, last) > 0 ? e.date.end : last),
        story.events[0]!.date.end
      ),
      lang
    ),
    documents: story.documents.map((doc) => toDocumentSummary(doc, lang))
  };
}

const citations = (evidence: { note: string; sources: Citation[] }, lang: Language) => ({
  note: evidence.note,
  sources: evidence.sources.map((c) => ({
    ...c,
    ...(c.published && { publishedLabel: formatShortDay(c.published, lang) })
  }))
});

/** A media item as the panel shows it: a file at its address under the story, a url by its host. */
export function toMediaView(storyId: string, media: Media): MediaView {
  const about = {
    ...(media.caption && { caption: media.caption }),
    ...(media.credit && { credit: media.credit })
  };
  if ('file' in media)
    return { kind: 'image', src: mediaHref(storyId, media.file), alt: media.alt, ...about };
  return {
    kind: 'link',
    url: media.url,
    host: new URL(media.url).hostname,
    ...(media.alt && { alt: media.alt }),
    ...about
  };
}

const person = ({ id, name, role, represents }: Actor) => ({ id, name, role, represents });

export function toEventView(
  story: Story,
  slug: string,
  /** Where the event is in story.events, when the caller knows. */
  index = story.events.findIndex((e) => e.slug === slug)
): EventView | undefined {
  const event = story.events[index];
  if (!event || event.slug !== slug) return undefined;
  const actor = (id: string) => person(story.actors.find((a) => a.id === id)!);
  const neighbour = (e: StoryEvent | undefined) =>
    e ? { slug: e.slug, title: e.title } : undefined;
  const { expression, evidence } = event.date;
  const lang = storyLanguage(story);
  return {
    ...toEventLink(event, lang),
    summary: event.summary,
    ...(event.body && { body: event.body }),
    ...(event.date.display && { displayDate: event.date.display }),
    attributedQuotes: event.attributedQuotes,
    ...(event.background && { background: event.background }),
    precisionLabel: precisionLabel(event.date.precision, lang),
    ...(event.date.time && { time: event.date.time, timeZone: event.date.timeZone }),
    basis: event.basis,
    dateBasis: event.date.basis,
    ...(expression && {
      expression: {
        document: expression.document,
        text: expression.text,
        resolvedLabel: formatEventDate(expression.resolved, lang),
        explanation: expression.resolved.explanation,
        start: expression.start,
        end: expression.end
      }
    }),
    ...(evidence && { dateEvidence: citations(evidence, lang) }),
    ...(event.evidence && { evidence: citations(event.evidence, lang) }),
    passages: event.passages.map(({ document, text, start, end }) => ({
      document,
      text,
      start,
      end
    })),
    media: event.media.map((m) => toMediaView(story.id, m)),
    actors: event.actors.map(actor),
    claim: {
      status: event.claim.status,
      label: claimStatusLabel(event.claim.status, lang),
      ...(event.claim.by && { by: actor(event.claim.by).name }),
      ...(event.claim.outlet && { outlet: event.claim.outlet })
    },
    quotes: event.quotes.map((q) => ({
      id: q.id,
      document: q.document,
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: actor(q.speaker),
      ...(q.outlet && { outlet: q.outlet }),
      ...(q.translation && { translation: q.translation.en })
    })),
    ...((event.draft || event.quotes.some((q) => q.draft)) && {
      draft: {
        notes: event.draft?.notes ?? [],
        quotes: event.quotes.flatMap((q) =>
          q.draft ? [{ text: q.text, notes: q.draft.notes }] : []
        )
      }
    }),
    previous: neighbour(story.events[index - 1]),
    next: neighbour(story.events[index + 1])
  };
}
