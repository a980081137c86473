import { withMoreWords } from '$lib/i18n/more-words';
import type { PageLoad } from './$types';

/** The list's later pages have words of their own in their heads (load-catalogue.ts). */
export const load = (async ({ data, parent }) => ({
  ...data,
  ...(await withMoreWords(parent))
})) satisfies PageLoad;
