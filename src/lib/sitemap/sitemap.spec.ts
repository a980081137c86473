import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  lastmodOf,
  latestDate,
  robotsTxt,
  sitemapFiles,
  type SitemapUrl
} from './sitemap.ts';
import { sitemapUrls } from './pages.ts';

/** The text of each <tag> of an XML file, as an XML parser reads it (entities decoded). */
function texts(xml: string, tag: string): string[] {
  const found: string[] = [];
  const walk = (node: { type?: string; name?: string; children?: unknown[]; data?: string }) => {
    if (node.name === tag)
      found.push((node.children ?? []).map((c) => (c as { data?: string }).data ?? '').join(''));
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(parseDocument(xml, { xmlMode: true, decodeEntities: true }) as never);
  return found;
}

const BASE = 'https://chronologie.example.org/';
const urls = (n: number): SitemapUrl[] =>
  Array.from({ length: n }, (_, i) => ({
    loc: `${BASE}page-${i + 1}/`,
    lastmod: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`
  }));

describe('escapeXml', () => {
  it('escapes hostile text so that a parser reads it back unchanged', () => {
    const hostile = `</loc><script>alert("x")</script> & 'quoted' &amp; ]]> <!-- -->`;
    const xml = `<a>${escapeXml(hostile)}</a>`;
    expect(xml).not.toContain('<script>');
    expect(texts(xml, 'a')).toEqual([hostile]);
  });

  it('drops the characters XML cannot hold, keeping the rest', () => {
    expect(escapeXml('a\u0000b\u0008c\uFFFEd\uD800e\tf\n😀')).toBe('abcde\tf\n😀');
  });
});

describe('sitemapFiles', () => {
  it('writes one urlset up to the limit, each address once, in order, with its lastmod', () => {
    const files = sitemapFiles(urls(3), BASE, 3);
    expect(files.map((f) => f.file)).toEqual(['sitemap.xml']);
    expect(files[0].xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/
    );
    expect(texts(files[0].xml, 'loc')).toEqual(urls(3).map((u) => u.loc));
    expect(texts(files[0].xml, 'lastmod')).toEqual(['2024-01-01', '2024-01-02', '2024-01-03']);
  });

  it('past the limit, becomes an index of parts that hold every address once', () => {
    const all = urls(7);
    const files = sitemapFiles(all, BASE, 3);
    expect(files.map((f) => f.file)).toEqual([
      'sitemap.xml',
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml'
    ]);
    const index = files[0].xml;
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(texts(index, 'url')).toEqual([]);
    expect(texts(index, 'loc')).toEqual([1, 2, 3].map((n) => `${BASE}sitemap-${n}.xml`));
    // Each part dated by its latest page.
    expect(texts(index, 'lastmod')).toEqual(['2024-01-03', '2024-01-06', '2024-01-07']);
    const parts = files.slice(1).map((f) => texts(f.xml, 'loc'));
    expect(parts.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(parts.flat()).toEqual(all.map((u) => u.loc));
  });

  it('escapes the addresses, and leaves lastmod out when a page has none', () => {
    const loc = `${BASE}a&b/<c>/`;
    const xml = sitemapFiles([{ loc }], BASE)[0].xml;
    expect(xml).toContain('a&amp;b/&lt;c&gt;/');
    expect(texts(xml, 'loc')).toEqual([loc]);
    expect(texts(xml, 'lastmod')).toEqual([]);
  });

  it('refuses a limit that is no positive whole number, and a base not ending in /', () => {
    expect(() => sitemapFiles(urls(1), BASE, 0)).toThrow(/positive whole number/);
    expect(() => sitemapFiles(urls(1), BASE, 1.5)).toThrow(/positive whole number/);
    expect(() => sitemapFiles(urls(1), 'https://example.org/x')).toThrow(/end in "\/"/);
  });
});

describe('latestDate', () => {
  it('is the latest calendar date, skipping the missing ones', () => {
    expect(latestDate(['2023-12-31', undefined, '2024-02-01', '2024-01-15'])).toBe('2024-02-01');
    expect(latestDate([undefined])).toBeUndefined();
    // As calendar days, not as text: "10000-…" is later than "2024-…".
    expect(latestDate(['2024-01-01', '10000-01-01', '-0500-06-01'])).toBe('10000-01-01');
  });

  it('gives lastmod only a date the protocol can write (a four-digit year)', () => {
    expect(lastmodOf('2024-02-29')).toBe('2024-02-29');
    expect(lastmodOf('-0500-06-01')).toBeUndefined();
    expect(lastmodOf('12024-01-01')).toBeUndefined();
    expect(lastmodOf(undefined)).toBeUndefined();
  });
});

describe('robotsTxt', () => {
  it('names the sitemap and keeps crawlers out of the embed', () => {
    const txt = robotsTxt({ sitemap: `${BASE}sitemap.xml`, embed: '/embed/' });
    expect(txt.split('\n')).toEqual([
      'User-agent: *',
      'Disallow: /embed/',
      '',
      `Sitemap: ${BASE}sitemap.xml`,
      ''
    ]);
  });
});

describe('sitemapUrls', () => {
  const doc = (id: string, date: string) => ({ id, published: { date } }) as never;
  const story = (id: string, events: number, documents: never[]) => ({
    id,
    events: Array.from({ length: events }, (_, i) => ({ slug: `e${i + 1}` })),
    documents
  });

  it('lists the home page, each story, event, further list page and document, dated', () => {
    const list = sitemapUrls(
      [
        story('court', 2, [doc('d1', '2024-03-01'), doc('d2', '2024-05-02')]),
        story('sans-sources', 1, [])
      ],
      'https://x.org'
    );
    expect(list).toEqual([
      { loc: 'https://x.org/', lastmod: '2024-05-02' },
      { loc: 'https://x.org/court/', lastmod: '2024-05-02' },
      { loc: 'https://x.org/court/e1/', lastmod: '2024-05-02' },
      { loc: 'https://x.org/court/e2/', lastmod: '2024-05-02' },
      { loc: 'https://x.org/court/sources/d1/', lastmod: '2024-05-02' },
      { loc: 'https://x.org/court/sources/d2/', lastmod: '2024-05-02' },
      { loc: 'https://x.org/sans-sources/' },
      { loc: 'https://x.org/sans-sources/e1/' }
    ]);
  });

  it('lists a long story’s list pages after the first', () => {
    const locs = sitemapUrls([story('long', 1000, [])], 'https://x.org').map((u) => u.loc);
    const lists = locs.filter((l) => l.includes('/liste/'));
    expect(lists.length).toBeGreaterThan(1);
    expect(lists[0]).toBe('https://x.org/long/liste/2/');
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toHaveLength(1 + 1 + 1000 + lists.length);
  });
});
