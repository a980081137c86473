/**
 * The loads shared by the site's pages and the embed's: the same story, timeline and event
 * data, prerendered for every story and event.
 */
import { error } from '@sveltejs/kit';
import { toEventView, toStorySummary } from '../story/view.ts';
import { toTimelineData } from '../timeline/model.ts';
import { findStory, loadStories } from './stories.ts';

export const storyEntries = () => loadStories().map((story) => ({ story: story.id }));

export const eventEntries = () =>
  loadStories().flatMap((story) =>
    story.events.map((event) => ({ story: story.id, event: event.slug }))
  );

export function loadStoryLayout(storyId: string) {
  const story = findStory(storyId);
  if (!story) error(404, 'Histoire introuvable');
  return { story: toStorySummary(story), timeline: toTimelineData(story) };
}

export function loadEventPage(storyId: string, slug: string) {
  const story = findStory(storyId);
  const event = story && toEventView(story, slug);
  if (!event) error(404, 'Événement introuvable');
  return { event };
}
