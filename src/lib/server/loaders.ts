/**
 * The loads shared by the site's pages and the embed's: the same story, timeline, list and
 * event data, prerendered for every story, list page and event.
 */
import { error } from '@sveltejs/kit';
import {
  EVENT_IMAGES_MAX,
  INLINE_EVENTS_MAX,
  listPageCount,
  listPageNumber,
  toEventView,
  toListPage,
  toStorySummary,
  type ListPage
} from '../story/page-data.ts';
import { searchWords } from '../story/search.ts';
import { toTimelineData, type TimelineData } from '../timeline/timeline-data.ts';
import type { Story } from '../story/types.ts';
import { messagesFor } from '../i18n/catalogues.ts';
import { withImageSizes } from './media.ts';
import { findStory, loadStories } from './stories.ts';

/** A missing page's message, in the site's language (a missing story has none of its own). */
const { t } = messagesFor();

export const storyEntries = () => loadStories().map((story) => ({ story: story.id }));

export const eventEntries = () =>
  loadStories().flatMap((story) =>
    story.events.map((event) => ({ story: story.id, event: event.slug }))
  );

/** The old address of a story's one article, for the stories that have documents. */
export const articleEntries = () =>
  loadStories()
    .filter((story) => story.documents.length > 0)
    .map((story) => ({ story: story.id }));

/** Every story's source documents: /<story>/sources/<document>/. */
export const documentEntries = () =>
  loadStories().flatMap((story) =>
    story.documents.map((doc) => ({ story: story.id, document: doc.id }))
  );

/** The events that have a share image of their own: those of stories up to EVENT_IMAGES_MAX. */
export const eventImageEntries = () =>
  loadStories()
    .filter((story) => story.events.length <= EVENT_IMAGES_MAX)
    .flatMap((story) => story.events.map((event) => ({ story: story.id, event: event.slug })));

/** The list's pages after the first (which is the story's own page): /<story>/liste/<n>/. */
export const listEntries = () =>
  loadStories().flatMap((story) =>
    Array.from({ length: listPageCount(story.events.length) - 1 }, (_, i) => ({
      story: story.id,
      page: String(i + 2)
    }))
  );

/** What every page of a story shares, made once per story (each event page asks for it). */
const shared = new WeakMap<Story, ReturnType<typeof storyLayout>>();
/** Each story's timeline, made once: its pages and its timeline.json share it. */
const timelines = new WeakMap<Story, TimelineData>();
/** Each story's events by slug, and its list's pages, made once (10,000 event pages ask). */
const indexes = new WeakMap<Story, Map<string, number>>();
const listPages = new WeakMap<Story, Map<number, ListPage>>();

function eventIndex(story: Story, slug: string): number {
  let index = indexes.get(story);
  if (!index) indexes.set(story, (index = new Map(story.events.map((e, i) => [e.slug, i]))));
  return index.get(slug) ?? -1;
}

function listPage(story: Story, number: number): ListPage | undefined {
  let pages = listPages.get(story);
  if (!pages) listPages.set(story, (pages = new Map()));
  if (!pages.has(number)) {
    const page = toListPage(story, number);
    if (page) pages.set(number, page);
  }
  return pages.get(number);
}

function timelineOf(story: Story): TimelineData {
  let timeline = timelines.get(story);
  if (!timeline) timelines.set(story, (timeline = toTimelineData(story)));
  return timeline;
}

function storyLayout(story: Story) {
  const timeline = timelineOf(story);
  const summary = toStorySummary(story);
  return {
    story: { ...summary, media: withImageSizes(story.id, story.media, summary.media) },
    timeline: story.events.length > INLINE_EVENTS_MAX ? { ...timeline, events: [] } : timeline
  };
}

function storyOr404(storyId: string) {
  const story = findStory(storyId);
  if (!story) error(404, t('error.story'));
  return story;
}

/**
 * The story and its timeline. A long story's events are left out (the browser fetches them
 * once, from /<story>/timeline.json): every page would otherwise carry all of them.
 */
export function loadStoryLayout(storyId: string) {
  const story = storyOr404(storyId);
  let layout = shared.get(story);
  if (!layout) shared.set(story, (layout = storyLayout(story)));
  return layout;
}

/** Every event of the story as the timeline draws it: a long story's /<story>/timeline.json. */
export function loadTimelineEvents(storyId: string) {
  return { events: timelineOf(storyOr404(storyId)).events };
}

/**
 * Each event's words for the search box, in the timeline's order: its title and short title,
 * summary, quotes (and their translations), speakers and actors' names, folded, each word once.
 * What /<story>/search.json carries, fetched only when a reader first searches.
 */
export function loadSearchWords(storyId: string) {
  const story = storyOr404(storyId);
  const names = new Map(story.actors.map((a) => [a.id, a.name]));
  return {
    words: story.events.map((event) =>
      searchWords([
        event.title,
        event.short ?? '',
        event.summary,
        ...event.quotes.flatMap((q) => [q.text, q.translation?.en ?? '', names.get(q.speaker)!]),
        ...event.attributedQuotes.flatMap((q) => [q.text, q.attribution ?? '']),
        ...event.actors.map((id) => names.get(id)!),
        ...(event.claim.by ? [names.get(event.claim.by)!] : []),
        ...event.quotes.flatMap((q) => (q.outlet ? [q.outlet] : [])),
        event.claim.outlet ?? ''
      ])
    )
  };
}

/** The story's own page: the first page of its list. */
export function loadStoryPage(storyId: string) {
  return { list: listPage(storyOr404(storyId), 1)! };
}

export function loadListPage(storyId: string, page: string) {
  const story = storyOr404(storyId);
  const list = /^[1-9]\d*$/.test(page) ? listPage(story, Number(page)) : undefined;
  if (!list || list.number === 1) error(404, t('error.notFound'));
  return { list };
}

export function loadEventPage(storyId: string, slug: string) {
  const story = findStory(storyId);
  const index = story ? eventIndex(story, slug) : -1;
  const event = story && index >= 0 && toEventView(story, slug, index);
  if (!story || !event) error(404, t('error.event'));
  event.media = withImageSizes(story.id, story.events[index]!.media, event.media);
  return { event, list: listPage(story, listPageNumber(index))! };
}
