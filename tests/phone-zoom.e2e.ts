/**
 * The phone's drawing of a story of 10,000 events, as the page scrolls and two fingers pinch:
 * how often its marks are laid out again, asserted by counts, never by time (`npm run bench`,
 * section 8, times it: the phone's scroll and pinch).
 */
import { expect, test, type Page } from '@playwright/test';
import { LONG } from './story-data';

/** The most elements the page makes or changes in one frame of a pinch's lift. */
const BOUND = 600;

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function open(page: Page) {
  await page.goto(`/${LONG}/`);
  await page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0);
  await expect(page.locator('.vertical.only')).toBeVisible();
  await page.locator('.vertical-drawing').scrollIntoViewIfNeeded();
}

/**
 * From now on, counts the batches of mutations (one a frame at most) that make, remove or
 * change the drawing's marks and clusters (not the axis, which follows the screen), and the
 * layouts at a new zoom (the drawing's height changed).
 */
const countMarkChanges = (page: Page) =>
  page.locator('.vertical-drawing svg[role="group"]').evaluate((svg) => {
    const w = window as unknown as { markBatches: number; stretches: number; layouts: number };
    w.markBatches = 0;
    w.stretches = 0;
    w.layouts = 0;
    const isMark = (node: Node | null) =>
      node instanceof Element && !!node.closest('a.mark, a.cluster');
    new MutationObserver((records) => {
      for (const r of records)
        if (r.target === svg && /scaleY/.test((svg as SVGSVGElement).style.transform))
          w.stretches++;
      if (records.some((r) => r.target === svg && r.attributeName === 'height')) w.layouts++;
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
/**
 * From now on, counts per animation frame what the page does to the drawing: the elements it
 * makes (each added element and what it holds) and the attributes and texts it changes.
 */
const countFrameChanges = (page: Page) =>
  page.locator('.vertical-drawing svg[role="group"]').evaluate((svg) => {
    const w = window as unknown as { perFrame: Map<number, number>; frameCount: number };
    w.perFrame = new Map();
    w.frameCount = 0;
    const loop = () => {
      w.frameCount++;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    const elements = (n: Node) => (n instanceof Element ? 1 + n.querySelectorAll('*').length : 0);
    new MutationObserver((records) => {
      let changed = 0;
      for (const r of records)
        changed +=
          r.type === 'childList' ? [...r.addedNodes].reduce((t, n) => t + elements(n), 0) : 1;
      w.perFrame.set(w.frameCount, (w.perFrame.get(w.frameCount) ?? 0) + changed);
    }).observe(svg, { subtree: true, childList: true, attributes: true, characterData: true });
  });
const frameChanges = (page: Page) =>
  page.evaluate(() => [
    ...(window as unknown as { perFrame: Map<number, number> }).perFrame.values()
  ]);

/**
 * From now on, keeps for each animation frame (as `window.liftFrames`, 300 at most) whether the
 * drawing is stretched (a pinch under way), how many marks and clusters the reader sees on
 * screen (the hidden layer, `[data-buffer]`, not counted), and where the marks on screen are
 * drawn (each one's shape, its event's day: px down the screen, by its link). A frame's
 * callbacks run after the input's handlers and their microtasks: the first frame no longer
 * stretched is what the page paints at the lift. `window.onScreen()` tells the marks at any time.
 */
const watchTheLift = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as {
      onScreen: () => Record<string, number>;
      liftFrames: { stretched: boolean; shown: number; at: Record<string, number> }[];
    };
    const shown = () =>
      [...document.querySelectorAll('.vertical-drawing :is(a.mark, a.cluster)')].filter((a) => {
        const at = a.getBoundingClientRect();
        return !a.closest('[data-buffer]') && at.bottom > 0 && at.top < innerHeight;
      });
    w.onScreen = () =>
      Object.fromEntries(
        shown()
          .filter((a) => a.matches('a.mark'))
          .map((a) => {
            const at = a.querySelector('.shape, .band')!.getBoundingClientRect();
            return [a.getAttribute('href'), at.top + at.height / 2];
          })
      );
    const svg = document.querySelector<SVGSVGElement>('.vertical-drawing svg[role="group"]')!;
    w.liftFrames = [];
    const record = () => {
      w.liftFrames.push({
        stretched: svg.style.transform !== '',
        shown: shown().length,
        at: w.onScreen()
      });
      if (w.liftFrames.length < 300) requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });

const markChanges = (page: Page) =>
  page.evaluate(() => (window as unknown as { markBatches: number }).markBatches);

/** Sends touch events through DevTools, as a phone's fingers: each point is [x, y]. */
async function touches(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  return (type: string, points: [number, number][]) =>
    cdp.send('Input.dispatchTouchEvent', {
      type: type as 'touchStart',
      touchPoints: points.map(([x, y], id) => ({ x, y, id }))
    });
}

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
    const touch = await touches(page);
    const heightBefore = await page
      .locator('.vertical-drawing svg[role="group"]')
      .getAttribute('height');
    await countMarkChanges(page);
    await touch('touchStart', [
      [200, 372],
      [200, 472]
    ]);
    // The fingers spread ×1.5 in 8 moves, sent together (one at a time, a frame apart, they
    // came more than 150 ms apart on a busy machine, and each was a rest that laid out).
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => {
        const d = 50 * 1.5 ** ((i + 1) / 8);
        return touch('touchMove', [
          [200, 422 - d],
          [200, 422 + d]
        ]);
      })
    );
    await page.waitForTimeout(16);
    const { stretched, layouts } = await page.evaluate(() => {
      const w = window as unknown as { stretches: number; layouts: number };
      return { stretched: w.stretches, layouts: w.layouts };
    });
    await touch('touchEnd', []);
    await expect
      .poll(() => page.locator('.vertical-drawing svg[role="group"]').getAttribute('height'))
      .not.toBe(heightBefore);
    // Laid out at every move before the stretch (8 layouts, 16 batches of changes, measured on
    // that code); stretched now, and laid out when they lift (or when a move comes more than
    // 150 ms after the last: a busy machine, 1–3 times). (A layout's batches are not counted:
    // since a zoom's drawing is built behind the one on screen, a few hundred elements a
    // frame, then the old one emptied, they are a dozen or more.)
    expect(layouts).toBeLessThanOrEqual(4);
    expect(stretched).toBeGreaterThan(0);
    await expect.poll(() => markChanges(page)).toBeGreaterThan(0);
    expect(
      await page
        .locator('.vertical-drawing svg[role="group"]')
        .evaluate((svg) => (svg as SVGSVGElement).style.transform)
    ).toBe('');
  });

  test('a pinch keeps the stretched drawing on screen at the lift, and builds the new one behind it', async ({
    page
  }) => {
    await open(page);
    const touch = await touches(page);
    await watchTheLift(page);
    const linksBefore = await page
      .locator('.vertical-drawing a.mark, .vertical-drawing a.cluster')
      .count();
    await countFrameChanges(page);
    await touch('touchStart', [
      [200, 372],
      [200, 472]
    ]);
    for (let i = 1; i <= 8; i++) {
      const d = 50 * 1.5 ** (i / 8);
      await touch('touchMove', [
        [200, 422 - d],
        [200, 422 + d]
      ]);
      await page.waitForTimeout(16);
    }
    await touch('touchEnd', []);
    await page.waitForTimeout(1500);
    const { frames, atRest } = await page.evaluate(() => {
      const w = window as unknown as {
        onScreen: () => Record<string, number>;
        liftFrames: { stretched: boolean; shown: number; at: Record<string, number> }[];
      };
      return { frames: w.liftFrames, atRest: w.onScreen() };
    });
    // The last frame the stretch ends in (a move more than 150 ms after the last, on a busy
    // machine, is a rest that lays out, and the pinch goes on stretched).
    const lift = frames.findLastIndex((f, i) => i > 0 && frames[i - 1]!.stretched && !f.stretched);
    expect(lift).toBeGreaterThan(0);
    const afterLift = frames.slice(lift, lift + 40);
    const atLift = frames[lift]!.at;
    // Nothing blank on screen at any frame from the lift to the rest (40 frames).
    expect(afterLift.length).toBe(40);
    expect(Math.min(...afterLift.map((f) => f.shown))).toBeGreaterThan(3);
    // The old drawing, stretched at the lift, drew each event's mark where the new one draws
    // it: the days stay where the fingers left them. (Zoomed in from the whole story, most of
    // the screen is clusters, which a zoom parts: a few marks are on screen in both.)
    const both = Object.keys(atLift).filter((link) => link in atRest);
    expect(both.length).toBeGreaterThan(0);
    for (const link of both) expect(Math.abs(atLift[link]! - atRest[link]!)).toBeLessThan(2);
    // Once at rest, the hidden layer is empty.
    await expect(page.locator('.vertical-drawing g[data-buffer] a')).toHaveCount(0);
    // The most elements made, attributes and texts changed in one frame: main's code made the
    // screen's marks in the frame of the lift, 1,049–1,156 here (measured on its build, 2
    // runs; before that, the whole part near the screen, twice: 1,800–2,100); built behind
    // the stretched drawing, 240–312 (3 runs: a few hundred elements a frame, BUILD.perFrame).
    const perFrame = await frameChanges(page);
    expect(perFrame.length).toBeGreaterThan(1);
    expect(Math.max(...perFrame)).toBeLessThanOrEqual(BOUND);
    expect(linksBefore).toBeGreaterThan(0);
  });
});
