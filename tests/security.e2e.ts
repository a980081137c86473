import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { IMPORTED_TIMELINES } from '../scripts/dev/e2e-timelines.js';
import { builtPages, SEED } from './story-data';

/** Records CSP violations and every request the page makes. */
async function watch(page: Page) {
  const violations: string[] = [];
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)
    );
  });
  return { violations, requests };
}

test('every page has a strict Content-Security-Policy', () => {
  for (const page of builtPages()) {
    const file = page === '/404.html' ? 'build/404.html' : `build${page}index.html`;
    const html = readFileSync(file, 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, page).toBeDefined();
    const directives = Object.fromEntries(
      csp!.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      })
    );
    expect(directives['script-src']?.[0]).toBe("'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
  }
});

/**
 * The pages walked, by story (a story's pages with those of its embed; the home page on its
 * own): a test each, so that they run side by side and each has its own time.
 * The imported TimelineJS timelines give only their story pages: their own tests watch every
 * page of theirs the same way.
 */
function walkedPagesByStory(): Map<string, string[]> {
  const imported = IMPORTED_TIMELINES.map((t) => t.id);
  const byStory = new Map<string, string[]>();
  for (const page of builtPages(undefined, { onlyStoryPagesOf: imported })) {
    if (page === '/404.html') continue;
    const story = page.replace(/^\/embed\//, '/').split('/')[1] || '(the site)';
    byStory.set(story, [...(byStory.get(story) ?? []), page]);
  }
  return byStory;
}

for (const [story, pages] of walkedPagesByStory()) {
  test(`the pages of ${story} work under their policy, and no request leaves the site`, async ({
    page,
    baseURL
  }) => {
    test.setTimeout(60_000);
    const { violations, requests } = await watch(page);
    for (const url of pages) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      // No inline event handler anywhere (they would need 'unsafe-inline').
      const handlers = await page.evaluate(
        () =>
          [...document.querySelectorAll('*')].filter((el) =>
            [...el.attributes].some((a) => /^on/i.test(a.name))
          ).length
      );
      expect(handlers, url).toBe(0);
    }
    expect(violations).toEqual([]);
    const elsewhere = requests.filter((u) => new URL(u).origin !== new URL(baseURL!).origin);
    expect(elsewhere).toEqual([]);
    expect(requests.length).toBeGreaterThan(pages.length);
  });
}

test('the seed story works under its policy while a reader uses it: open, zoom, switch the scale', async ({
  page,
  baseURL
}) => {
  const { violations, requests } = await watch(page);
  await page.goto(`/${SEED}/`);
  await page.locator('.horizontal.only').waitFor();
  await page.locator('.horizontal a[data-slug]').first().click();
  await page.getByRole('button', { name: 'Zoom avant' }).click();
  await page.getByLabel('Échelle linéaire (durées réelles)').check();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  const elsewhere = requests.filter((u) => new URL(u).origin !== new URL(baseURL!).origin);
  expect(elsewhere).toEqual([]);
});

test('nothing renders story data as HTML', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(svelte|ts)$/.test(name) && readFileSync(file, 'utf8').includes('{@html'))
        offenders.push(file);
    }
  };
  walk('src');
  // One exception: an island writes its own component's prerendered HTML (Svelte's rendering,
  // which escapes every text), made by renderPart on the server and never anything else.
  const island = path.join('src', 'lib', 'components', 'Island.svelte');
  expect(offenders).toEqual([island]);
  const code = readFileSync(island, 'utf8');
  expect(code.match(/\{@html [^}]*\}/g)).toEqual(['{@html html}']);
  expect(code).toMatch(
    /const html = browser \? ' ' : renderPart\(component, \{ props, context \}\);/
  );
});
