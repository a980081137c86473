import { error, json } from '@sveltejs/kit';
import { storyEntries } from '$lib/server/routes';
import { findStory } from '$lib/server/stories';
import { toTimelineData } from '$lib/timeline/model';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = storyEntries satisfies EntryGenerator;

/**
 * Every event of the story as the timeline draws it: what a long story's pages fetch once,
 * instead of carrying it in each page (see INLINE_EVENTS_MAX).
 */
export const GET = (({ params }) => {
  const story = findStory(params.story);
  if (!story) error(404, 'Histoire introuvable');
  return json({ events: toTimelineData(story).events });
}) satisfies RequestHandler;
