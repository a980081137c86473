/**
 * A long story's feed as RFC 5005 archives (Feed Paging and Archiving, section 4), pure: the
 * subscription document (/<story>/feed.xml) holds the newest entries, the archive documents
 * (/<story>/feed-archive-<n>.xml) the older ones, each entry in exactly one document.
 *
 * Archives are counted from the oldest end: archive 1 holds the oldest `limit` entries, archive
 * 2 the next, and only the newest archive may hold fewer. So when a story grows by newer
 * reports, the full archives keep their entries and their addresses (the RFC asks that an
 * archive's entries do not change), and only the newest archive fills up.
 */

/** A feed document holds at most this many entries: 100 events make about 100 KB. */
export const FEED_ENTRIES_MAX = 100;

export interface FeedPages<T> {
  /** The subscription document's entries: the newest `limit`, newest first. */
  current: T[];
  /** archives[0] is archive 1, the oldest; each newest first. None for a short feed. */
  archives: T[][];
}

/** Splits entries, given newest first, into the subscription document and its archives. */
export function feedPages<T>(newestFirst: readonly T[], limit = FEED_ENTRIES_MAX): FeedPages<T> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`A feed document's limit must be a positive whole number, not ${limit}`);
  const current = newestFirst.slice(0, limit);
  const oldestFirst = newestFirst.slice(limit).reverse();
  const archives: T[][] = [];
  for (let i = 0; i < oldestFirst.length; i += limit)
    archives.push(oldestFirst.slice(i, i + limit).reverse());
  return { current, archives };
}

/** How many archive documents a feed of `count` entries has. */
export const archiveCount = (count: number, limit = FEED_ENTRIES_MAX) =>
  Math.max(0, Math.ceil((count - limit) / limit));

/**
 * The RFC 5005 links of one document of a feed with `archives` archives: the subscription
 * document (`archive` undefined) points to the newest archive; an archive to the one before and
 * after it, and to the subscription document (rel="current").
 */
export function archiveLinks(
  archives: number,
  archive: number | undefined
): { rel: 'current' | 'prev-archive' | 'next-archive'; archive?: number }[] {
  if (archive === undefined)
    return archives > 0 ? [{ rel: 'prev-archive', archive: archives }] : [];
  return [
    { rel: 'current' },
    ...(archive > 1 ? [{ rel: 'prev-archive' as const, archive: archive - 1 }] : []),
    ...(archive < archives ? [{ rel: 'next-archive' as const, archive: archive + 1 }] : [])
  ];
}
