/**
 * Words that give away a French interface on a page meant to be in English: every word of the
 * French catalogue (src/lib/i18n/fr.ts, fr-more.ts) that the English one does not use too, and the
 * French names of months and days. Shared words ("page", "source", "zoom", "date") are not
 * evidence of French, so they are left out, as are one-letter elisions ("l’", "d’") and the
 * few French short forms English writes too ("Sept.", "Oct.", "Nov.", "Sam", "dim").
 */
import { CATALOGUES } from '../src/lib/i18n/catalogues';
import type { Catalogue } from '../src/lib/i18n/messages';
import { CALENDAR_WORDS } from '../src/lib/story/calendar-words.js';

/** The lower-case words of a text, accents kept. */
const wordsOf = (text: string): string[] => text.toLocaleLowerCase('fr').match(/\p{L}+/gu) ?? [];

/** Every word a catalogue's messages (each plural form too) use, placeholders aside. */
function catalogueWords(catalogue: Catalogue): Set<string> {
  const texts = Object.values(catalogue).flatMap((m) =>
    typeof m === 'string' ? [m] : Object.values(m).filter((f) => f !== undefined)
  );
  return new Set(wordsOf(texts.join('\n').replace(/\{\w+\}/g, ' ')));
}

const english = catalogueWords(CATALOGUES.en);
/** Short words of the French catalogue that an English story may well contain ("UN"). */
const ALSO_ENGLISH = new Set(['un']);

/** Every French interface word, lower case. */
export const FRENCH_WORDS: ReadonlySet<string> = new Set([
  ...[...catalogueWords(CATALOGUES.fr)].filter(
    (word) => word.length > 1 && !english.has(word) && !ALSO_ENGLISH.has(word)
  ),
  ...CALENDAR_WORDS.fr.months,
  ...CALENDAR_WORDS.fr.weekdays,
  // date-fns' French short months and days that are not English words or abbreviations.
  ...['janv', 'févr', 'avr', 'juil', 'déc', 'lun', 'mer', 'jeu', 'ven']
]);

/** The French words a text contains, each once, in the order they first appear. */
export function frenchWordsIn(text: string): string[] {
  return [...new Set(wordsOf(text).filter((word) => FRENCH_WORDS.has(word)))];
}
