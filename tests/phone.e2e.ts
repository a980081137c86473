/**
 * The timeline on a phone (390×844, touch), on the seed story: what a reader's fingers, eyes
 * and assistive technology meet. (The 10,000-event story on a phone: tests/scale.e2e.ts.)
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtStory, SEED } from './story-data';
import { phoneAtRest } from './phone-drawing';

const STORY = `/${SEED}/`;
const FIRST = 'visite-de-choigou-en-coree-du-nord';
const SULLIVAN = 'jake-sullivan-met-en-garde-la-coree-du-nord';
/** The story's last event: the Putin–Kim summit, Wednesday 13 September 2023. */
const LAST = 'sommet-poutine-kim-au-cosmodrome-vostotchny';
const path = (slug: string) => `/${SEED}/${slug}/`;

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const mark = (page: Page, slug: string) => page.locator(`.vertical a[data-slug="${slug}"]`);
/** A mark's shape, or its band (not the wider span, nor its label's tap area). */
const glyph = (page: Page, slug: string) =>
  mark(page, slug).locator('path.shape, rect:not(.hit)').last();
/** The middle of a mark's shape (or band), px from the screen's top, once the drawing rests. */
const markY = async (page: Page, slug: string) => {
  await phoneAtRest(page);
  const box = (await glyph(page, slug).boundingBox())!;
  return box.y + box.height / 2;
};

/** How far apart the first and the seventh event are drawn: it grows with the zoom. */
const spread = async (page: Page) => (await markY(page, SULLIVAN)) - (await markY(page, FIRST));

/** Opens a page and waits until the app has taken over (the vertical drawing is the only one). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.vertical.only')).toBeVisible();
}

test('each mark is named first by the words it shows (axe: label-content-name-mismatch)', async ({
  page,
  request
}) => {
  const story = await builtStory(request, SEED);
  for (const url of [STORY, path(SULLIVAN)]) {
    await open(page, url);
    // An experimental rule of axe, not in the tags that tests/accessibility.e2e.ts runs.
    const results = await new AxeBuilder({ page })
      .include('.vertical-drawing')
      .withRules(['label-content-name-mismatch'])
      .analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    expect(results.passes.map((p) => p.id)).toContain('label-content-name-mismatch');
    // And the name starts with them (an ellipsis is no word): what a reader would say.
    const names = await page.locator('.vertical a.mark').evaluateAll((links) =>
      links.map((a) => ({
        shown: [...a.querySelectorAll('tspan')].map((t) => t.textContent!.trim()).join(' '),
        name: a.getAttribute('aria-label')!
      }))
    );
    expect(names.length).toBe(story.events.length); // each event its own mark, none clustered
    for (const { shown, name } of names)
      expect(name.startsWith(shown.replace(/…$/, ''))).toBe(true);
  }
  await expect(mark(page, SULLIVAN)).toHaveAttribute(
    'aria-label',
    "Jake Sullivan met en garde Pyongyang — mardi 5 septembre 2023 : Jake Sullivan met en garde la Corée du Nord contre toute vente d'armes à la Russie"
  );
});

test('a shared link opens cold with its mark on screen, current', async ({ page }) => {
  for (const slug of [FIRST, LAST]) {
    await open(page, path(slug));
    await expect(mark(page, slug)).toHaveAttribute('aria-current', 'true');
    await expect(glyph(page, slug)).toBeInViewport();
  }
});

test('the arrows keep the open event’s mark on screen', async ({ page }) => {
  await open(page, path(FIRST));
  await mark(page, FIRST).focus();
  const slugs = await page
    .locator('.all-events ol a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)!));
  for (const slug of slugs.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(path(slug));
    await expect(mark(page, slug)).toBeFocused();
    // Once the page has settled (the panel's smooth scroll would take it away).
    await page.waitForTimeout(700);
    await expect(glyph(page, slug)).toBeInViewport();
  }
});

test('a zoom keeps the open event where it is on screen', async ({ page }) => {
  // The first event, near the top of the drawing: on screen with the toolbar above it.
  await open(page, path(FIRST));
  await page.evaluate(() => scrollTo(0, 0));
  await expect(glyph(page, FIRST)).toBeInViewport();
  const before = { y: await markY(page, FIRST), spread: await spread(page) };
  await page.getByRole('button', { name: 'Zoom avant' }).click();
  await expect.poll(() => spread(page)).toBeCloseTo(before.spread * 1.5, 0);
  expect(Math.abs((await markY(page, FIRST)) - before.y)).toBeLessThan(2);
  await page.getByRole('button', { name: 'Tout voir' }).click();
  await expect.poll(() => spread(page)).toBeCloseTo(before.spread, 0);
  expect(Math.abs((await markY(page, FIRST)) - before.y)).toBeLessThan(2);
});

test('a zoom from the toolbar, far from the open event, brings its mark back on screen', async ({
  page
}) => {
  // The last event, at the foot of the drawing; the reader goes up to the toolbar.
  await open(page, path(LAST));
  await page.evaluate(() => scrollTo(0, 0));
  await expect(glyph(page, LAST)).not.toBeInViewport();
  const before = await spread(page);
  await page.getByRole('button', { name: 'Zoom avant' }).click();
  await expect.poll(() => spread(page)).toBeCloseTo(before * 1.5, 0);
  await expect(glyph(page, LAST)).toBeInViewport();
});

test('without an open event, a zoom keeps the day in the middle of the drawing on screen', async ({
  page
}) => {
  await open(page, STORY);
  // The drawing starts below the toolbar: the middle of its part of the screen.
  const top = (await page.locator('.vertical-drawing svg').boundingBox())!.y;
  const middle = (top + 844) / 2;
  const before = { y: await markY(page, FIRST), spread: await spread(page) };
  await page.getByRole('button', { name: 'Zoom avant' }).click();
  await expect.poll(() => spread(page)).toBeCloseTo(before.spread * 1.5, 0);
  // The mark moved away from the middle by the zoom's factor, no more: the day in the middle
  // stayed put.
  const after = await markY(page, FIRST);
  expect(Math.abs(after - middle - 1.5 * (before.y - middle))).toBeLessThan(2);
});

test('two fingers pinch the drawing: it zooms about their midpoint, and one finger scrolls', async ({
  page
}) => {
  await open(page, STORY);
  await mark(page, SULLIVAN).scrollIntoViewIfNeeded();
  const before = { y: await markY(page, SULLIVAN), spread: await spread(page) };
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: string, points: [number, number][]) =>
    cdp.send('Input.dispatchTouchEvent', {
      type: type as 'touchStart',
      touchPoints: points.map(([x, y], id) => ({ x, y, id }))
    });
  // The fingers' midpoint on the mark; they spread from 100 to 200 px apart.
  const mid = before.y;
  await touch('touchStart', [
    [200, mid - 50],
    [200, mid + 50]
  ]);
  for (let i = 1; i <= 10; i++) {
    await touch('touchMove', [
      [200, mid - 50 - 5 * i],
      [200, mid + 50 + 5 * i]
    ]);
    await page.waitForTimeout(16);
  }
  await touch('touchEnd', []);
  // Twice as far apart as the fingers went (the seed story's deepest zoom is 3.2).
  await expect.poll(() => spread(page)).toBeCloseTo(2 * before.spread, -1);
  // The day under the fingers stayed under them.
  expect(Math.abs((await markY(page, SULLIVAN)) - mid)).toBeLessThan(4);
  await expect(page).toHaveURL(STORY);

  // One finger still scrolls the page, as the browser does.
  const scrolled = await page.evaluate(() => scrollY);
  await touch('touchStart', [[200, 600]]);
  for (let i = 1; i <= 10; i++) await touch('touchMove', [[200, 600 - 30 * i]]);
  await touch('touchEnd', []);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled + 100);
});
