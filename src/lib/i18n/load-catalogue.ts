/**
 * A language's words as modules of the client's own, fetched with its code after the first
 * paint, not as page data: written into every page's boot script, the 11 KB of words held up
 * the page's first paint (the page's bytes, before anything is drawn) and were sent again with
 * every page. As modules, they come once, with the client, and the browser keeps them. The root
 * layout's universal load (src/routes/+layout.ts) reads the reading words, on the server at
 * build time and in the browser before the page is hydrated; the routes beyond a story's reading
 * pages add the rest of them in their own loads (more-words.ts), so that a story's first visit
 * carries only the words its pages draw.
 */
import type { Language, ReadingCatalogue } from './messages.ts';

const READING: Record<Language, () => Promise<ReadingCatalogue>> = {
  fr: () => import('./fr.ts').then((module) => module.fr),
  en: () => import('./en.ts').then((module) => module.en)
};

/** A language's reading words, in a chunk of their own: only the page's language is fetched. */
export function loadCatalogue(lang: Language): Promise<ReadingCatalogue> {
  const load = READING[lang];
  if (!load) return Promise.reject(new Error(`No catalogue for the language "${lang}"`));
  return load();
}
