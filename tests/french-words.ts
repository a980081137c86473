/**
 * Words that give away a French interface on a page meant to be in English: what the French
 * pages show (their buttons, labels, headings, aria-labels) and the French names of months and
 * days, none of which English writes. Shared words ("Justice", "page", "zoom", "code") are
 * left out, as are French month abbreviations that English uses too ("Sept.", "Oct.", "Nov.").
 *
 * Hand-made from the components' French strings until the French catalogue
 * (src/lib/i18n/fr.ts) is on main; then derived from it (see the report of the English work).
 */
import { CALENDAR_WORDS } from '../src/lib/story/calendar-words.js';

const INTERFACE = [
  // From the pages' controls, headings and labels.
  'événement',
  'événements',
  'tout',
  'voir',
  'rechercher',
  'sur',
  'fermer',
  'chronologie',
  'chronologique',
  'frise',
  'acteurs',
  'citations',
  'dépêche',
  'données',
  'aller',
  'contenu',
  'choisissez',
  'pour',
  'lire',
  'ses',
  'copier',
  'coller',
  'dans',
  'votre',
  'intégrer',
  'cette',
  'ouvrir',
  'histoire',
  'histoires',
  'introuvable',
  'légende',
  'clair',
  'sombre',
  'système',
  'thème',
  'tous',
  'ordre',
  'voies',
  'affichées',
  'affichage',
  'arrière',
  'lien',
  'vers',
  'voisins',
  'précédent',
  'suivant',
  'flèches',
  'gauche',
  'droite',
  'moins',
  'échap',
  'verticale',
  'surlignées',
  'premiers',
  'derniers',
  'publiée',
  // French grammar words an English sentence never has ("1er" reads as "er").
  'le',
  'la',
  'les',
  'des',
  'du',
  'au',
  'aux',
  'et',
  'une',
  'er',
  // date-fns' French abbreviations that are not English ones.
  'janv',
  'févr',
  'avr',
  'juil',
  'déc',
  'lun',
  'mer',
  'jeu',
  'ven',
  'sam',
  'dim'
];

/** Every French interface word, lower case. */
export const FRENCH_WORDS: ReadonlySet<string> = new Set([
  ...INTERFACE,
  ...CALENDAR_WORDS.fr.months,
  ...CALENDAR_WORDS.fr.weekdays
]);

/** The French words a text contains, each once, in the order they first appear. */
export function frenchWordsIn(text: string): string[] {
  const words = text.toLocaleLowerCase('fr').match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((word) => FRENCH_WORDS.has(word)))];
}
