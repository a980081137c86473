/**
 * The sitemap protocol (https://www.sitemaps.org/protocol.html), pure: the site's addresses
 * → the files of /sitemap.xml. Up to SITEMAP_MAX_URLS addresses, one <urlset>; past it, the
 * protocol's limit, /sitemap.xml becomes a <sitemapindex> of parts (/sitemap-1.xml, …).
 */
import { compareCalendarDates } from '../story/calendar-date.ts';

/** The protocol's limit of addresses in one sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;

const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** One address of the sitemap: absolute, with the day its content last changed (YYYY-MM-DD). */
export interface SitemapUrl {
  loc: string;
  lastmod?: string;
}

/** The files of the sitemap: each file's path under the site ("sitemap.xml"…) and its text. */
export interface SitemapFile {
  file: string;
  xml: string;
}

/**
 * Text made safe for XML character data and attribute values: the five special characters as
 * entities, and the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/F)
 * dropped, since no escape can carry them.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
    );
}

/** The part files' names: sitemap-1.xml, sitemap-2.xml, … */
export const sitemapPartFile = (n: number) => `sitemap-${n}.xml`;

const entry = (tag: 'url' | 'sitemap', { loc, lastmod }: SitemapUrl) =>
  `<${tag}><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}</${tag}>`;

const document = (root: 'urlset' | 'sitemapindex', entries: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${NAMESPACE}">\n${entries.map((e) => `${e}\n`).join('')}</${root}>\n`;

export const urlset = (urls: readonly SitemapUrl[]) =>
  document(
    'urlset',
    urls.map((u) => entry('url', u))
  );

export const sitemapIndex = (sitemaps: readonly SitemapUrl[]) =>
  document(
    'sitemapindex',
    sitemaps.map((s) => entry('sitemap', s))
  );

/** The latest of some calendar dates (YYYY-MM-DD); undefined if none. */
export const latestDate = (dates: readonly (string | undefined)[]) =>
  dates.reduce<string | undefined>(
    (a, b) => (b !== undefined && (a === undefined || compareCalendarDates(b, a) > 0) ? b : a),
    undefined
  );

/**
 * A calendar date as the protocol's lastmod (W3C Datetime, a four-digit year); undefined for
 * one it cannot write (a year before 0000 or after 9999: a deep-time story's source).
 */
export const lastmodOf = (date: string | undefined) =>
  date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;

/**
 * The sitemap's files for these addresses: `sitemap.xml` alone up to `limit` of them; past it,
 * `sitemap.xml` the index of parts of `limit` addresses each, in order, each part listed with
 * its latest lastmod. `base` is the absolute address of the folder the files are served from
 * (the site's origin and base path, ending in "/").
 */
export function sitemapFiles(
  urls: readonly SitemapUrl[],
  base: string,
  limit = SITEMAP_MAX_URLS
): [SitemapFile, ...SitemapFile[]] {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`A sitemap's limit must be a positive whole number, not ${limit}`);
  if (!base.endsWith('/')) throw new Error(`The sitemap's base must end in "/": ${base}`);
  if (urls.length <= limit) return [{ file: 'sitemap.xml', xml: urlset(urls) }];
  const parts: SitemapUrl[][] = [];
  for (let i = 0; i < urls.length; i += limit) parts.push(urls.slice(i, i + limit));
  return [
    {
      file: 'sitemap.xml',
      xml: sitemapIndex(
        parts.map((part, i) => ({
          loc: base + sitemapPartFile(i + 1),
          lastmod: latestDate(part.map((u) => u.lastmod))
        }))
      )
    },
    ...parts.map((part, i) => ({ file: sitemapPartFile(i + 1), xml: urlset(part) }))
  ];
}

/** robots.txt: the sitemap's absolute address, and the embed's pages kept out of crawling. */
export const robotsTxt = ({ sitemap, embed }: { sitemap: string; embed: string }) =>
  `User-agent: *\nDisallow: ${embed}\n\nSitemap: ${sitemap}\n`;
