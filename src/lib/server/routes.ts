/**
 * The loads shared by the site's pages and the embed's: the same story, timeline, list and
 * event data, prerendered for every story, list page and event.
 */
import { error } from '@sveltejs/kit';
import {
  EVENT_IMAGES_MAX,
  INLINE_EVENTS_MAX,
  listPageCount,
  listPageOf,
  toEventView,
  toListPage,
  toStorySummary
} from '../story/view.ts';
import { toTimelineData } from '../timeline/model.ts';
import type { Story } from '../story/types.ts';
import { findStory, loadStories } from './stories.ts';

export const storyEntries = () => loadStories().map((story) => ({ story: story.id }));

export const eventEntries = () =>
  loadStories().flatMap((story) =>
    story.events.map((event) => ({ story: story.id, event: event.slug }))
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

function storyLayout(story: Story) {
  const timeline = toTimelineData(story);
  return {
    story: toStorySummary(story),
    timeline:
      story.events.length > INLINE_EVENTS_MAX
        ? { ...timeline, events: [], partial: true as const }
        : { ...timeline, partial: false as const }
  };
}

function storyOr404(storyId: string) {
  const story = findStory(storyId);
  if (!story) error(404, 'Histoire introuvable');
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

/** The story's own page: the first page of its list. */
export function loadStoryPage(storyId: string) {
  return { list: toListPage(storyOr404(storyId), 1)! };
}

export function loadListPage(storyId: string, page: string) {
  const story = storyOr404(storyId);
  const list = /^[1-9]\d*$/.test(page) ? toListPage(story, Number(page)) : undefined;
  if (!list || list.number === 1) error(404, 'Page introuvable');
  return { list };
}

export function loadEventPage(storyId: string, slug: string) {
  const story = findStory(storyId);
  const index = story ? story.events.findIndex((e) => e.slug === slug) : -1;
  const event = story && index >= 0 && toEventView(story, slug);
  if (!story || !event) error(404, 'Événement introuvable');
  return { event, list: listPageOf(story, index) };
}
