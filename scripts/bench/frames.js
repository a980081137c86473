/**
 * The frame section of the benchmark: how smooth each way of zooming is, on the wide drawing
 * (1280×800) and on the phone's (390×844, touch), at 1,000 and 10,000 events.
 *
 * Wide: the sequence (10 steps in at the centre of the drawing, 3 drags of 300 px, 10
 * steps out), played once per input kind, each a step of ×1.5:
 *   - wheel: ctrl + one wheel notch (deltaY ∓121.6 px: the app zooms by exp(-deltaY / 300));
 *   - trackpad: a trackpad's pinch, which browsers send as ctrl + wheel with small deltas: 8
 *     events of ∓15.2 px, one a frame (16 ms);
 *   - touch: two fingers spread (or closed) by ×1.5 about the centre in 8 moves, one a frame;
 *     the drags are one finger's;
 *   - buttons: a click on "+" (then "−");
 *   - keys: "+" (then "-") with a mark focused;
 *   - show-all: the 10 steps in by wheel and the drags, then one click on "Tout voir".
 * Phone: 6 scrolls of 600 px down the page by one finger (Input.synthesizeScrollGesture), then
 * 4 pinches out (two fingers spread ×1.5 in 8 moves) and 4 in, then 3 scrolls up.
 *
 * For each: requestAnimationFrame intervals over the whole sequence (waits included): p50, p95,
 * the share of late frames (over 16.7 ms + 1 ms), the longest; the longest during a zoom step
 * and during the rest; the long animation frames (PerformanceObserver
 * 'long-animation-frame', over 50 ms), split into script and rendering (style, layout, paint);
 * and the main thread's CPU time over the sequence (DevTools' Performance.getMetrics
 * ThreadTime), which another program's load hardly changes, unlike the frames' timing.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium.js';
import { frameStats } from './scale.js';

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const NOTCH = 300 * Math.log(1.5);
const SMALL_EVENTS = 8;
const FRAME_MS = 16;
const DRAG_PX = 300;
const STEP_WAIT_MS = 100;
const TIMEOUT_MS = 60_000;

/** @typedef {'wheel' | 'trackpad' | 'touch' | 'buttons' | 'keys' | 'show-all'} WideKind */
export const WIDE_KINDS = /** @type {WideKind[]} */ ([
  'wheel',
  'trackpad',
  'touch',
  'buttons',
  'keys',
  'show-all'
]);

/**
 * @typedef {{ duration: number, script: number, layout: number, during: string }} LongFrame
 *   script: its scripts' time; layout: from its style and layout's start to its end (style,
 *   layout, paint); during: the step it fell in ('zoom', 'drag', 'scroll' or 'rest')
 * @typedef {import('./scale.js').FrameStats & { zoomMax: number, otherMax: number, steps: number }} KindStats
 *   zoomMax: the longest frame interval that ended during a zoom step (or within 200 ms after);
 *   otherMax: the longest elsewhere
 * @typedef {{ kind: string, frames: KindStats | null, long: LongFrame[], cpuMs?: number, error?: string }} KindRun
 *   cpuMs: the page's main thread's CPU time over the sequence
 * @typedef {{ size: number, id: string, url: string, kinds: KindRun[] }} FrameRow
 */

/** Records rAF timestamps and long animation frames, from now on, in the page. */
const RECORD = () => {
  const w = /** @type {any} */ (window);
  w.__frames = [];
  w.__long = [];
  w.__steps = [];
  w.__recording = true;
  /** @param {number} t */
  const loop = (t) => {
    w.__frames.push(t);
    if (w.__recording) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  try {
    w.__observer = new PerformanceObserver((list) => {
      for (const e of /** @type {any[]} */ (list.getEntries())) {
        const script = e.scripts.reduce(
          (/** @type {number} */ t, /** @type {any} */ s) => t + s.duration,
          0
        );
        const end = e.startTime + e.duration;
        w.__long.push({
          start: e.startTime,
          duration: e.duration,
          script,
          layout: e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0
        });
      }
    });
    w.__observer.observe({ type: 'long-animation-frame' });
  } catch {
    // No long-animation-frame in this browser: the frame intervals alone.
  }
};

/** @param {import('@playwright/test').Page} page */
const idle = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) =>
        requestIdleCallback(() => requestAnimationFrame(() => resolve(undefined)), {
          timeout: 5_000
        })
      )
  );

/**
 * Waits for the app's own mark: the timeline drawn with all its events.
 * @param {import('@playwright/test').Page} page
 */
const drawn = (page) =>
  page.waitForFunction(() => performance.getEntriesByName('timeline-drawn').length > 0, null, {
    timeout: TIMEOUT_MS
  });

/**
 * Marks a step's start (and its kind) on the page's clock.
 * @param {import('@playwright/test').Page} page
 * @param {string} during
 */
const mark = (page, during) =>
  page.evaluate((d) => /** @type {any} */ (window).__steps.push([performance.now(), d]), during);

/**
 * The main thread's CPU time so far, ms.
 * @param {import('@playwright/test').CDPSession} cdp
 */
async function threadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

/**
 * Starts the recording (frames, long frames) and the CPU time.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').CDPSession} cdp
 */
async function record(page, cdp) {
  await cdp.send('Performance.enable');
  await page.evaluate(RECORD);
  return threadTime(cdp);
}

/**
 * Ends the recording: the frame statistics, the long frames, each with the step it fell in,
 * and the CPU time since `cpuStart`.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {number} cpuStart
 * @returns {Promise<{ frames: KindStats, long: LongFrame[], cpuMs: number }>}
 */
async function collect(page, cdp, cpuStart) {
  await idle(page);
  const cpuMs = (await threadTime(cdp)) - cpuStart;
  const { frames, long, steps } = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__recording = false;
    w.__observer?.disconnect();
    return {
      frames: /** @type {number[]} */ (w.__frames),
      long: /** @type {(LongFrame & { start: number })[]} */ (w.__long),
      steps: /** @type {[number, string][]} */ (w.__steps)
    };
  });
  /** The step under way at time t. @param {number} t */
  const stepAt = (t) => {
    let during = 'rest';
    for (const [at, d] of steps) if (at <= t) during = d;
    return during;
  };
  let zoomMax = 0;
  let otherMax = 0;
  for (let i = 1; i < frames.length; i++) {
    const interval = /** @type {number} */ (frames[i]) - /** @type {number} */ (frames[i - 1]);
    if (stepAt(/** @type {number} */ (frames[i - 1])) === 'zoom')
      zoomMax = Math.max(zoomMax, interval);
    else otherMax = Math.max(otherMax, interval);
  }
  return {
    frames: { ...frameStats(frames), zoomMax, otherMax, steps: steps.length },
    long: long.map(({ start, ...rest }) => ({ ...rest, during: stepAt(start) })),
    cpuMs
  };
}

/**
 * The centre of the wide drawing, on screen.
 * @param {import('@playwright/test').Page} page
 */
async function drawingCentre(page) {
  const area = page.locator('section.timeline .viewport').first();
  await area.scrollIntoViewIfNeeded();
  const box = await area.boundingBox();
  if (!box) throw new Error('the drawing has no box');
  const top = Math.max(0, box.y);
  const bottom = Math.min(WIDE.height, box.y + box.height);
  return { x: box.x + box.width / 2, y: (top + bottom) / 2 };
}

/**
 * Touch points through the DevTools protocol.
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {'touchStart' | 'touchMove' | 'touchEnd'} type
 * @param {{ x: number, y: number }[]} points
 */
const touch = (cdp, type, points) =>
  cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id }))
  });

/**
 * Two fingers about a point, spread (factor > 1) or closed, in SMALL_EVENTS moves a frame apart.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {{ x: number, y: number }} at
 * @param {number} factor
 * @param {'x' | 'y'} axis
 */
async function pinch(page, cdp, at, factor, axis) {
  const from = factor > 1 ? 60 : 90;
  const fingers = (/** @type {number} */ d) =>
    axis === 'x'
      ? [
          { x: at.x - d, y: at.y },
          { x: at.x + d, y: at.y }
        ]
      : [
          { x: at.x, y: at.y - d },
          { x: at.x + 20, y: at.y + d }
        ];
  await touch(cdp, 'touchStart', fingers(from));
  for (let i = 1; i <= SMALL_EVENTS; i++) {
    await page.waitForTimeout(FRAME_MS);
    await touch(cdp, 'touchMove', fingers(from * factor ** (i / SMALL_EVENTS)));
  }
  await touch(cdp, 'touchEnd', []);
}

/**
 * One zoom step of ×factor on the wide drawing, by this kind of input.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {WideKind} kind
 * @param {{ x: number, y: number }} at
 * @param {number} factor 1.5 or 1 / 1.5
 */
async function zoomStep(page, cdp, kind, at, factor) {
  const sign = factor > 1 ? -1 : 1;
  if (kind === 'wheel' || kind === 'show-all') {
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, sign * NOTCH);
    await page.keyboard.up('Control');
  } else if (kind === 'trackpad') {
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    for (let i = 0; i < SMALL_EVENTS; i++) {
      await page.mouse.wheel(0, (sign * NOTCH) / SMALL_EVENTS);
      await page.waitForTimeout(FRAME_MS);
    }
    await page.keyboard.up('Control');
  } else if (kind === 'touch') {
    await pinch(page, cdp, at, factor, 'x');
  } else if (kind === 'buttons') {
    const label = factor > 1 ? /Zoom avant|Zoom in/ : /Zoom arrière|Zoom out/;
    await page.getByRole('button', { name: label }).click();
  } else {
    await page.keyboard.press(factor > 1 ? '+' : '-');
  }
}

/**
 * A drag of DRAG_PX across the wide drawing, by mouse or by one finger.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {boolean} byTouch
 * @param {{ x: number, y: number }} at
 * @param {number} dx
 */
async function drag(page, cdp, byTouch, at, dx) {
  const moves = 10;
  const x0 = at.x - dx / 2;
  if (byTouch) {
    await touch(cdp, 'touchStart', [{ x: x0, y: at.y }]);
    for (let i = 1; i <= moves; i++) {
      await page.waitForTimeout(FRAME_MS);
      await touch(cdp, 'touchMove', [{ x: x0 + (dx * i) / moves, y: at.y }]);
    }
    await touch(cdp, 'touchEnd', []);
    return;
  }
  await page.mouse.move(x0, at.y);
  await page.mouse.down();
  await page.mouse.move(x0 + dx, at.y, { steps: moves });
  await page.mouse.up();
}

/**
 * The sequence on the wide drawing by one kind of input, in a fresh page.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {WideKind} kind
 * @returns {Promise<KindRun>}
 */
async function wideRun(browser, url, kind) {
  const context = await browser.newContext({
    viewport: WIDE,
    deviceScaleFactor: 1,
    hasTouch: kind === 'touch'
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'networkidle', timeout: TIMEOUT_MS });
    await drawn(page);
    const at = await drawingCentre(page);
    // The keys act on the drawing: the focus goes to its mark in the Tab order, or (all
    // events in clusters) to a cluster.
    if (kind === 'keys')
      await page
        .locator('section.timeline svg a.mark[tabindex="0"], section.timeline svg a.cluster')
        .first()
        .focus();
    await page.mouse.move(at.x, at.y);
    await idle(page);
    const cpuStart = await record(page, cdp);
    const zooms = async (/** @type {number} */ factor) => {
      for (let i = 0; i < 10; i++) {
        await mark(page, 'zoom');
        await zoomStep(page, cdp, kind, at, factor);
        await page.waitForTimeout(STEP_WAIT_MS);
      }
    };
    await zooms(1.5);
    for (const dx of [-DRAG_PX, DRAG_PX, -DRAG_PX]) {
      await mark(page, 'drag');
      await drag(page, cdp, kind === 'touch', at, dx);
      await page.waitForTimeout(STEP_WAIT_MS);
    }
    if (kind === 'show-all') {
      await mark(page, 'zoom');
      await page.getByRole('button', { name: /Tout voir|Show all/ }).click();
      await page.waitForTimeout(STEP_WAIT_MS);
    } else await zooms(1 / 1.5);
    await mark(page, 'rest');
    return { kind, ...(await collect(page, cdp, cpuStart)) };
  } catch (error) {
    return { kind, frames: null, long: [], error: String(error).split('\n')[0] };
  } finally {
    await context.close();
  }
}

/**
 * The phone's sequence: scrolls down, pinches out and in, scrolls up.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<KindRun>}
 */
async function phoneRun(browser, url) {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1,
    hasTouch: true,
    isMobile: true
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'networkidle', timeout: TIMEOUT_MS });
    await drawn(page);
    await page.locator('.vertical-drawing').scrollIntoViewIfNeeded();
    await idle(page);
    const cpuStart = await record(page, cdp);
    const at = { x: PHONE.width / 2, y: PHONE.height / 2 };
    const scroll = async (/** @type {number} */ dy) => {
      await mark(page, 'scroll');
      await cdp.send('Input.synthesizeScrollGesture', {
        x: at.x,
        y: at.y,
        yDistance: -dy,
        speed: 1200,
        gestureSourceType: 'touch',
        preventFling: true
      });
      await page.waitForTimeout(STEP_WAIT_MS);
    };
    for (let i = 0; i < 6; i++) await scroll(600);
    for (const factor of [1.5, 1.5, 1.5, 1.5, 1 / 1.5, 1 / 1.5, 1 / 1.5, 1 / 1.5]) {
      await mark(page, 'zoom');
      await pinch(page, cdp, at, factor, 'y');
      await page.waitForTimeout(STEP_WAIT_MS);
    }
    for (let i = 0; i < 3; i++) await scroll(-600);
    await mark(page, 'rest');
    return { kind: 'phone', ...(await collect(page, cdp, cpuStart)) };
  } catch (error) {
    return { kind: 'phone', frames: null, long: [], error: String(error).split('\n')[0] };
  } finally {
    await context.close();
  }
}

/**
 * @param {{ chromePath: string, appOrigin: string, stories: { size: number, id: string }[], kinds?: string[], phone?: boolean }} options
 *   kinds: the wide kinds to run (all by default); phone: whether to run the phone's sequence
 * @returns {Promise<FrameRow[]>}
 */
export async function measureFrames({ chromePath, appOrigin, stories, kinds, phone = true }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  /** @type {FrameRow[]} */
  const rows = [];
  try {
    for (const { size, id } of stories) {
      const url = `${appOrigin}/${id}/`;
      /** @type {KindRun[]} */
      const runs = [];
      for (const kind of WIDE_KINDS.filter((k) => !kinds || kinds.includes(k)))
        runs.push(await wideRun(browser, url, kind));
      if (phone) runs.push(await phoneRun(browser, url));
      rows.push({ size, id, url, kinds: runs });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/**
 * The long frames in a line: how many, and the longest's split.
 * @param {LongFrame[]} long
 */
export function longText(long) {
  if (long.length === 0) return 'none';
  const worst = long.reduce((a, b) => (b.duration > a.duration ? b : a));
  const during = [...new Set(long.map((l) => l.during))].join('+');
  return (
    `${long.length} (${during}); longest ${Math.round(worst.duration)} ms: ` +
    `script ${Math.round(worst.script)}, style+layout+paint ${Math.round(worst.layout)}`
  );
}
