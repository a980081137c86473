import { DEFAULT_LANGUAGE, interfaceLanguage } from '$lib/i18n/messages';
import { siteOrigin } from '$lib/server/site';
import { findStory } from '$lib/server/stories';
import type { LayoutServerLoad } from './$types';

/**
 * Every page's origin, and the language of its words: its story's on a story's pages (the
 * embed's too), the site's own (French) elsewhere. The words themselves come with the client
 * (src/routes/+layout.ts), only that language's.
 */
export const load = (({ params }) => {
  const story = params.story === undefined ? undefined : findStory(params.story);
  return { origin: siteOrigin(), lang: interfaceLanguage(story?.language ?? DEFAULT_LANGUAGE) };
}) satisfies LayoutServerLoad;
