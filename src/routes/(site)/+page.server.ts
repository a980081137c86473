import { loadStories } from '$lib/server/stories';
import { toEventLink, toStorySummary } from '$lib/story/view';
import type { PageServerLoad } from './$types';

/** The home page lists each story's first events; the story's page has them all. */
const FIRST_EVENTS = 10;

export const load = (() => ({
  stories: loadStories().map((story) => ({
    ...toStorySummary(story),
    first: story.events.slice(0, FIRST_EVENTS).map(toEventLink)
  }))
})) satisfies PageServerLoad;
