import { localeFor } from '$lib/i18n/catalogues';
import { DEFAULT_LANGUAGE, type Language, type Locale } from '$lib/i18n/messages';
import { loadStories } from '$lib/server/stories';
import { storyLanguage, toEventLink, toStorySummary } from '$lib/story/page-data';
import type { PageServerLoad } from './$types';

/** The home page lists each story's first events; the story's page has them all. */
const FIRST_EVENTS = 12;

export const load = (() => {
  const stories = loadStories().map((story) => {
    const lang = storyLanguage(story);
    const first = story.events.slice(0, FIRST_EVENTS).map((event) => toEventLink(event, lang));
    return { ...toStorySummary(story), first, others: story.events.length - first.length };
  });
  // Each story is listed in its own language: the words of the languages other than the
  // page's own come with it, once per language.
  const locales: Partial<Record<Language, Locale>> = {};
  for (const { lang } of stories) if (lang !== DEFAULT_LANGUAGE) locales[lang] ??= localeFor(lang);
  return { stories, locales };
}) satisfies PageServerLoad;
