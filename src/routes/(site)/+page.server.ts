import { loadStories } from '$lib/server/stories';
import { formatCount } from '$lib/story/count';
import { toEventLink, toStorySummary } from '$lib/story/page-data';
import type { PageServerLoad } from './$types';

/** The home page lists each story's first events; the story's page has them all. */
const FIRST_EVENTS = 12;

export const load = (() => ({
  stories: loadStories().map((story) => {
    const first = story.events.slice(0, FIRST_EVENTS).map(toEventLink);
    return {
      ...toStorySummary(story),
      first,
      /** The events the page leaves out, counted as the story's language writes it. */
      othersLabel: formatCount(story.events.length - first.length, story.language)
    };
  })
})) satisfies PageServerLoad;
