import { withMoreWords } from '$lib/i18n/more-words';
import type { PageLoad } from './$types';

// Prerendered to build/404.html, which static hosts serve for any unknown path. No client-side
// code: it must work at any depth and without JavaScript.
export const csr = false;
export const trailingSlash = 'never';

/** The 404's words are beyond a story's reading pages' (load-catalogue.ts). */
export const load = (({ parent }) => withMoreWords(parent)) satisfies PageLoad;
