/**
 * A count as the story's language writes it: "10 000" in French, digits grouped by three with a
 * narrow no-break space (U+202F), as `toLocaleString('fr-FR')` gives; "10,000" in English.
 * Written out because the browser's first `toLocaleString` loads its number formats, which cost
 * a phone tens of milliseconds while the page starts.
 */
const FRENCH_GROUP_SEPARATOR = '\u202f';
const GROUP_SEPARATOR: Record<string, string | undefined> = { fr: FRENCH_GROUP_SEPARATOR, en: ',' };

/**
 * @param language a language tag ("fr", "en-GB"); one without its own separator here is written
 * the French way, the language of the site's words around the count.
 */
export function formatCount(n: number, language = 'fr'): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a count: ${n}`);
  const separator = GROUP_SEPARATOR[language.split('-')[0]!] ?? FRENCH_GROUP_SEPARATOR;
  return String(n).replace(/\B(?=(\d{3})+$)/g, separator);
}

/** What a filtered list holds: "2 événements sur 8", "1 événement sur 10 000", "aucun événement sur 8". */
export function eventsOfTotal(shown: number, total: number): string {
  const of = `sur ${formatCount(total)}`;
  if (shown === 0) return `aucun événement ${of}`;
  return `${formatCount(shown)} événement${shown > 1 ? 's' : ''} ${of}`;
}
