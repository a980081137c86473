import { localeFor } from '$lib/i18n/catalogues';
import { siteOrigin } from '$lib/server/site';
import { findStory } from '$lib/server/stories';
import type { LayoutServerLoad } from './$types';

/**
 * Every page's origin, and its words: the catalogue of its story's language on a story's pages
 * (the embed's too), the site's own (French) elsewhere. Only that one catalogue travels.
 */
export const load = (({ params }) => {
  const story = params.story === undefined ? undefined : findStory(params.story);
  return { origin: siteOrigin(), locale: localeFor(story?.language) };
}) satisfies LayoutServerLoad;
