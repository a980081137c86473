/**
 * The drafting workshop (/atelier/), as an editor uses it: the seed dispatch pasted, drafted in
 * the browser, a speaker corrected and two events merged, the files downloaded; the downloaded
 * folder checked by the build's own validator (src/lib/story/validate.ts, the module the build
 * validates every story with: an EXTRA_STORIES build of it would take minutes), then reopened.
 * Also: hostile text pasted stays inert, the page is walked by keyboard and axe-clean in both
 * themes, and a story's reader downloads none of the workshop.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { recordIncidents } from './incidents';
import { draftStory } from '../src/lib/draft/draft';
import { findDates } from '../src/lib/workshop/highlights';
import type { StoryFile } from '../src/lib/story/schema';
import { validateStory, type ValidationContext } from '../src/lib/story/validate';
import { axeViolations } from './axe';
import { SEED } from './story-data';

const SEED_FILE = 'content/stories/coree-du-nord-russie-armes/article.fr.txt';
const HOSTILE_FILE = 'tests/fixtures/stories/histoire-piegee/article.fr.txt';
const PUBLISHED = '2023-09-05';
const OUTLET = 'AFP';

/** What the engine drafts from the seed dispatch, in Node: what the page must show. */
const seedText = readFileSync(SEED_FILE, 'utf8');
const engine = draftStory({
  text: seedText,
  fileName: 'article.fr.txt',
  published: PUBLISHED,
  outlet: OUTLET,
  lang: 'fr'
});
const engineQuotes = engine.story.events.flatMap((e) => e.quotes);

async function draft(page: Page, text: string, published = PUBLISHED, outlet = OUTLET) {
  await page.goto('/atelier/');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Texte de la dépêche').fill(text);
  await page.getByLabel('Date de publication').fill(published);
  await page.getByLabel('Média').fill(outlet);
  await page.getByRole('button', { name: 'Préparer le brouillon' }).click();
  await expect(page.getByTestId('article-marks')).toBeVisible();
}

/** How many distinct quotations and dates the article shows highlighted. */
const highlighted = (page: Page) =>
  page.getByTestId('article-marks').evaluate((el) => ({
    quotes: new Set(
      [...el.querySelectorAll<HTMLElement>('mark[data-quote]')].map((m) => m.dataset.quote)
    ).size,
    dates: new Set(
      [...el.querySelectorAll<HTMLElement>('mark[data-date]')].map((m) => m.dataset.date)
    ).size
  }));

async function downloadAll(page: Page): Promise<Record<string, Buffer>> {
  await page.getByRole('button', { name: 'Télécharger', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'La build accepte' })).toBeVisible();
  const files: Record<string, Buffer> = {};
  for (const link of await page.getByRole('link', { name: /^Télécharger / }).all()) {
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    files[(download as Download).suggestedFilename()] = readFileSync(
      (await (download as Download).path())!
    );
  }
  return files;
}

/** Validates a story folder on disk with the build's validator, reading its files as it does. */
function validateFolder(dir: string) {
  const context: ValidationContext = {
    readText: (file) => {
      try {
        return readFileSync(path.join(dir, file), 'utf8');
      } catch {
        return undefined;
      }
    },
    fileExists: () => false
  };
  return validateStory(JSON.parse(readFileSync(path.join(dir, 'story.json'), 'utf8')), context);
}

test('from paste to download: a corrected speaker and a merged event survive, the files build, the draft reopens', async ({
  page
}) => {
  const incidents = await recordIncidents(page, { allow: ['blob:'], csp: true });
  await draft(page, seedText);

  // Highlights: as many as the engine finds.
  expect(await highlighted(page)).toEqual({
    quotes: engineQuotes.length,
    dates: engine.report.dates.length
  });
  expect(engineQuotes.length).toBe(10);
  // Each date with what it resolves to and why.
  const fin = engine.report.dates.findIndex((d) => d.text === 'fin juillet');
  await expect(page.locator(`[data-date-item="${fin}"]`)).toContainText('2023-07-21 … 2023-07-31');
  await expect(page.locator(`[data-date-item="${fin}"]`)).toContainText('règle');

  // Correct the speaker of the first quotation: a new name.
  const quote = engineQuotes[0]!;
  const item = page.locator(`[data-quote-item="${quote.id}"]`);
  await item.getByLabel('Locuteur', { exact: true }).fill('Antony Blinken');
  await item.getByRole('button', { name: 'Corriger le locuteur' }).click();
  await expect(item.locator('.speaker')).toContainText('Antony Blinken');
  await expect(item.locator('.badge')).toHaveCount(0);

  // Merge the second event into the first.
  const [first, second] = engine.story.events;
  const editor = page.locator(`[data-event-item="${first!.slug}"]`);
  await editor.getByLabel('Fusionner avec').selectOption(second!.slug);
  await editor.getByRole('button', { name: 'Fusionner' }).click();
  await expect(page.locator(`[data-event-item="${second!.slug}"]`)).toHaveCount(0);
  // The preview follows: one mark fewer.
  await expect(page.locator('#apercu .horizontal a[data-slug]')).toHaveCount(
    engine.story.events.length - 1
  );

  // A mark of the preview leads to its event's editor.
  await page.locator(`#apercu .horizontal a[data-slug="${first!.slug}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#evenement-${first!.slug}$`));
  await expect(editor).toBeInViewport();

  const files = await downloadAll(page);
  expect(Object.keys(files).sort()).toEqual(['article.fr.txt', 'story.json']);
  expect(files['article.fr.txt']!.equals(readFileSync(SEED_FILE)), 'byte for byte').toBe(true);

  // The downloaded folder, as the build would read it from content/stories/.
  const dir = mkdtempSync(path.join(tmpdir(), 'atelier-'));
  try {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
    const result = validateFolder(dir);
    expect(result.ok ? [] : result.errors).toEqual([]);
    const story = JSON.parse(files['story.json']!.toString('utf8')) as StoryFile;
    const quotes = story.events.flatMap((e) => e.quotes);
    const corrected = quotes.find((q) => q.id === quote.id)!;
    expect(story.actors.find((a) => a.id === corrected.speaker)?.name).toBe('Antony Blinken');
    expect(corrected.draft).toBeUndefined();
    const merged = story.events.find((e) => e.slug === first!.slug)!;
    expect(story.events.some((e) => e.slug === second!.slug)).toBe(false);
    expect(merged.quotes.map((q) => q.id).sort()).toEqual(
      [...first!.quotes, ...second!.quotes].map((q) => q.id).sort()
    );
    expect(quotes.length).toBe(engineQuotes.length);

    // Reopen the downloaded draft in a fresh workshop, and go on from there.
    await page.goto('/atelier/');
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Son story.json').setInputFiles(path.join(dir, 'story.json'));
    await page.getByLabel('Sa dépêche').setInputFiles(path.join(dir, 'article.fr.txt'));
    await page.getByRole('button', { name: 'Rouvrir' }).click();
    await expect(page.getByTestId('article-marks')).toBeVisible();
    await expect(page.locator(`[data-quote-item="${quote.id}"] .speaker`)).toContainText(
      'Antony Blinken'
    );
    await expect(page.locator('[data-event-item]')).toHaveCount(story.events.length);
    const again = await downloadAll(page);
    expect(again['story.json']!.equals(files['story.json']!)).toBe(true);
    expect(again['article.fr.txt']!.equals(readFileSync(SEED_FILE))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(incidents).toEqual([]);
});

test('an article opened from a file is given back byte for byte, CR LF line ends and all', async ({
  page
}) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'atelier-crlf-'));
  try {
    const crlf = seedText.replace(/\n/g, '\r\n');
    const file = path.join(dir, 'depeche.txt');
    writeFileSync(file, crlf);
    await page.goto('/atelier/');
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Ouvrir un fichier').setInputFiles(file);
    await expect(page.getByText(/Fichier ouvert : depeche\.txt/)).toBeVisible();
    await page.getByLabel('Date de publication').fill(PUBLISHED);
    await page.getByLabel('Média').fill(OUTLET);
    await page.getByRole('button', { name: 'Préparer le brouillon' }).click();
    const files = await downloadAll(page);
    expect(files['article.fr.txt']!.equals(Buffer.from(crlf, 'utf8'))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('hostile text pasted in the workshop is inert: no markup, script or direction override takes effect', async ({
  page
}) => {
  const hostile = readFileSync(HOSTILE_FILE, 'utf8');
  const incidents = await recordIncidents(page, { allow: ['blob:'], csp: true });
  await draft(page, hostile, '2024-03-14', '<b>AFP</b>');
  const marks = page.getByTestId('article-marks');
  // The markup is text: shown as typed, made into no element.
  await expect(marks).toContainText('<script>alert("citation")</script>');
  const inside = await marks.evaluate((el) => ({
    elements: [...el.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()),
    text: el.textContent ?? ''
  }));
  expect(inside.elements.filter((t) => t !== 'mark' && t !== 'span')).toEqual([]);
  // Every reordering control of the text is shown as a marker, none is left in force.
  const controls = hostile.match(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g) ?? [];
  expect(controls.length).toBeGreaterThan(0);
  expect(inside.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  await expect(marks.locator('.control')).toHaveCount(controls.length);
  // Nor anywhere else on the page: titles, notes, lists, the preview's labels, the fields.
  const inForce = await page.evaluate(() => {
    const bidi = /[\u202A-\u202E\u2066-\u2069]/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (bidi.test(node.nodeValue ?? '') && !node.parentElement?.closest('textarea'))
        found.push(`${node.parentElement?.tagName}: ${node.nodeValue}`);
    for (const field of document.querySelectorAll('input, select, option'))
      if (bidi.test((field as HTMLInputElement).value ?? '')) found.push(`${field.tagName} value`);
    for (const el of document.querySelectorAll('[aria-label]'))
      if (bidi.test(el.getAttribute('aria-label')!)) found.push(`${el.tagName} aria-label`);
    return found;
  });
  expect(inForce).toEqual([]);
  // Only the app's own scripts; no image, no handler from the text, anywhere on the page.
  const injected = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].filter(
      (s) => !s.src && !s.textContent?.includes('__sveltekit') && !s.textContent?.includes('theme')
    ).length,
    images: document.querySelectorAll('img').length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on'))
    ).length
  }));
  expect(injected).toEqual({ scripts: 0, images: 0, handlers: 0 });
  // The downloaded article is the pasted text, byte for byte.
  const files = await downloadAll(page);
  expect(files['article.fr.txt']!.equals(Buffer.from(hostile, 'utf8'))).toBe(true);
  expect(incidents).toEqual([]);
});

test('the workshop is used by keyboard alone', async ({ page }) => {
  await page.goto('/atelier/');
  await page.waitForLoadState('networkidle');
  /** Tabs until the focused element's accessible text matches, and says what it passed. */
  async function tabTo(name: RegExp, limit = 400): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.getAttribute('aria-label') ?? ''} ${el.innerText ?? ''} ${el.id}` : '';
      });
      if (name.test(focused)) return;
    }
    throw new Error(`Tab never reached ${name}`);
  }
  await tabTo(/article-text/);
  await page.keyboard.insertText(seedText);
  await page.getByLabel('Date de publication').fill(PUBLISHED); // a date field's keys vary by locale
  await page.getByLabel('Média').focus();
  await page.keyboard.insertText(OUTLET);
  await tabTo(/Préparer le brouillon/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('article-marks')).toBeVisible();
  // Accept the first event by keyboard: its draft mark goes.
  const first = engine.story.events[0]!;
  await tabTo(/Accepter l’événement/);
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-event-item="${first.slug}"] h3 .badge`)).toHaveCount(0);
  // Accept the first quotation's speaker the same way.
  await tabTo(/Accepter le locuteur/);
  await page.keyboard.press('Space');
  await expect(page.locator(`[data-quote-item="${engineQuotes[0]!.id}"] .badge`)).toHaveCount(0);
  // And reach the download.
  await tabTo(/^\s*Télécharger\s*$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Télécharger story.json' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the workshop is axe-clean, empty and with a draft, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/atelier/');
    await page.waitForLoadState('networkidle');
    expect((await axeViolations(page)).violations).toEqual([]);
    await draft(page, seedText);
    await page.getByRole('button', { name: 'Télécharger', exact: true }).click();
    expect((await axeViolations(page)).violations).toEqual([]);
  });
}

test('a story’s reader downloads none of the workshop, and finds no link to it', async ({
  page
}) => {
  const bodies: string[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script' || r.url().endsWith('.js'))
      bodies.push(await r.text().catch(() => ''));
  });
  await page.goto(`/${SEED}/`);
  await page.waitForLoadState('networkidle');
  expect(bodies.length).toBeGreaterThan(0);
  // Words only the workshop's code holds: the engine's, chrono-node's, the workshop's state's.
  for (const body of [await page.content(), ...bodies]) {
    expect(body).not.toContain('Locuteur à identifier');
    expect(body).not.toContain('Préparer le brouillon');
    expect(body).not.toContain('workshop.refused');
  }
  await expect(page.locator('a[href$="/atelier/"]')).toHaveCount(0);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Atelier de rédaction' })).toHaveAttribute(
    'href',
    '/atelier/'
  );
});

test('the dates the page lists are the engine’s, each with its reading', () => {
  // The page computes them with findDates, which draft.ts's report is made from.
  const dates = findDates(seedText, PUBLISHED, 'fr');
  expect(dates.map((d) => [d.text, d.start, d.end])).toEqual(
    engine.report.dates.map((d) => [d.text, d.start, d.end])
  );
});
