import { listEntries, loadListPage } from '$lib/server/loaders';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = listEntries satisfies EntryGenerator;

export const load = (({ params }) =>
  loadListPage(params.story, params.page)) satisfies PageServerLoad;
