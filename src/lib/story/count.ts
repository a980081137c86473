/**
 * A count as the page's language writes it: "10 000" in French, digits grouped by three with a
 * narrow no-break space (U+202F), as Intl.NumberFormat('fr') gives; "10,000" in English, as
 * Intl.NumberFormat('en') gives (count.spec.ts holds the two to Intl). Written out because the
 * browser's first Intl number format loads its data, which costs a phone tens of milliseconds
 * while the page starts, and a count is written as the page starts (the timeline's status).
 */
const FRENCH_GROUP_SEPARATOR = '\u202f';
const GROUP_SEPARATOR: Record<string, string | undefined> = { fr: FRENCH_GROUP_SEPARATOR, en: ',' };

/**
 * @param language a language tag ("fr", "en-GB"); one without its own separator here is written
 * the French way, the site's own language.
 */
export function formatCount(n: number, language = 'fr'): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a count: ${n}`);
  const separator = GROUP_SEPARATOR[language.split('-')[0]!] ?? FRENCH_GROUP_SEPARATOR;
  return String(n).replace(/\B(?=(\d{3})+$)/g, separator);
}
