import { json } from '@sveltejs/kit';
import { loadTimelineEvents, storyEntries } from '$lib/server/loaders';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = storyEntries satisfies EntryGenerator;

/**
 * Every event of the story as the timeline draws it: what a long story's pages fetch once,
 * instead of carrying it in each page (see INLINE_EVENTS_MAX).
 */
export const GET = (({ params }) =>
  json(loadTimelineEvents(params.story))) satisfies RequestHandler;
