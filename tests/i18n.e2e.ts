import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CATALOGUES } from '../src/lib/i18n/catalogues';
import { builtPages, LONG_EN, SEED } from './story-data';

/**
 * The interface speaks the story's language: each page says which in <html lang>, and no page
 * shows a message's key or a placeholder left unfilled, before or after its script runs. A
 * page's client loads a story's reading words first and the rest on the routes that use them
 * (src/lib/i18n/load-catalogue.ts): a word missing from what a route loaded shows as ⟦its key⟧.
 */
const fileOf = (page: string) =>
  page === '/404.html' ? 'build/404.html' : `build${page}index.html`;

/** The seed story's pages, its embed's, and the site's own (home, 404): French, all of them. */
const seedPages = builtPages().filter(
  (page) =>
    page === '/' ||
    page === '/404.html' ||
    page.startsWith(`/${SEED}/`) ||
    page.startsWith(`/embed/${SEED}/`)
);

/** The English synthetic story's pages (a sample: builtPages), its embed's too. */
const englishPages = builtPages().filter(
  (page) => page.startsWith(`/${LONG_EN}/`) || page.startsWith(`/embed/${LONG_EN}/`)
);

test('the seed story’s pages, its embed and the site’s own say lang="fr"', () => {
  expect(seedPages.length).toBeGreaterThan(10);
  expect(seedPages.filter((page) => page.startsWith(`/embed/${SEED}/`)).length).toBeGreaterThan(1);
  for (const page of seedPages) {
    const html = readFileSync(fileOf(page), 'utf8');
    expect(/^<!doctype html>\s*<html lang="([^"]*)"/i.exec(html)?.[1], page).toBe('fr');
  }
});

/** Every message key, as a word of its own: "timeline.showAll" shown in place of its words. */
const KEYS = new RegExp(
  `(^|[^\\w.])(${Object.keys(CATALOGUES.fr)
    .map((k) => k.replace(/[.-]/g, '\\$&'))
    .join('|')})(?![\\w-])`
);
const PLACEHOLDER = /\{\w+\}/;

/** What a reader (or a reader's tools) gets of the page: its text, names, titles and meta. */
const wordsOf = (page: Page) =>
  page.evaluate(() => {
    const texts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('*'))
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'content'])
        if (el.hasAttribute(name)) texts.push(`${name}="${el.getAttribute(name)}"`);
    for (const el of document.querySelectorAll('svg title')) texts.push(el.textContent ?? '');
    return texts;
  });

function problemsIn(texts: string[], where: string): string[] {
  const problems: string[] = [];
  /** The words around what was found, for the message. */
  const around = (text: string, at: number) =>
    JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
  for (const text of texts) {
    const found = [
      PLACEHOLDER.exec(text),
      /\bundefined\b|\bNaN\b|\[object Object\]|⟦/.exec(text),
      KEYS.exec(text)
    ];
    for (const match of found) if (match) problems.push(`${where}: ${around(text, match.index)}`);
  }
  return problems;
}

for (const javaScriptEnabled of [false, true])
  test.describe(javaScriptEnabled ? 'with its script' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('no page shows a message key or a placeholder left unfilled', async ({ page }) => {
      test.setTimeout(120_000);
      const problems: string[] = [];
      for (const path of seedPages) {
        await page.goto(path === '/404.html' ? '/pas-une-page/' : path);
        // The story's old article address sends the reader on to a document's page (PAGES).
        if (path.endsWith('/article/')) await page.waitForURL(/\/sources\//);
        if (javaScriptEnabled && path !== '/404.html') await page.waitForLoadState('networkidle');
        problems.push(...problemsIn(await wordsOf(page), path));
      }
      expect(problems).toEqual([]);
    });

    test('no page of the English story shows a message key either', async ({ page }) => {
      test.setTimeout(120_000);
      const problems: string[] = [];
      for (const path of englishPages) {
        await page.goto(path);
        if (javaScriptEnabled) await page.waitForLoadState('networkidle');
        problems.push(...problemsIn(await wordsOf(page), path));
      }
      expect(problems).toEqual([]);
    });
  });

/*
 * Reached by the client, not loaded: a page whose route needs more words than a story's
 * reading pages loads them on the way (a source's page, the list's next page), and a reading
 * page reached from it still has its own. Both languages.
 */
for (const [story, language] of [
  [SEED, 'French'],
  [LONG_EN, 'English']
] as const)
  test(`the ${language} story's pages reached by the client speak all their words`, async ({
    page
  }) => {
    test.setTimeout(60_000);
    const problems: string[] = [];
    await page.goto(`/${story}/`);
    await page.waitForLoadState('networkidle');
    const documentUrl = page.url();
    await page.evaluate(
      () => ((window as unknown as { sameDocument: boolean }).sameDocument = true)
    );
    // A source's page, then the list's second page where the story has one.
    const source = page.locator(`a[href^="/${story}/sources/"]`).first();
    await source.click();
    await page.waitForURL(/\/sources\//);
    await page.waitForLoadState('networkidle');
    problems.push(...problemsIn(await wordsOf(page), 'a source, by the client'));
    await page.goBack();
    await page.waitForURL(documentUrl);
    await page.waitForLoadState('networkidle');
    problems.push(...problemsIn(await wordsOf(page), 'back to the story'));
    const next = page.locator(`a[href="/${story}/liste/2/"]`).first();
    if ((await next.count()) > 0) {
      await next.click();
      await page.waitForURL(/\/liste\/2\/$/);
      await page.waitForLoadState('networkidle');
      problems.push(...problemsIn(await wordsOf(page), 'the list’s second page, by the client'));
    }
    // One document all along: the client, not page loads, took the reader there.
    expect(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)
    ).toBe(true);
    expect(problems).toEqual([]);
  });

test('a search and the list it leaves speak the page’s words, counts filled in', async ({
  page
}) => {
  await page.goto(`/${SEED}/?q=kim`);
  const status = page.getByRole('search').getByRole('status');
  await expect(status).toHaveText(/^\d+ événements? sur \d+$/);
  await expect(page.locator('#all-events-title')).toContainText('Événements trouvés');
  await page.getByRole('searchbox').fill('zzzzzz');
  await expect(status).toHaveText(/^aucun événement sur \d+$/);
  expect(problemsIn(await wordsOf(page), 'search')).toEqual([]);
});
