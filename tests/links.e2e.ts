import { expect, test } from '@playwright/test';

/**
 * A crawl of the built site as a plain static server serves it (no ".html" added): every link
 * and every #anchor found from the home page leads somewhere real. Of a long story (the
 * generated 10,000 events), the crawl reads its own page, its list's pages and a few events. The
 * build does not follow links (its pages come from the routes' entries: svelte.config.js,
 * `crawl: false`): this is the check that they lead somewhere, and tests/build-files.e2e.ts
 * that every page the stories call for was made.
 */
test.use({ javaScriptEnabled: false });

test('no broken link or anchor anywhere on the site', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const ids = new Map<string, Set<string>>(); // page path → its ids
  const broken: string[] = [];
  const queue = ['/'];
  const seen = new Set(queue);
  const anchors: { from: string; path: string; hash: string }[] = [];
  const index = (await (await request.get('/stories.json')).json()) as {
    stories: { path: string; events: number }[];
  };
  const long = index.stories.filter((s) => s.events > 200).map((s) => s.path);
  const sampled = new Map<string, number>();
  /** A long story's event or list page past the first few: not crawled. */
  const skip = (path: string) => {
    const story = long.find((p) => path.startsWith(p) || path.startsWith(`/embed${p}`));
    if (!story || path === story || path === `/embed${story}`) return false;
    const list = /\/liste\/\d+\/$/.test(path);
    const key = `${path.startsWith('/embed/') ? '/embed' : ''}${story}${list ? 'liste' : ''}`;
    const n = (sampled.get(key) ?? 0) + 1;
    sampled.set(key, n);
    return n > (list ? 3 : 5);
  };

  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${path}: ${response.status()}`);
      continue;
    }
    if (!response.headers()['content-type']?.startsWith('text/html')) continue;
    await page.goto(path);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      // getAttribute, not .href: SVG links have no string href property.
      links: [...document.querySelectorAll('a[href], link[rel="canonical"], link[rel="icon"]')].map(
        (a) => a.getAttribute('href')!
      ),
      images: [...document.querySelectorAll('meta[property="og:image"]')].map((m) =>
        m.getAttribute('content')!
      )
    }));
    ids.set(path, new Set(found.ids));
    for (const href of [...found.links, ...found.images]) {
      const url = new URL(href, origin + path);
      // Canonical and share URLs carry the public origin (SITE_ORIGIN): check their path here.
      const local = url.origin === origin || /^https?:\/\/localhost(:\d+)?$/.test(url.origin);
      if (!local) continue;
      if (url.hash)
        anchors.push({
          from: path,
          path: url.pathname,
          hash: decodeURIComponent(url.hash.slice(1))
        });
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        if (!skip(url.pathname)) queue.push(url.pathname);
      }
    }
  }
  for (const { from, path, hash } of anchors)
    if (ids.has(path) && !ids.get(path)!.has(hash))
      broken.push(`${from} → ${path}#${hash}: no such anchor`);

  expect(broken).toEqual([]);
  // Every event page, its share image and every quote anchor were reached.
  expect([...seen].filter((p) => p.endsWith('/share.png')).length).toBeGreaterThan(8);
  expect(anchors.filter((a) => a.path.includes('/sources/')).length).toBeGreaterThanOrEqual(10);
  expect(seen.size).toBeGreaterThan(30);
});
