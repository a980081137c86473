import { error, json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { findStory, loadStories } from '$lib/server/stories';
import { eventPath } from '$lib/story/view';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries = (() =>
  loadStories().map((story) => ({ story: story.id }))) satisfies EntryGenerator;

/** The validated story, the export format documented in the README. */
export const GET = (({ params }) => {
  const story = findStory(params.story);
  if (!story) error(404, 'Histoire introuvable');
  return json({
    ...story,
    events: story.events.map((event) => ({
      ...event,
      path: base + eventPath(story.id, event.slug)
    }))
  });
}) satisfies RequestHandler;
