import { loadStoryLayout, loadStoryPage, storyEntries } from '$lib/server/loaders';
import { listJsonLd } from '$lib/structured-data/site-structured-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = storyEntries satisfies EntryGenerator;

export const load = (({ params }) => {
  const page = loadStoryPage(params.story);
  return { ...page, jsonLd: listJsonLd(loadStoryLayout(params.story).story, page.list) };
}) satisfies PageServerLoad;
