import { expect, test, type APIRequestContext } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { readFileSync } from 'node:fs';
import { allBuiltPages, LONG, SEED } from './story-data';

/**
 * The sitemap and robots.txt of the built site, read as a crawler reads them: the sitemap
 * holds every page a reader should find, counted against the built pages themselves (not a
 * sample), and nothing else; robots.txt names it and keeps crawlers out of the embed, whose
 * pages say noindex.
 */

const BUILD = process.env.E2E_BUILD_DIR ?? 'build';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** An XML file's root element, parsed as XML (a parse error or a missing root fails here). */
async function xmlRoot(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toMatch(/^application\/xml/);
  const text = await response.text();
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), path).toBe(true);
  const doc = parseDocument(text, { xmlMode: true });
  const roots = DomUtils.getChildren(doc).filter(DomUtils.isTag);
  expect(roots, path).toHaveLength(1);
  const root = roots[0]!;
  expect(root.attribs.xmlns, path).toBe(NAMESPACE);
  return root;
}

type Element = Awaited<ReturnType<typeof xmlRoot>>;
const childText = (el: Element, name: string) => {
  const child = DomUtils.getChildren(el).find((c) => DomUtils.isTag(c) && c.name === name);
  return child ? DomUtils.textContent(child) : undefined;
};

/** Every address of the sitemap, through its index and parts when it has them. */
async function sitemapEntries(request: APIRequestContext) {
  const root = await xmlRoot(request, '/sitemap.xml');
  const urlsOf = (set: Element) => {
    expect(set.name).toBe('urlset');
    const urls = DomUtils.getChildren(set).filter(DomUtils.isTag);
    expect(urls.length).toBeLessThanOrEqual(50_000);
    expect(urls.filter((url) => url.name !== 'url').map((url) => url.name)).toEqual([]);
    const entries = urls.map((url) => ({
      loc: childText(url, 'loc'),
      lastmod: childText(url, 'lastmod')
    }));
    expect(entries.filter((e) => !e.loc).length, '<url> without <loc>').toBe(0);
    return entries.map((e) => ({ loc: e.loc!, lastmod: e.lastmod }));
  };
  if (root.name === 'urlset') return urlsOf(root);
  expect(root.name).toBe('sitemapindex');
  const entries = [];
  for (const sitemap of DomUtils.getChildren(root).filter(DomUtils.isTag)) {
    const loc = childText(sitemap, 'loc')!;
    expect(new URL(loc).pathname).toMatch(/\/sitemap-\d+\.xml$/);
    entries.push(...urlsOf(await xmlRoot(request, new URL(loc).pathname)));
  }
  return entries;
}

/** A page a reader should find: not the embed's, the 404, the old article address, the workshop. */
const forReaders = (page: string) =>
  !page.startsWith('/embed/') &&
  page !== '/404.html' &&
  page !== '/atelier/' &&
  !/^\/[^/]+\/article\/$/.test(page);

test('the sitemap lists every page a reader should find, once each, at the site’s address', async ({
  request
}) => {
  test.setTimeout(120_000);
  const entries = await sitemapEntries(request);
  const locs = entries.map((e) => e.loc);
  expect(new Set(locs).size, 'an address listed twice').toBe(locs.length);

  // The same origin as the pages' own canonical addresses (SITE_ORIGIN).
  const storyPage = await (await request.get(`/${SEED}/`)).text();
  const ogUrl = /<meta property="og:url" content="([^"]+)"/.exec(storyPage)?.[1];
  expect(ogUrl).toBeDefined();
  const origin = new URL(ogUrl!).origin;
  expect(locs.filter((loc) => new URL(loc).origin !== origin)).toEqual([]);
  expect(locs).toContain(ogUrl);

  const listed = locs.map((loc) => new URL(loc).pathname);
  const expected = allBuiltPages(BUILD).filter(forReaders);
  expect(listed.length).toBe(expected.length);
  expect([...listed].sort()).toEqual(expected);
  // What is left out is left out.
  expect(listed.filter((p) => p.startsWith('/embed/') || p === '/404.html')).toEqual([]);

  // Each story's pages are dated by its latest document (stories.json's `published`).
  const index = JSON.parse(readFileSync(`${BUILD}/stories.json`, 'utf8')) as {
    stories: { id: string; published?: string }[];
  };
  // (The protocol writes four-digit years only: a story dated otherwise has no lastmod.)
  const published = new Map(
    index.stories.map((s) => [
      s.id,
      s.published && /^\d{4}-/.test(s.published) ? s.published : undefined
    ])
  );
  const misdated = entries.filter(({ loc, lastmod }) => {
    const id = new URL(loc).pathname.split('/')[1];
    return id !== '' && lastmod !== published.get(id!);
  });
  expect(
    misdated.slice(0, 10),
    `${misdated.length} pages dated otherwise than their story`
  ).toEqual([]);
  const seed = index.stories.find((s) => s.id === SEED)!;
  expect(seed.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('the 10,000-event story’s pages are all in the sitemap', async ({ request }) => {
  test.setTimeout(120_000);
  const built = allBuiltPages(BUILD).filter((p) => p.startsWith(`/${LONG}/`));
  test.skip(built.length === 0, `${LONG} is not in this build (npm run test:e2e builds it)`);
  const listed = new Set((await sitemapEntries(request)).map((e) => new URL(e.loc).pathname));
  const missing = built.filter(forReaders).filter((p) => !listed.has(p));
  expect(missing.slice(0, 10), `${missing.length} missing`).toEqual([]);
  expect(built.filter((p) => /^\/[^/]+\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(10_000);
});

test('robots.txt names the sitemap and keeps crawlers out of the embed', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const lines = (await response.text()).split('\n').map((l) => l.trim());
  expect(lines).toContain('User-agent: *');
  expect(lines).toContain('Disallow: /embed/');
  const sitemap = lines.find((l) => l.startsWith('Sitemap: '))?.slice('Sitemap: '.length);
  expect(sitemap).toBeDefined();
  // Absolute, and the sitemap itself.
  expect(new URL(sitemap!).pathname).toBe('/sitemap.xml');
  const entries = await sitemapEntries(request);
  expect(new URL(sitemap!).origin).toBe(new URL(entries[0]!.loc).origin);
});

test('the pages left out say noindex, as a crawler reads them; the pages listed do not', async ({
  request
}) => {
  const story = (await (await request.get(`/${SEED}/story.json`)).json()) as {
    events: { slug: string }[];
    documents: { id: string }[];
  };
  const event = story.events[0]!.slug;
  const listed = new Set((await sitemapEntries(request)).map((e) => new URL(e.loc).pathname));
  const robots = async (path: string) => {
    const html = await (await request.get(path)).text();
    return [...html.matchAll(/<meta name="robots" content="([^"]*)"/g)].map((m) => m[1]);
  };
  for (const path of [
    `/embed/${SEED}/`,
    `/embed/${SEED}/${event}/`,
    `/${SEED}/article/`,
    '/atelier/',
    '/404.html'
  ]) {
    expect(listed.has(path), path).toBe(false);
    expect(await robots(path), path).toEqual(['noindex']);
  }
  for (const path of [
    '/',
    `/${SEED}/`,
    `/${SEED}/${event}/`,
    `/${SEED}/sources/${story.documents[0]!.id}/`
  ]) {
    expect(listed.has(path), path).toBe(true);
    expect(await robots(path), path).toEqual([]);
  }
});
