import { json } from '@sveltejs/kit';
import { exportStory, leadStory } from '$lib/server/export';
import { loadStories } from '$lib/server/stories';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The lead story (the most recently published), in the same format as /<story>/story.json. */
export const GET = (() => json(exportStory(leadStory(loadStories())))) satisfies RequestHandler;
