/**
 * Every language's catalogue, for the server side of the build only: words for build-time
 * formatting, and the home page's other languages. A page's own words come with the client, one
 * language's (load-catalogue.ts); a component never imports this module.
 */
import { enMore } from './en-more.ts';
import { en } from './en.ts';
import { frMore } from './fr-more.ts';
import { fr } from './fr.ts';
import {
  DEFAULT_LANGUAGE,
  interfaceLanguage,
  Messages,
  type Catalogue,
  type Language,
  type Locale,
  type MoreCatalogue,
  type ReadingCatalogue
} from './messages.ts';

/** A language's whole catalogue: its reading words and the rest. */
const whole = (reading: ReadingCatalogue, more: MoreCatalogue): Catalogue => ({
  ...reading,
  ...more
});

/*
 * Marked pure: a spread at the module's top level is a side effect to the bundler, which then
 * kept this module, and every language's words with it, on any page whose code imports a
 * module beside it (the event page's, through page-data.ts): 9 KB gzip and 5 requests more.
 */
export const CATALOGUES: Record<Language, Catalogue> = {
  fr: /* @__PURE__ */ whole(fr, frMore),
  en: /* @__PURE__ */ whole(en, enMore)
};

/** The locale for a story's language tag ("fr", "en-GB"), or the site's own. */
export function localeFor(tag: string = DEFAULT_LANGUAGE): Locale {
  const lang = interfaceLanguage(tag);
  return { lang, catalogue: CATALOGUES[lang] };
}

/** Words for build-time formatting (share images, page labels), in a story's language. */
export const messagesFor = (tag?: string): Messages => new Messages(() => localeFor(tag));
