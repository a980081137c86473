import { withMoreWords } from '$lib/i18n/more-words';
import type { PageLoad } from './$types';

/** A source's page's words are beyond a story's reading pages' (load-catalogue.ts). */
export const load = (async ({ data, parent }) => ({
  ...data,
  ...(await withMoreWords(parent))
})) satisfies PageLoad;
