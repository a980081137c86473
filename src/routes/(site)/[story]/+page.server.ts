import { loadStoryPage, storyEntries } from '$lib/server/loaders';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = storyEntries satisfies EntryGenerator;

export const load = (({ params }) => loadStoryPage(params.story)) satisfies PageServerLoad;
