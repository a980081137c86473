/**
 * A language's catalogue as a module of the client's own, fetched with its code after the first
 * paint, not as page data: written into every page's boot script, the 11 KB of words held up
 * the page's first paint (the page's bytes, before anything is drawn) and were sent again with
 * every page. As a module, it comes once, with the client, and the browser keeps it. The root
 * layout's universal load (src/routes/+layout.ts) reads it, on the server at build time and in
 * the browser before the page is hydrated.
 */
import type { Catalogue, Language } from './messages.ts';

const MODULES: Record<Language, () => Promise<Catalogue>> = {
  fr: () => import('./fr.ts').then((module) => module.fr),
  en: () => import('./en.ts').then((module) => module.en)
};

/** The catalogue of an interface language, in a chunk of its own: only the page's language is fetched. */
export function loadCatalogue(lang: Language): Promise<Catalogue> {
  const load = MODULES[lang];
  if (!load) return Promise.reject(new Error(`No catalogue for the language "${lang}"`));
  return load();
}
