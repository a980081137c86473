import { describe, expect, it } from 'vitest';
import { archiveCount, archiveLinks, feedPages } from './archive.ts';

/** Entries 1…n, n the newest: newest first, as a feed lists them. */
const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe('feedPages: the subscription document and its RFC 5005 archives', () => {
  it.each([
    { name: 'no entries', count: 0, current: [], archives: [] },
    { name: 'fewer than the limit', count: 2, current: [2, 1], archives: [] },
    { name: 'exactly the limit', count: 3, current: [3, 2, 1], archives: [] },
    { name: 'one more', count: 4, current: [4, 3, 2], archives: [[1]] },
    {
      name: 'full and partial archives, filled from the oldest',
      count: 10,
      current: [10, 9, 8],
      archives: [[3, 2, 1], [6, 5, 4], [7]]
    }
  ])('$name ($count entries, limit 3)', ({ count, current, archives }) => {
    const pages = feedPages(newestFirst(count), 3);
    expect(pages).toEqual({ current, archives });
    expect(archives).toHaveLength(archiveCount(count, 3));
  });

  it('holds every entry once, whatever the limit', () => {
    for (const limit of [1, 2, 7, 100])
      for (const count of [0, 1, 99, 100, 101, 350]) {
        const { current, archives } = feedPages(newestFirst(count), limit);
        const all = [current, ...archives].flat();
        expect(all.sort((a, b) => a - b)).toEqual(newestFirst(count).reverse());
        expect(current.length).toBeLessThanOrEqual(limit);
        for (const archive of archives) expect(archive.length).toBeLessThanOrEqual(limit);
        expect(archives).toHaveLength(archiveCount(count, limit));
      }
  });

  it('keeps the full archives as they were when newer entries come', () => {
    const before = feedPages(newestFirst(10), 3);
    const after = feedPages(newestFirst(13), 3);
    expect(after.archives.slice(0, 2)).toEqual(before.archives.slice(0, 2));
    expect(after.archives[2]).toEqual([9, 8, 7]);
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => feedPages([1], 0)).toThrow(/positive whole number, not 0/);
    expect(() => feedPages([1], 1.5)).toThrow(/positive whole number, not 1.5/);
  });
});

describe('archiveLinks', () => {
  it.each([
    { name: 'a complete feed has none', archives: 0, archive: undefined, links: [] },
    {
      name: 'the subscription points to the newest archive',
      archives: 3,
      archive: undefined,
      links: [{ rel: 'prev-archive', archive: 3 }]
    },
    {
      name: 'the oldest archive: no previous one',
      archives: 3,
      archive: 1,
      links: [{ rel: 'current' }, { rel: 'next-archive', archive: 2 }]
    },
    {
      name: 'a middle archive: both ways',
      archives: 3,
      archive: 2,
      links: [
        { rel: 'current' },
        { rel: 'prev-archive', archive: 1 },
        { rel: 'next-archive', archive: 3 }
      ]
    },
    {
      name: 'the newest archive: no next one',
      archives: 3,
      archive: 3,
      links: [{ rel: 'current' }, { rel: 'prev-archive', archive: 2 }]
    }
  ])('$name', ({ archives, archive, links }) => {
    expect(archiveLinks(archives, archive)).toEqual(links);
  });
});
