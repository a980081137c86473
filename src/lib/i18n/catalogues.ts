/**
 * Every language's catalogue, for the server side of the build only: it picks the one a page
 * receives (a component never imports this module, so a page carries one language's words).
 */
import { en } from './en.ts';
import { fr } from './fr.ts';
import {
  DEFAULT_LANGUAGE,
  interfaceLanguage,
  Messages,
  type Catalogue,
  type Language,
  type Locale
} from './messages.ts';

export const CATALOGUES: Record<Language, Catalogue> = { fr, en };

/** The locale for a story's language tag ("fr", "en-GB"), or the site's own. */
export function localeFor(tag: string = DEFAULT_LANGUAGE): Locale {
  const lang = interfaceLanguage(tag);
  return { lang, catalogue: CATALOGUES[lang] };
}

/** Words for build-time formatting (share images, page labels), in a story's language. */
export const messagesFor = (tag?: string): Messages => new Messages(() => localeFor(tag));
