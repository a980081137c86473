import { loadCatalogue } from '$lib/i18n/load-catalogue';
import type { LayoutLoad } from './$types';

// Every page is prerendered; URLs end in a slash so that /<story>/<event>/ is a folder with an
// index.html, which every static host serves without adding ".html" to the path.
export const prerender = true;
export const trailingSlash = 'always';

/**
 * The page's words: its server load says which language, and the catalogue comes as a module of
 * the client (src/lib/i18n/load-catalogue.ts), not as data written into each page.
 */
export const load = (async ({ data }) => {
  const { lang, ...rest } = data;
  return { ...rest, locale: { lang, catalogue: await loadCatalogue(lang) } };
}) satisfies LayoutLoad;
