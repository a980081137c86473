/**
 * A language's words as modules of the client's own, fetched with its code after the first
 * paint, not as page data: written into every page's boot script, the 11 KB of words held up
 * the page's first paint (the page's bytes, before anything is drawn) and were sent again with
 * every page. As modules, they come once, with the client, and the browser keeps them. The root
 * layout's universal load (src/routes/+layout.ts) reads the reading words, on the server at
 * build time and in the browser before the page is hydrated; the routes beyond a story's reading
 * pages add the rest of them in their own loads (`withMoreWords`), so that a story's first visit
 * carries only the words its pages draw.
 */
import type { Language, Locale, MoreCatalogue, ReadingCatalogue } from './messages.ts';

const READING: Record<Language, () => Promise<ReadingCatalogue>> = {
  fr: () => import('./fr.ts').then((module) => module.fr),
  en: () => import('./en.ts').then((module) => module.en)
};

const MORE: Record<Language, () => Promise<MoreCatalogue>> = {
  fr: () => import('./fr-more.ts').then((module) => module.frMore),
  en: () => import('./en-more.ts').then((module) => module.enMore)
};

function load<T>(modules: Record<Language, () => Promise<T>>, lang: Language): Promise<T> {
  const module = modules[lang];
  if (!module) return Promise.reject(new Error(`No catalogue for the language "${lang}"`));
  return module();
}

/** A language's reading words, in a chunk of their own: only the page's language is fetched. */
export const loadCatalogue = (lang: Language): Promise<ReadingCatalogue> => load(READING, lang);

/** A language's other words (fr-more.ts), in a chunk of their own. */
export const loadMoreWords = (lang: Language): Promise<MoreCatalogue> => load(MORE, lang);

/**
 * The locale a route beyond a story's reading pages needs (the home page, a source's page, the
 * embed…): its parent's, with the rest of its language's words. For its universal load:
 * `({ data, parent }) => withMoreWords(parent).then((words) => ({ ...data, ...words }))`.
 */
export async function withMoreWords(
  parent: () => Promise<{ locale: Locale }>
): Promise<{ locale: Locale }> {
  const { locale } = await parent();
  const more = await loadMoreWords(locale.lang);
  return { locale: { lang: locale.lang, catalogue: { ...locale.catalogue, ...more } } };
}
