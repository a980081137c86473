import { withMoreWords } from '$lib/i18n/more-words';
import type { LayoutLoad } from './$types';

/** The embed's words are beyond a story's reading pages' (load-catalogue.ts). */
export const load = (async ({ data, parent }) => ({
  ...data,
  ...(await withMoreWords(parent))
})) satisfies LayoutLoad;
