import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** The test-only story of deep time (tests/fixtures/stories), built in with TEST_STORIES=1. */
const STORY = 'temps-profond';
const story = JSON.parse(readFileSync(`tests/fixtures/stories/${STORY}/story.json`, 'utf8')) as {
  events: { slug: string; title: string }[];
  periods: { id: string; label: string }[];
};
const SEED = 'coree-du-nord-russie-armes';

/** Collects the page's errors (and failed requests), to be empty at the end. */
function guard(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

async function open(page: Page, path: string) {
  expect((await page.goto(path))?.status(), 'built with TEST_STORIES=1').toBe(200);
  await page.waitForLoadState('networkidle');
}

const axisLabels = (page: Page, drawing: string) =>
  page.locator(`${drawing} .tick text`).allTextContents();

test.describe('a story from the Big Bang to the Moon, on a wide screen', () => {
  test('draws every event, year ticks before the era, and its periods as bands', async ({
    page
  }) => {
    const errors = guard(page);
    await open(page, `/${STORY}/`);
    const drawing = page.locator('.horizontal');
    const box = (await drawing.locator('.viewport').boundingBox())!;
    for (const { slug } of story.events) {
      const mark = drawing.locator(`a[data-slug="${slug}"]`);
      await expect(mark, slug).toHaveCount(1);
      const at = (await mark.boundingBox())!;
      expect(at.x + at.width, slug).toBeGreaterThan(box.x);
      expect(at.x, slug).toBeLessThan(box.x + box.width);
    }
    const bands = drawing.locator('[data-testid="period-band"]');
    await expect(bands).toHaveCount(story.periods.length);
    await expect(bands.locator('text')).toHaveText(story.periods.map((p) => p.label));
    // The bands are drawing only: hidden from assistive technology, named in the legend.
    await expect(drawing.locator('.periods')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.getByTestId('legend-period')).toHaveCount(story.periods.length);
    await expect(page.getByTestId('legend-period').first()).toContainText('Hadéen');
    // The compressed stretches say their length in billions of years.
    await expect(drawing.locator('[data-testid="axis-break"]').first()).toContainText(
      'milliards d’années'
    );
    // A mark opens its event.
    await drawing.locator('a[data-slug="republique-romaine"]').click();
    await expect(page).toHaveURL(new RegExp(`/${STORY}/republique-romaine/`));
    expect(errors).toEqual([]);
  });

  test('on the linear scale, ticks every 10^k years named in billions of years', async ({
    page
  }) => {
    const errors = guard(page);
    await open(page, `/${STORY}/?echelle=lineaire`);
    const labels = await axisLabels(page, '.horizontal');
    expect(labels.length).toBeGreaterThan(1);
    expect(
      labels.some((l) => / Ga$/.test(l)),
      labels.join(' | ')
    ).toBe(true);
    expect(labels.join(' ')).not.toMatch(/NaN|undefined|Invalid/);
    await expect(page.locator('.horizontal [data-testid="period-band"]')).toHaveCount(
      story.periods.length
    );
    expect(errors).toEqual([]);
  });

  test('every event opens, and its page is drawn without error', async ({ page }) => {
    const errors = guard(page);
    for (const { slug, title } of story.events) {
      await open(page, `/${STORY}/${slug}/`);
      await expect(page.locator('.panel h1')).toContainText(title);
      await expect(page.locator('.horizontal a[data-slug]')).toHaveCount(story.events.length);
    }
    expect(errors).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the vertical drawing shows every event and the periods beside the lanes', async ({
    page
  }) => {
    const errors = guard(page);
    await open(page, `/${STORY}/`);
    const drawing = page.locator('.vertical');
    // Only what is near the screen is drawn: scrolling down the page reaches every mark.
    const seen = new Set<string>();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height; y += 400) {
      await page.evaluate((top) => scrollTo(0, top), y);
      await page.waitForTimeout(50);
      for (const slug of await drawing
        .locator('a[data-slug]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('data-slug')!)))
        seen.add(slug);
    }
    expect([...seen].sort()).toEqual(story.events.map((e) => e.slug).sort());
    await expect(drawing.locator('[data-testid="period-band"]')).toHaveCount(story.periods.length);
    const labels = await axisLabels(page, '.vertical');
    expect(labels.join(' ')).not.toMatch(/NaN|undefined|Invalid/);
    expect(errors).toEqual([]);
  });
});

test('the seed story shows its periods', async ({ page }) => {
  const errors = guard(page);
  await open(page, `/${SEED}/`);
  const bands = page.locator('.horizontal [data-testid="period-band"]');
  await expect(bands).toHaveCount(2);
  await expect(bands.first().locator('text')).toHaveText('Visite de Choïgou');
  await expect(page.getByTestId('legend-period')).toHaveCount(2);
  expect(errors).toEqual([]);
});
