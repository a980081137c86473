/**
 * The phone's drawing of a story of 10,000 events, as the page scrolls and two fingers pinch:
 * how often its marks are laid out again, asserted by counts, never by time (`npm run bench`,
 * section 8, times it: the phone's scroll and pinch).
 */
import { expect, test, type Page } from '@playwright/test';
import { LONG } from './story-data';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function open(page: Page) {
  await page.goto(`/${LONG}/`);
  await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
  await expect(page.locator('.vertical.only')).toBeVisible();
  await page.locator('.vertical-drawing').scrollIntoViewIfNeeded();
}

/**
 * From now on, counts the batches of mutations (one a frame at most) that make, remove or
 * change the drawing's marks and clusters (not the axis, which follows the screen).
 */
const countMarkChanges = (page: Page) =>
  page.locator('.vertical-drawing svg[role="group"]').evaluate((svg) => {
    const w = window as unknown as { markBatches: number; stretches: number };
    w.markBatches = 0;
    w.stretches = 0;
    const isMark = (node: Node | null) =>
      node instanceof Element && !!node.closest('a.mark, a.cluster');
    new MutationObserver((records) => {
      for (const r of records)
        if (r.target === svg && /scaleY/.test((svg as SVGSVGElement).style.transform))
          w.stretches++;
      if (
        records.some((r) =>
          r.type === 'childList'
            ? [...r.addedNodes, ...r.removedNodes].some(
                (n) => n instanceof Element && (n.matches('a') || !!n.querySelector('a'))
              )
            : isMark(r.target)
        )
      )
        w.markBatches++;
    }).observe(svg, { subtree: true, childList: true, attributes: true });
  });
const markChanges = (page: Page) =>
  page.evaluate(() => (window as unknown as { markBatches: number }).markBatches);

test.describe('the phone, 10,000 events', () => {
  test('a scroll lays the marks out every few hundred px, not at every frame', async ({ page }) => {
    await open(page);
    await countMarkChanges(page);
    // 1,200 px down in 24 frames of 50 px: the part of the story near the screen changes.
    await page.evaluate(async () => {
      for (let i = 0; i < 24; i++) {
        scrollBy(0, 50);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    const changes = await markChanges(page);
    // At every frame before (24); every 300 px now: 4, and one more for a step cut in two.
    expect(changes).toBeGreaterThan(0);
    expect(changes).toBeLessThanOrEqual(6);
    // The marks on screen are there.
    const onScreen = await page
      .locator('.vertical-drawing a.mark, .vertical-drawing a.cluster')
      .evaluateAll(
        (links) =>
          links.filter((a) => {
            const r = a.getBoundingClientRect();
            return r.bottom > 0 && r.top < innerHeight;
          }).length
      );
    expect(onScreen).toBeGreaterThan(3);
  });

  test('a pinch stretches the drawing while the fingers move and lays it out once', async ({
    page
  }) => {
    await open(page);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: string, points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type: type as 'touchStart',
        touchPoints: points.map(([x, y], id) => ({ x, y, id }))
      });
    const heightBefore = await page
      .locator('.vertical-drawing svg[role="group"]')
      .getAttribute('height');
    await countMarkChanges(page);
    await touch('touchStart', [
      [200, 372],
      [200, 472]
    ]);
    // The fingers spread ×1.5 in 8 moves, a frame apart.
    for (let i = 1; i <= 8; i++) {
      const d = 50 * 1.5 ** (i / 8);
      await touch('touchMove', [
        [200, 422 - d],
        [200, 422 + d]
      ]);
      await page.waitForTimeout(16);
    }
    const during = await markChanges(page);
    const stretched = await page.evaluate(
      () => (window as unknown as { stretches: number }).stretches
    );
    await touch('touchEnd', []);
    await expect
      .poll(() => page.locator('.vertical-drawing svg[role="group"]').getAttribute('height'))
      .not.toBe(heightBefore);
    // Laid out at every move before (16 batches, measured on main); stretched now, and laid out
    // when they lift (or
    // when a move comes more than 150 ms after the last: a busy machine).
    expect(during).toBeLessThanOrEqual(8);
    expect(stretched).toBeGreaterThan(0);
    await expect.poll(() => markChanges(page)).toBeGreaterThan(0);
    expect(
      await page
        .locator('.vertical-drawing svg[role="group"]')
        .evaluate((svg) => (svg as SVGSVGElement).style.transform)
    ).toBe('');
  });
});
