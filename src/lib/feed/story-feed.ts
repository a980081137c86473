/**
 * A story as Atom feeds, pure: one entry per event, dated by the documents that report it, newest
 * report first, so that a reader who follows the story sees what was added; and the home page's
 * feed of stories, one entry per story. The XML is atom.ts's; the paging archive.ts's.
 */
import { compareCalendarDates, type CalendarDate } from '../story/calendar-date.ts';
import { formatEventDate } from '../story/format.ts';
import { DEFAULT_LANGUAGE } from '../i18n/messages.ts';
import { storyLanguage } from '../story/page-data.ts';
import type { EventDate, Story, StoryEvent } from '../story/types.ts';
import { eventHref, storyFeedArchiveHref, storyFeedHref, storyHref } from '../paths.ts';
import { archiveLinks, feedPages, FEED_ENTRIES_MAX } from './archive.ts';
import {
  atomDateTime,
  atomDocument,
  xmlText,
  type AtomCategory,
  type AtomEntry,
  type AtomPerson
} from './atom.ts';

/**
 * An entry's date when nothing dates it: no dated document or source (an imported timeline) and
 * no known day the story changed (story-changed.ts, which the built site always knows). The Unix
 * epoch, the same at every build, says "unknown" rather than a day the story claims.
 */
export const UNKNOWN_UPDATED = '1970-01-01T00:00:00Z';

/**
 * The scheme of an entry's date category: the Extended Date/Time Format (EDTF, ISO 8601-2), whose
 * level 0 writes a day, a month, a year, a day and time and an interval of days.
 */
export const EVENT_DATE_SCHEME = 'http://id.loc.gov/datatypes/edtf';

/** What the site tells every feed: its public origin, its name and icon. */
export interface FeedSite {
  /** The site's origin ("https://chronologie.example.org"), before the base path. */
  origin: string;
  name: string;
  /** The site's home page, absolute. */
  home: string;
  /** The site's icon, absolute. */
  icon?: string;
}

/** One document of a story's feed: its path under the story ("feed.xml"…) and its text. */
export interface FeedFile {
  file: string;
  xml: string;
}

const byDate = (a: CalendarDate, b: CalendarDate) => compareCalendarDates(a, b);
const latest = (dates: CalendarDate[]) => [...dates].sort(byDate).at(-1);
const earliest = (dates: CalendarDate[]) => [...dates].sort(byDate)[0];
/** Dates Atom can write (years 0000–9999) only. */
const writable = (dates: (CalendarDate | undefined)[]) =>
  dates.filter((d): d is CalendarDate => d !== undefined && atomDateTime(d) !== undefined);

/** The event's date in EDTF, where the format writes it (see EVENT_DATE_SCHEME). */
export function edtfDate(date: Pick<EventDate, 'start' | 'end' | 'precision' | 'time'>) {
  const day = /^(-?\d{4})-(\d{2})-(\d{2})$/;
  const start = day.exec(date.start);
  const end = day.exec(date.end);
  if (date.precision === 'year') {
    const year = /^(-?\d+)-/.exec(date.start)![1]!;
    return /^-?\d{4}$/.test(year) ? year : `Y${Number(year)}`;
  }
  if (!start || !end) return undefined;
  switch (date.precision) {
    case 'time':
      return date.time ? `${date.start}T${date.time}:00` : date.start;
    case 'day':
      return date.start;
    case 'month':
      return `${start[1]}-${start[2]}`;
    case 'days':
    case 'part-of-month':
      return date.start === date.end ? date.start : `${date.start}/${date.end}`;
    case 'unknown':
      return undefined;
  }
}

/**
 * What dates an event and who reports it: the publication days of the documents it stands in
 * (its passages' and quotes'), else of the sources its evidence cites, else the story's latest
 * document's; their outlets.
 */
export function eventReports(story: Pick<Story, 'documents'>, event: StoryEvent) {
  const ids = new Set([...event.passages, ...event.quotes].map((span) => span.document));
  const documents = story.documents.filter((d) => ids.has(d.id));
  const reported = writable(documents.map((d) => d.published.date));
  const cited = writable(
    [...(event.evidence?.sources ?? []), ...(event.date.evidence?.sources ?? [])].map(
      (c) => c.published
    )
  );
  const dates =
    reported.length > 0
      ? reported
      : cited.length > 0
        ? cited
        : writable(story.documents.map((d) => d.published.date));
  return {
    updated: latest(dates),
    published: earliest(dates),
    outlets: [...new Set(documents.map((d) => d.outlet))]
  };
}

/**
 * The day a story was last added to: the latest of its events' report days (undefined when none
 * is dated), the `updated` of its feed and of its entry in the stories' feed. An event nothing
 * dates counts as of `changed`, the day the story last changed, as its feed entry does.
 */
export function storyUpdated(story: Story, changed?: CalendarDate) {
  const days = story.events.map((event) => eventReports(story, event).updated);
  return latest(writable(changed && days.includes(undefined) ? [...days, changed] : days));
}

/** An event's entry, with the day its report dates it by (undefined: none). */
interface DatedEntry {
  day: CalendarDate | undefined;
  index: number;
  entry: AtomEntry;
}

const escapeHtml = xmlText;

/**
 * Each event's entry, newest report first, then in the story's order. An entry no document dates
 * is `updated` on `changed`, the day the story last changed (story-changed.ts), if known.
 */
export function storyFeedEntries(
  story: Story,
  site: Pick<FeedSite, 'origin'>,
  changed?: CalendarDate
): AtomEntry[] {
  const lang = storyLanguage(story);
  const dated: DatedEntry[] = story.events.map((event, index) => {
    const { updated, published, outlets } = eventReports(story, event);
    const url = site.origin + eventHref(story.id, event.slug);
    const label = formatEventDate(event.date, lang);
    const term = edtfDate(event.date);
    const category: AtomCategory[] = term ? [{ term, scheme: EVENT_DATE_SCHEME, label }] : [];
    return {
      day: updated,
      index,
      entry: {
        id: url,
        title: event.title,
        link: url,
        updated: atomDateTime(updated ?? changed ?? '') ?? UNKNOWN_UPDATED,
        ...(published && { published: atomDateTime(published)! }),
        authors: outlets.map((name): AtomPerson => ({ name })),
        categories: category,
        summary: event.summary,
        contentHtml: `<p><strong>${escapeHtml(label)}</strong></p>\n<p>${escapeHtml(event.summary)}</p>`
      }
    };
  });
  dated.sort(
    (a, b) =>
      (a.day === undefined ? 1 : 0) - (b.day === undefined ? 1 : 0) ||
      (a.day && b.day ? byDate(b.day, a.day) : 0) ||
      a.index - b.index
  );
  return dated.map((d) => d.entry);
}

/** The latest `updated` of some entries (RFC 3339 texts of one form compare as text). */
const latestUpdated = (entries: readonly Pick<AtomEntry, 'updated'>[]) =>
  entries.reduce((a, e) => (e.updated > a ? e.updated : a), UNKNOWN_UPDATED);

/**
 * The story's feed documents: `feed.xml`, and past `limit` events its archives
 * (`feed-archive-1.xml`…, the oldest first), each entry in one of them.
 */
export function storyFeedFiles(
  story: Story,
  site: FeedSite,
  limit = FEED_ENTRIES_MAX,
  changed?: CalendarDate
): [FeedFile, ...FeedFile[]] {
  const entries = storyFeedEntries(story, site, changed);
  const { current, archives } = feedPages(entries, limit);
  const subscription = site.origin + storyFeedHref(story.id);
  const archiveUrl = (n: number) => site.origin + storyFeedArchiveHref(story.id, n);
  const outlets = [...new Set(story.documents.map((d) => d.outlet))];
  const document = (own: AtomEntry[], archive: number | undefined) =>
    atomDocument({
      // One feed, whichever of its documents: the archives share the subscription's id.
      id: subscription,
      title: story.title,
      updated: latestUpdated(own),
      lang: story.language,
      authors: (outlets.length > 0 ? outlets : [site.name]).map((name) => ({ name })),
      links: [
        {
          rel: 'self',
          type: 'application/atom+xml',
          href: archive === undefined ? subscription : archiveUrl(archive)
        },
        { rel: 'alternate', type: 'text/html', href: site.origin + storyHref(story.id) },
        ...archiveLinks(archives.length, archive).map(({ rel, archive: n }) => ({
          rel,
          type: 'application/atom+xml',
          href: n === undefined ? subscription : archiveUrl(n)
        }))
      ],
      generator: { name: site.name, uri: site.home },
      ...(site.icon && { icon: site.icon }),
      history: archive !== undefined ? 'archive' : archives.length === 0 ? 'complete' : undefined,
      entries: own
    });
  return [
    { file: 'feed.xml', xml: document(current, undefined) },
    ...archives.map((own, i) => ({ file: archiveFile(i + 1), xml: document(own, i + 1) }))
  ];
}

/** An archive's file name under its story: feed-archive-1.xml, … */
export const archiveFile = (n: number) => `feed-archive-${n}.xml`;

/** One story as the home page's feed lists it. */
export interface StoryFeedItem {
  id: string;
  title: string;
  lang: string;
  /** The introduction, or what the story's share preview says of it. */
  summary: string;
  /** The day it was last added to (storyUpdated), and its first document's day. */
  updated?: CalendarDate;
  published?: CalendarDate;
  outlets: string[];
}

/** The home page's feed: one entry per story, the most recently published first. */
export function storiesFeed(stories: readonly StoryFeedItem[], site: FeedSite, self: string) {
  const entries = stories
    .map((story, index) => ({ story, index }))
    .sort(
      (a, b) =>
        (a.story.updated === undefined ? 1 : 0) - (b.story.updated === undefined ? 1 : 0) ||
        (a.story.updated && b.story.updated ? byDate(b.story.updated, a.story.updated) : 0) ||
        a.index - b.index
    )
    .map(({ story }): AtomEntry => {
      const url = site.origin + storyHref(story.id);
      const updated = story.updated && atomDateTime(story.updated);
      const published = story.published && atomDateTime(story.published);
      return {
        id: url,
        title: story.title,
        link: url,
        updated: updated || UNKNOWN_UPDATED,
        ...(published && { published }),
        authors: story.outlets.map((name) => ({ name })),
        categories: [],
        summary: story.summary,
        lang: story.lang
      };
    });
  return atomDocument({
    id: self,
    title: site.name,
    updated: latestUpdated(entries),
    lang: DEFAULT_LANGUAGE,
    authors: [{ name: site.name, uri: site.home }],
    links: [
      { rel: 'self', type: 'application/atom+xml', href: self },
      { rel: 'alternate', type: 'text/html', href: site.home }
    ],
    generator: { name: site.name, uri: site.home },
    ...(site.icon && { icon: site.icon }),
    history: 'complete',
    entries
  });
}
