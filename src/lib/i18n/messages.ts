/**
 * The interface's words, by key, in the page's language: a catalogue per language (fr.ts,
 * en.ts), placeholders (`{count}`) filled in, and plural forms chosen by Intl.PluralRules.
 * Plain TypeScript: the server formats with it at build time, and a page's components with the
 * catalogue the page received as data (see context.ts), never importing the catalogues.
 */
import { formatCount } from '../story/count.ts';
import type { frMore } from './fr-more.ts';
import type { fr } from './fr.ts';

/** The interface's languages; the site's own (its home page, its 404) is French. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';

/**
 * Words that change with a count: the form Intl.PluralRules picks for the count ("one",
 * "other", and "many" where the language has it, else "other"). `zero` is not a plural rule:
 * where a message has it, it is said for no item at all ("aucun événement").
 */
export interface PluralMessage {
  zero?: string;
  one: string;
  many?: string;
  other: string;
}
export type Message = string | PluralMessage;

/** The words a story's reading pages draw in the browser (fr.ts, en.ts). */
export type ReadingKey = keyof typeof fr;
/** The other pages' words, and those the server alone writes (fr-more.ts, en-more.ts). */
export type MoreKey = keyof typeof frMore;
export type MessageKey = ReadingKey | MoreKey;
/** A language's catalogue: every key French has, no other (a missing key is a type error). */
export type Catalogue = Record<MessageKey, Message>;
/** A language's reading words: what a page's client loads first (load-catalogue.ts). */
export type ReadingCatalogue = Record<ReadingKey, Message>;
/** A language's other words: what the routes beyond a story's reading pages load as well. */
export type MoreCatalogue = Record<MoreKey, Message>;
/**
 * What a page has: its language and that language's words. In the browser, the reading words,
 * and the others on the routes that use them (load-catalogue.ts); on the server, all of them.
 */
export interface Locale {
  lang: Language;
  catalogue: ReadingCatalogue & Partial<MoreCatalogue>;
}

/** What a page shows for a key its catalogue lacks: a mark the tests look for, never a crash. */
export const missingKey = (key: string): string => `⟦${key}⟧`;
/** A placeholder's value; a number is a count (a whole number, at least 0), written as the language writes it ("10 000"). */
export type Params = Record<string, string | number>;

/** The interface language for a story's language tag ("fr", "en-GB"); any other, French. */
export function interfaceLanguage(tag: string): Language {
  const primary = tag.split('-')[0]!.toLowerCase();
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'fr';
}

const pluralRules = new Map<Language, Intl.PluralRules>();
function pluralForm(lang: Language, message: PluralMessage, count: number): string {
  if (count === 0 && message.zero !== undefined) return message.zero;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return message[rules.select(count) as 'one' | 'many' | 'other'] ?? message.other;
}

/** Every `{name}` a message's forms use, sorted, each once. */
export function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set(
    texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))
  );
  return [...names].sort();
}

/**
 * The message `key` in the locale's language, its placeholders filled. A plural message needs
 * a `count`. A placeholder without a value is left as it is, which the tests look for.
 */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const message = (locale.catalogue as Partial<Catalogue>)[key];
  if (message === undefined) return missingKey(key);
  const text =
    typeof message === 'string' ? message : pluralForm(locale.lang, message, Number(params.count));
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatCount(value, locale.lang) : value;
  });
}

/** A page's words: `t(key, params)` in the locale it reads (a getter, so that it can change). */
export class Messages {
  readonly #locale: () => Locale;
  constructor(locale: () => Locale) {
    this.#locale = locale;
  }
  get lang(): Language {
    return this.#locale().lang;
  }
  t = (key: MessageKey, params?: Params): string => translate(this.#locale(), key, params);
}
