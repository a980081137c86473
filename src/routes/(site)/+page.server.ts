import { loadStories } from '$lib/server/stories';
import { toStorySummary } from '$lib/story/view';
import type { PageServerLoad } from './$types';

export const load = (() => ({
  stories: loadStories().map(toStorySummary)
})) satisfies PageServerLoad;
