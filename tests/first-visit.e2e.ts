/**
 * The first visit paints with no framework script: the prerendered page reads and draws the
 * timeline by itself, and SvelteKit's client is fetched and started once the page has painted
 * (src/lib/server/boot-after-paint.ts). These check what a reader would notice: nothing asked
 * for before the paint but the page and its styles; everything works as before once the
 * client has started, and a click before it still opens its event; the policy still allows
 * the (rewritten) boot script and nothing else.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, SEED } from './story-data';

const STORY = `/${SEED}/`;
const KREMLIN = 'le-kremlin-refuse-de-confirmer-le-sommet';
const SULLIVAN = 'jake-sullivan-met-en-garde-la-coree-du-nord';
const path = (slug: string) => `/${SEED}/${slug}/`;
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const mark = (page: Page, slug: string) => page.locator(`.horizontal a[data-slug="${slug}"]`);

/** Waits until the client has started and drawn the view (StoryView's mark). */
const started = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);

/** The scripts the page asked for, with when it asked, and its first contentful paint (ms). */
const timings = (page: Page) =>
  page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => /\.js(\?|$)/.test(entry.name))
      .map((entry) => ({ url: entry.name, start: entry.startTime }))
  }));

for (const [name, address] of [
  ['story page', STORY],
  ['event page', path(KREMLIN)],
  ['embed', `/embed/${SEED}/${KREMLIN}/`]
] as const) {
  test(`the ${name} asks for no script before its first paint, and starts its client after it`, async ({
    page
  }) => {
    const violations: string[] = [];
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
      )
    );
    page.on('console', (m) => {
      if (/CSP violation|Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(address);
    await started(page);
    const { fcp, scripts } = await timings(page);
    expect(fcp).not.toBeNull();
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.start, script.url).toBeGreaterThanOrEqual(fcp!);
    expect(violations).toEqual([]);
  });
}

test('the built pages preload no script, and their policy allows each of their inline scripts and styles by its hash', () => {
  for (const page of builtPages()) {
    const file = page === '/404.html' ? 'build/404.html' : `build${page}index.html`;
    const html = readFileSync(file, 'utf8');
    expect(html.includes('rel="modulepreload"'), `${page} preloads a module`).toBe(false);
    const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
    const sources = (directive: string) =>
      new RegExp(`${directive} ([^;]*)`).exec(csp ?? '')?.[1]?.split(' ') ?? [];
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts.length, page).toBeGreaterThan(0);
    for (const script of scripts) expect(sources('script-src'), page).toContain(hashOf(script));
    // The small stylesheets written into the page (kit.inlineStyleThreshold), by theirs.
    for (const style of html.matchAll(/<style>([\s\S]*?)<\/style>/g))
      expect(sources('style-src'), page).toContain(hashOf(style[1] ?? ''));
  }
});

test('a click on a mark before the script has started opens its event', async ({ page }) => {
  // The client never arrives: the prerendered page is all the reader has.
  await page.route('**/_app/**/*.js', (route) => route.abort());
  await page.goto(STORY);
  await mark(page, SULLIVAN).click();
  await expect(page).toHaveURL(path(SULLIVAN));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Jake Sullivan met en garde/);
  await expect(mark(page, SULLIVAN)).toHaveAttribute('aria-current', 'true');
});

test('once started from a shared link, the client keeps the timeline mounted from event to event, and Back and Forward work', async ({
  page
}) => {
  await page.goto(path(KREMLIN));
  await started(page);
  // A full page load would lose this; the client's navigation keeps the document and the drawing.
  await page.evaluate(() => {
    (window as { kept?: Element | null }).kept = document.querySelector('.horizontal svg');
  });
  const kept = () =>
    page.evaluate(() => {
      const w = window as { kept?: Element | null };
      return !!w.kept && w.kept === document.querySelector('.horizontal svg');
    });
  await mark(page, SULLIVAN).click();
  await expect(page).toHaveURL(path(SULLIVAN));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Jake Sullivan met en garde/);
  expect(await kept()).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(path(KREMLIN));
  await expect(mark(page, KREMLIN)).toHaveAttribute('aria-current', 'true');
  await page.goForward();
  await expect(page).toHaveURL(path(SULLIVAN));
  await expect(mark(page, SULLIVAN)).toHaveAttribute('aria-current', 'true');
  expect(await kept()).toBe(true);
});
