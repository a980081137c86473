import { eventEntries, loadEventPage, loadStoryLayout } from '$lib/server/loaders';
import { eventJsonLd } from '$lib/structured-data/site-structured-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = eventEntries satisfies EntryGenerator;

export const load = (({ params }) => {
  const page = loadEventPage(params.story, params.event);
  return { ...page, jsonLd: eventJsonLd(loadStoryLayout(params.story).story, page.event) };
}) satisfies PageServerLoad;
