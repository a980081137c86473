/**
 * The rest of a language's words (fr-more.ts, en-more.ts), for the routes beyond a story's
 * reading pages: the home page, the sources' pages, the list's later pages, the embed, the 404.
 * A module apart from load-catalogue.ts, so that the root layout's code, which every page loads,
 * does not carry this one (nor a shared file of its own).
 */
import type { Language, Locale, MoreCatalogue } from './messages.ts';

const MORE: Record<Language, () => Promise<MoreCatalogue>> = {
  fr: () => import('./fr-more.ts').then((module) => module.frMore),
  en: () => import('./en-more.ts').then((module) => module.enMore)
};

/** A language's other words, in a chunk of their own. */
export function loadMoreWords(lang: Language): Promise<MoreCatalogue> {
  const load = MORE[lang];
  if (!load) return Promise.reject(new Error(`No catalogue for the language "${lang}"`));
  return load();
}

/**
 * The locale a route beyond a story's reading pages needs: its parent's, with the rest of its
 * language's words. For its universal load:
 * `({ data, parent }) => withMoreWords(parent).then((words) => ({ ...data, ...words }))`.
 */
export async function withMoreWords(
  parent: () => Promise<{ locale: Locale }>
): Promise<{ locale: Locale }> {
  const { locale } = await parent();
  const more = await loadMoreWords(locale.lang);
  return { locale: { lang: locale.lang, catalogue: { ...locale.catalogue, ...more } } };
}
