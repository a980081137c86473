/**
 * The search section of the benchmark: on the synthetic stories, a query typed into the search
 * box one key at a time (Chromium 1280×800), and for each keystroke the time the app's filter
 * took (its own performance.measure('search-filter'), made around the filtering of every event);
 * also the one-off cost of indexing the story's words ('search-index') and the size of the file
 * they come in (search.json), fetched when the box is first used.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium.js';
import { percentile } from './scale.js';

/** Keystrokes a little apart, as typed: each gets its own filtering. */
const KEY_DELAY_MS = 60;

/**
 * The query typed: the first two words of one of the story's actors' names (the synthetic
 * stories are seeded, so it is the same on every run), lower case and without accents, as a
 * reader would type it.
 * @param {string} buildDir
 * @param {string} id
 */
export function scriptedQuery(buildDir, id) {
  const story = JSON.parse(readFileSync(path.join(buildDir, id, 'story.json'), 'utf8'));
  const name = /** @type {string} */ (story.actors[3].name);
  return name
    .split(' ')
    .slice(0, 2)
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/**
 * @typedef {{ size: number, id: string, query: string, keystrokes: number,
 *   filterMs: { count: number, median: number, max: number } | null, indexMs: number | null,
 *   found: string | null, wordsBytes: number, wordsGzip: number, error?: string }} SearchRun
 */

/**
 * @param {{ chromePath: string, origin: string, buildDir: string, stories: { size: number, id: string }[] }} options
 * @returns {Promise<SearchRun[]>}
 */
export async function measureSearch({ chromePath, origin, buildDir, stories }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  /** @type {SearchRun[]} */
  const runs = [];
  try {
    for (const { size, id } of stories) {
      const file = path.join(buildDir, id, 'search.json');
      const query = scriptedQuery(buildDir, id);
      /** @type {SearchRun} */
      const run = {
        size,
        id,
        query,
        keystrokes: query.length,
        filterMs: null,
        indexMs: null,
        found: null,
        wordsBytes: statSync(file).size,
        wordsGzip: gzipSync(readFileSync(file), { level: 9 }).length
      };
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(`${origin}/${id}/`, { waitUntil: 'networkidle' });
        await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
        const box = page.getByRole('searchbox', { name: 'Rechercher' });
        await box.focus();
        // The words arrive on first use; the bench times the filtering, not the fetch.
        await page.waitForFunction(() => performance.getEntriesByName('search-index').length > 0);
        await box.pressSequentially(query, { delay: KEY_DELAY_MS });
        await page.waitForFunction(
          (q) => new URL(location.href).searchParams.get('q') === q,
          query
        );
        const status = page.locator('.search [role="status"]');
        await status.filter({ hasText: /sur/ }).waitFor();
        run.found = await status.textContent();
        const measures = await page.evaluate(() => ({
          filter: performance.getEntriesByName('search-filter').map((e) => e.duration),
          index: performance.getEntriesByName('search-index').map((e) => e.duration)
        }));
        const sorted = [...measures.filter].sort((a, b) => a - b);
        run.filterMs = sorted.length
          ? {
              count: sorted.length,
              median: percentile(sorted, 50),
              max: /** @type {number} */ (sorted.at(-1))
            }
          : null;
        run.indexMs = measures.index[0] ?? null;
      } catch (error) {
        run.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
      } finally {
        await context.close();
      }
      runs.push(run);
    }
  } finally {
    await browser.close();
  }
  return runs;
}
