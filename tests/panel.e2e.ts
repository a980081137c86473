/**
 * The open event's panel beside the timeline on wide screens (issue 12): selected from the story
 * page as first shown, its title, date and first quote are on screen, with the drawing, which
 * stays usable; a cold deep link has it there from the first paint.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtStory, SEED } from './story-data';

test.use({ viewport: { width: 1280, height: 800 } });

const STORY = `/${SEED}/`;
const path = (slug: string) => `/${SEED}/${slug}/`;
const mark = (page: Page, slug: string) => page.locator(`.horizontal a[data-slug="${slug}"]`);
const drawing = (page: Page) => page.locator('.horizontal .viewport');
const panel = (page: Page) => page.locator('.panel');

/** The share of an element's box inside the viewport (1280×800). */
async function shareInViewport(locator: Locator): Promise<number> {
  const box = (await locator.boundingBox())!;
  const width = Math.max(0, Math.min(box.x + box.width, 1280) - Math.max(box.x, 0));
  const height = Math.max(0, Math.min(box.y + box.height, 800) - Math.max(box.y, 0));
  return (width * height) / (box.width * box.height);
}

const intersects = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number }
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.horizontal.only')).toBeVisible();
}

test('each event, selected from the story page as first shown, is read beside the drawing', async ({
  page,
  request
}) => {
  const story = await builtStory(request, SEED);
  await open(page, STORY);
  const fullWidth = (await drawing(page).boundingBox())!.width;
  for (const event of story.events) {
    await open(page, STORY);
    await mark(page, event.slug).click();
    await expect(page).toHaveURL(path(event.slug));
    await expect(panel(page).locator('h1')).toHaveText(event.title);
    // Nothing scrolled: the page is as first shown.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(panel(page).locator('h1')).toBeInViewport({ ratio: 1 });
    await expect(panel(page).locator('.when time')).toBeInViewport({ ratio: 1 });
    if (event.quotes.length > 0)
      await expect(panel(page).locator('blockquote').first()).toBeInViewport({ ratio: 1 });
    // The drawing stays on screen, narrowed, beside the panel and not under it.
    expect(await shareInViewport(drawing(page))).toBeGreaterThanOrEqual(0.8);
    const drawn = (await drawing(page).boundingBox())!;
    const aside = (await panel(page).boundingBox())!;
    expect(drawn.width).toBeLessThan(fullWidth * 0.8);
    expect(intersects(drawn, aside)).toBe(false);
    // The selected mark is on screen, inside the drawing.
    const shape = (await mark(page, event.slug)
      .locator('path.shape, rect.band')
      .first()
      .boundingBox())!;
    expect(shape.x).toBeGreaterThanOrEqual(drawn.x);
    expect(shape.x + shape.width).toBeLessThanOrEqual(drawn.x + drawn.width);
    expect(intersects(shape, aside)).toBe(false);
  }
});

test('with the panel open, the drawing pans, zooms, steps with the arrows and opens another mark', async ({
  page,
  request
}) => {
  const story = await builtStory(request, SEED);
  const [first, second, third] = story.events;
  await open(page, path(first!.slug));
  await expect(panel(page)).toBeVisible();
  // Another mark, clicked while the panel is open.
  await mark(page, second!.slug).click();
  await expect(page).toHaveURL(path(second!.slug));
  await expect(panel(page).locator('h1')).toHaveText(second!.title);
  // The arrows, from the open mark.
  await mark(page, second!.slug).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(path(third!.slug));
  await expect(panel(page).locator('h1')).toHaveText(third!.title);
  // Zoom in, then a drag moves the drawing.
  await page.getByRole('button', { name: 'Zoom avant' }).click();
  await page.getByRole('button', { name: 'Zoom avant' }).click();
  await expect(page.getByRole('button', { name: 'Zoom arrière' })).toBeEnabled();
  // The zoom at rest: laid out, no longer stretched.
  await expect(page.locator('.horizontal svg[role="group"]')).not.toHaveClass(/stretched/);
  const box = (await drawing(page).boundingBox())!;
  const before = (await mark(page, third!.slug)
    .locator('path.shape, rect.band')
    .first()
    .boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height - 8, { steps: 6 });
  await page.mouse.up();
  const after = (await mark(page, third!.slug)
    .locator('path.shape, rect.band')
    .first()
    .boundingBox())!;
  expect(after.x).toBeCloseTo(before.x - 120, -1);
  // The drag opened nothing; the panel is still the third event's.
  await expect(page).toHaveURL(path(third!.slug));
});

test('a long panel scrolls on its own, not the page', async ({ page }) => {
  // Jake Sullivan's warning has five quotes: more than a screen.
  await open(page, path('jake-sullivan-met-en-garde-la-coree-du-nord'));
  const sizes = await panel(page).evaluate((el) => ({
    scroll: el.scrollHeight,
    client: el.clientHeight
  }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(sizes.client).toBeLessThanOrEqual(800);
  const box = (await panel(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 300);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => panel(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('closing the panel gives the timeline its full width back', async ({ page }) => {
  await open(page, STORY);
  const full = (await drawing(page).boundingBox())!.width;
  await mark(page, 'le-kremlin-refuse-de-confirmer-le-sommet').click();
  await expect(panel(page)).toBeVisible();
  expect((await drawing(page).boundingBox())!.width).toBeLessThan(full * 0.8);
  await page.getByRole('link', { name: /Fermer/ }).click();
  await expect(page).toHaveURL(STORY);
  await expect(panel(page)).toHaveCount(0);
  await expect.poll(async () => (await drawing(page).boundingBox())!.width).toBeCloseTo(full, 0);
});

test('a cold deep link has the panel beside the drawing from the first paint: nothing moves', async ({
  page
}) => {
  // Hold the site's script back: what shows first is the prerendered page alone.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_app/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path('le-kremlin-refuse-de-confirmer-le-sommet'), { waitUntil: 'commit' });
  await page.locator('.panel h1').waitFor();
  await page.waitForLoadState('domcontentloaded');
  const before = (await panel(page).boundingBox())!;
  const drawnBefore = (await drawing(page).boundingBox())!;
  expect(before.x).toBeGreaterThan(drawnBefore.x + drawnBefore.width);
  expect(before.y).toBeLessThan(200);
  release();
  await expect(page.locator('.horizontal.only')).toBeVisible();
  const after = (await panel(page).boundingBox())!;
  expect(after.x).toBeCloseTo(before.x, 0);
  expect(after.y).toBeCloseTo(before.y, 0);
  expect(after.width).toBeCloseTo(before.width, 0);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 }
])
  for (const url of [STORY, path('jake-sullivan-met-en-garde-la-coree-du-nord')])
    test(`nothing moves when the script starts: ${url} at ${viewport.width} px`, async ({
      browser
    }) => {
      const phone = viewport.width < 640;
      const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone });
      const page = await context.newPage();
      // Every layout shift from the first paint on, and what moved.
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: { value: number; what: string[] }[] };
        w.shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            sources: { node?: Node }[];
          })[])
            w.shifts.push({
              value: e.value,
              what: e.sources.map(
                (s) => (s.node as Element | undefined)?.className?.toString() ?? ''
              )
            });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(url);
      await expect(page.locator(phone ? '.vertical.only' : '.horizontal.only')).toBeVisible();
      // The controls have appeared (they keep their room until then).
      await expect(page.getByRole('button', { name: 'Tout voir' })).toBeVisible();
      const shifts = await page.evaluate(
        () => (window as unknown as { shifts: { value: number; what: string[] }[] }).shifts
      );
      expect(shifts).toEqual([]);
      await context.close();
    });

test('the embed, in a wide iframe, has its panel beside the drawing too', async ({ page }) => {
  await open(page, `/embed/${SEED}/le-kremlin-refuse-de-confirmer-le-sommet/`);
  const drawn = (await drawing(page).boundingBox())!;
  const aside = (await panel(page).boundingBox())!;
  expect(aside.x).toBeGreaterThan(drawn.x + drawn.width);
  await expect(panel(page).locator('blockquote').first()).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the panel stays below the timeline', async ({ page }) => {
    await page.goto(path('le-kremlin-refuse-de-confirmer-le-sommet'));
    await expect(page.locator('.vertical.only')).toBeVisible();
    // Read at once, in the page's own coordinates: the page scrolls to the panel meanwhile.
    const { drawnBottom, asideTop } = await page.evaluate(() => {
      const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return {
        drawnBottom: top('.vertical-drawing').bottom + scrollY,
        asideTop: top('.panel').top + scrollY
      };
    });
    expect(asideTop).toBeGreaterThanOrEqual(drawnBottom);
  });

  test('typing a search with an event open does not scroll the page to its panel', async ({
    page
  }) => {
    await page.goto(path('le-kremlin-refuse-de-confirmer-le-sommet'));
    const box = page.getByRole('searchbox', { name: 'Rechercher' });
    await box.scrollIntoViewIfNeeded();
    const top = await page.evaluate(() => window.scrollY);
    await box.pressSequentially('kim');
    await expect(page).toHaveURL(/\?q=kim$/);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - top)).toBeLessThan(40);
  });
});
