import { eventEntries, loadEventPage } from '$lib/server/loaders';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = eventEntries satisfies EntryGenerator;

export const load = (({ params }) =>
  loadEventPage(params.story, params.event)) satisfies PageServerLoad;
