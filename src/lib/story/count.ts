/**
 * A count as French writes it: "10 000", digits grouped by three with a narrow no-break space
 * (U+202F), as `toLocaleString('fr-FR')` gives. Written out because the browser's first
 * `toLocaleString` loads its number formats, which cost a phone tens of milliseconds while the
 * page starts.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a count: ${n}`);
  return String(n).replace(/\B(?=(\d{3})+$)/g, '\u202f');
}

/** What a filtered list holds: "2 événements sur 8", "1 événement sur 10 000", "aucun événement sur 8". */
export function eventsOfTotal(shown: number, total: number): string {
  const of = `sur ${formatCount(total)}`;
  if (shown === 0) return `aucun événement ${of}`;
  return `${formatCount(shown)} événement${shown > 1 ? 's' : ''} ${of}`;
}
