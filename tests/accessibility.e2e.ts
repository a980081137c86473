import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { axeViolations, LABEL_IN_NAME } from './axe';
import { SEED } from './story-data';
import { look } from './theme-look';

async function violations(page: Page) {
  return (await axeViolations(page)).violations;
}

// One test per page, so that they run in parallel and each has its own time.
const seed = JSON.parse(readFileSync(`content/stories/${SEED}/story.json`, 'utf8')) as {
  documents: { id: string }[];
  events: { slug: string }[];
};
const PAGES = [
  '/',
  `/${SEED}/`,
  ...seed.events.map((e) => `/${SEED}/${e.slug}/`),
  ...seed.documents.map((d) => `/${SEED}/sources/${d.id}/`),
  `/embed/${SEED}/`,
  `/embed/${SEED}/${seed.events[0]!.slug}/`
];

// Every page in both themes, as the system's colour scheme picks them (the page is checked to
// be in that theme first).
const THEMES = [
  { scheme: 'light', name: '' },
  { scheme: 'dark', name: ', dark' }
] as const;

for (const { scheme, name } of THEMES) {
  for (const path of PAGES) {
    test(`axe finds no violation on ${path}${name}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect((await look(page)).background).toBe(scheme);
      expect(await violations(page)).toEqual([]);
    });
  }

  test(`axe finds no violation on a phone, with a panel open${name}`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      colorScheme: scheme
    });
    const page = await context.newPage();
    await page.goto(`/${SEED}/jake-sullivan-met-en-garde-la-coree-du-nord/`);
    await page.waitForLoadState('networkidle');
    expect((await look(page)).background).toBe(scheme);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
}

test('axe is 4.14 or later and checks that each mark’s name starts with what it shows', async ({
  page
}) => {
  const axe = createRequire(import.meta.url)('axe-core/package.json') as { version: string };
  expect(axe.version).toMatch(/^4\.(1[4-9]|[2-9]\d)\./);
  await page.goto(`/${SEED}/`);
  await page.waitForLoadState('networkidle');
  const { violations: found, ran } = await axeViolations(page);
  expect(found).toEqual([]);
  expect(ran).toContain(LABEL_IN_NAME);
  // Every mark's name starts with the label it shows (WCAG 2.5.3), a cut one's too.
  const marks = await page.locator('.horizontal a.mark').all();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) {
    const shown = (await mark.locator('text').textContent())!.replace(/…$/, '');
    expect((await mark.getAttribute('aria-label'))!.startsWith(shown)).toBe(true);
  }
});

test('focus is always visible and the selected mark is announced as current', async ({ page }) => {
  await page.goto(`/${SEED}/le-kremlin-refuse-de-confirmer-le-sommet/`);
  await expect(page.locator('.horizontal.only')).toBeVisible();
  const selected = page.locator('.horizontal a[aria-current="true"]');
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute(
    'aria-label',
    /^Le Kremlin ne confirme pas le sommet — mardi 5 septembre 2023 : Le Kremlin refuse/
  );
  await selected.focus();
  const outline = await selected.locator('text').evaluate((el) => getComputedStyle(el).fill);
  expect(outline).toBe('rgb(194, 65, 12)'); // the focus colour
  // The screen-reader list reads every event in time order with its date.
  const items = await page.locator('.all-events li').allInnerTexts();
  expect(items).toHaveLength(seed.events.length);
  expect(items[0]).toMatch(/^du 25 au 27 juillet 2023/);
  expect(items.at(-1)).toMatch(/^mercredi 13 septembre 2023/);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('nothing animates', async ({ page }) => {
    await page.goto(`/${SEED}/`);
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .map((el) => getComputedStyle(el).transitionDuration)
        .filter((d) => d !== '0s' && parseFloat(d) > 0.001)
    );
    expect(durations).toEqual([]);
  });
});
