import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fr } from '../src/lib/i18n/fr';
import { builtPages, SEED } from './story-data';

/**
 * The interface speaks the story's language: each page says which in <html lang>, and no page
 * shows a message's key or a placeholder left unfilled, before or after its script runs.
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
  `(^|[^\\w.])(${Object.keys(fr)
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
      /\bundefined\b|\bNaN\b|\[object Object\]/.exec(text),
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
