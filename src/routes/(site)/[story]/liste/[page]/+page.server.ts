import { listEntries, loadListPage, loadStoryLayout } from '$lib/server/loaders';
import { listJsonLd } from '$lib/structured-data/site-structured-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = listEntries satisfies EntryGenerator;

export const load = (({ params }) => {
  const page = loadListPage(params.story, params.page);
  return { ...page, jsonLd: listJsonLd(loadStoryLayout(params.story).story, page.list) };
}) satisfies PageServerLoad;
