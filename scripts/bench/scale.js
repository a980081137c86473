/**
 * The scale section of the benchmark: for each synthetic story (100, 1,000, 10,000 events),
 * our app and vis-timeline with the same data, in the same headless Chromium (1280×800, device
 * scale factor 1), one after the other:
 *   - time from navigation start to "timeline drawn";
 *   - JS heap used after load, after a forced garbage collection;
 *   - frame intervals (requestAnimationFrame) during one scripted sequence of zooms and pans,
 *     dispatched as real input events (Playwright mouse and keyboard) over the drawing area.
 *
 * The gestures, the same physical input on both:
 *   - zoom: ctrl + one wheel notch (deltaY ∓121.6 px) at the centre of the drawing area. Our app
 *     zooms by exp(-deltaY / 300) = ×1.5; vis-timeline counts one notch (wheelDelta ±120) and
 *     zooms by 1 + 1/zoomFriction, so zoomFriction 2 gives the same ×1.5 (checked on its window);
 *   - pan: a mouse drag of 200 px (10 moves), which both follow 1:1.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium.js';
import { createStaticServer } from '../serve-static.js';
import { visOptions, writeVisPage } from './vis-page.js';

export const ZOOM_STEP = 1.5;
/** Our app zooms by exp(-deltaY / 300) on ctrl+wheel. */
const ZOOM_DELTA = 300 * Math.log(ZOOM_STEP);
/** vis-timeline zooms by 1 + 1/zoomFriction per wheel notch. */
export const VIS_ZOOM_FRICTION = 1 / (ZOOM_STEP - 1);
const PAN_PX = 200;
const PAN_MOVES = 10;
const STEP_WAIT_MS = 100;
const FRAME_BUDGET_MS = 16.7;
/**
 * rAF timestamps come rounded to 0.1 ms and a 60 Hz frame reads 16.6 to 16.8 ms: an interval
 * counts as over budget past 16.7 ms plus this much (any threshold from 17 to 33 ms counts
 * the same frames, since a late frame is a whole vsync late).
 */
const JITTER_MS = 1;
const VIEWPORT = { width: 1280, height: 800 };
const OURS_TIMEOUT_MS = 30_000;
const VIS_TIMEOUT_MS = 120_000;
/** The whole sequence, beyond which a run is reported as not finished. */
const SEQUENCE_TIMEOUT_MS = 120_000;

/** @typedef {{ kind: 'zoom', factor: number } | { kind: 'pan', dx: number }} Step */

/** @type {(n: number, factor: number) => Step[]} */
const zooms = (n, factor) => Array.from({ length: n }, () => ({ kind: 'zoom', factor }));
/** Pans by ±200 px, alternating, starting with a drag to the left. @type {(n: number) => Step[]} */
const pans = (n) =>
  Array.from({ length: n }, (_, i) => ({ kind: 'pan', dx: i % 2 ? PAN_PX : -PAN_PX }));

/** 36 steps: in ×1.5⁸, out ×1.5⁸ (back to the whole story), pans in between. */
export const SEQUENCE = [
  ...zooms(4, ZOOM_STEP),
  ...pans(4),
  ...zooms(4, ZOOM_STEP),
  ...pans(8),
  ...zooms(4, 1 / ZOOM_STEP),
  ...pans(8),
  ...zooms(4, 1 / ZOOM_STEP)
];

/**
 * @typedef {{ count: number, p50: number, p95: number, max: number, over: number, overTwo: number }} FrameStats
 *   count: frame intervals; over: share of intervals > 16.7 ms (+ 1 ms jitter); overTwo: share
 *   > 33.4 ms (+ 1 ms), two frame periods or more
 * @typedef {{
 *   url: string,
 *   drawnMs: number | null,
 *   loadMs?: number | null,
 *   drawnBy: string,
 *   heapMB: number | null,
 *   drawnItems: number | null,
 *   frames: FrameStats | null,
 *   sequenceMs: number | null,
 *   zoomCheck?: number | null,
 *   loads?: Load[],
 *   error?: string
 * }} Run
 *   drawnMs: from navigation start; loadMs: the page's load event (its end), from the same start;
 *   drawnBy: how drawnMs was read; drawnItems: marks (ours, those on screen) or items (vis) in
 *   the DOM once drawn; zoomCheck (vis): the span at load over the smallest span reached;
 *   loads (ours): this run's load and LOADS − 1 more, each in a fresh context, for their spread
 * @typedef {{ drawnMs: number, loadMs: number }} Load
 * @typedef {{ count: number, median: number, max: number, afterMedian: number, afterMax: number }} LoadStats
 *   drawn from navigation start (median, max) and from the end of the load event (afterMedian,
 *   afterMax), over `count` loads
 * @typedef {{ size: number, id: string, events: number | null, ours: Run, vis: Run, ratioDrawn: number | null, ratioP95: number | null }} ScaleRow
 * @typedef {{ size: number, id: string }} ScaleStory
 */

/**
 * Nearest-rank percentile of sorted values.
 * @param {number[]} sorted
 * @param {number} p 0..100
 */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return /** @type {number} */ (sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]);
}

/** How many times our page is opened for its time to drawn (one load is too noisy to judge). */
export const LOADS = 7;

/**
 * @param {Load[]} loads
 * @returns {LoadStats | null}
 */
export function loadStats(loads) {
  if (loads.length === 0) return null;
  const drawn = loads.map((l) => l.drawnMs).sort((a, b) => a - b);
  const after = loads.map((l) => l.drawnMs - l.loadMs).sort((a, b) => a - b);
  return {
    count: loads.length,
    median: percentile(drawn, 50),
    max: /** @type {number} */ (drawn.at(-1)),
    afterMedian: percentile(after, 50),
    afterMax: /** @type {number} */ (after.at(-1))
  };
}

/**
 * @param {number[]} stamps requestAnimationFrame timestamps, in order
 * @returns {FrameStats}
 */
export function frameStats(stamps) {
  const intervals = stamps.slice(1).map((t, i) => t - /** @type {number} */ (stamps[i]));
  const sorted = [...intervals].sort((a, b) => a - b);
  const share = (/** @type {number} */ limit) =>
    intervals.length ? intervals.filter((d) => d > limit).length / intervals.length : 0;
  return {
    count: intervals.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? NaN,
    over: share(FRAME_BUDGET_MS + JITTER_MS),
    overTwo: share(2 * FRAME_BUDGET_MS + JITTER_MS)
  };
}

/**
 * Starts a server on a free local port; its origin.
 * @param {import('node:http').Server} server
 * @returns {Promise<string>}
 */
export async function listen(server) {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server has no port.');
  return `http://127.0.0.1:${address.port}`;
}

/** @param {import('@playwright/test').Page} page */
const idle = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) =>
        requestIdleCallback(() => requestAnimationFrame(() => resolve(undefined)), {
          timeout: 10_000
        })
      )
  );

/**
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Page} page
 */
async function heapMB(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/**
 * Plays SEQUENCE over the drawing area and returns the rAF timestamps seen meanwhile, up to
 * the first idle moment after the last step.
 * @param {import('@playwright/test').Page} page
 * @param {string} area the drawing area's selector
 */
async function playSequence(page, area) {
  const locator = page.locator(area).first();
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${area}: no box`);
  const top = Math.max(0, box.y);
  const bottom = Math.min(VIEWPORT.height, box.y + box.height);
  const cx = box.x + box.width / 2;
  const cy = (top + bottom) / 2;
  await page.mouse.move(cx, cy);
  await idle(page);

  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__frames = [];
    w.__recording = true;
    /** @param {number} t */
    const loop = (t) => {
      w.__frames.push(t);
      if (w.__recording) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const started = Date.now();
  for (const step of SEQUENCE) {
    if (Date.now() - started > SEQUENCE_TIMEOUT_MS)
      throw new Error(`did not finish: sequence over ${SEQUENCE_TIMEOUT_MS / 1000} s`);
    if (step.kind === 'zoom') {
      await page.mouse.move(cx, cy);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, step.factor > 1 ? -ZOOM_DELTA : ZOOM_DELTA);
      await page.keyboard.up('Control');
    } else {
      await page.mouse.move(cx - step.dx / 2, cy);
      await page.mouse.down();
      await page.mouse.move(cx + step.dx / 2, cy, { steps: PAN_MOVES });
      await page.mouse.up();
    }
    await page.waitForTimeout(STEP_WAIT_MS);
  }
  await idle(page);
  const sequenceMs = Date.now() - started;
  const stamps = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__recording = false;
    return /** @type {number[]} */ (w.__frames);
  });
  return { stamps, sequenceMs };
}

/**
 * Opens our page in a fresh context and reads when it was drawn and loaded, nothing more.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<Load>}
 */
async function measureLoad(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle', timeout: OURS_TIMEOUT_MS });
    await page.waitForFunction(
      () => performance.getEntriesByName('timeline-drawn').length > 0,
      null,
      { timeout: OURS_TIMEOUT_MS }
    );
    return await page.evaluate(() => ({
      drawnMs: /** @type {PerformanceEntry} */ (performance.getEntriesByName('timeline-drawn')[0])
        .startTime,
      loadMs: /** @type {PerformanceNavigationTiming} */ (
        performance.getEntriesByType('navigation')[0]
      ).loadEventEnd
    }));
  } finally {
    await context.close();
  }
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ url: string, app: 'ours' | 'vis', ourMark: boolean }} options
 * @returns {Promise<Run>}
 */
async function measureOne(browser, { url, app, ourMark }) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  /** @type {Run} */
  const run = {
    url,
    drawnMs: null,
    drawnBy: '',
    heapMB: null,
    drawnItems: null,
    frames: null,
    sequenceMs: null
  };
  const timeout = app === 'vis' ? VIS_TIMEOUT_MS : OURS_TIMEOUT_MS;
  /** Past this, the page is left as it is and the run reported as not finished. */
  const budget = timeout + SEQUENCE_TIMEOUT_MS + 60_000;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const work = (async () => {
    const useMark = app === 'vis' || ourMark;
    // Nothing of Playwright's runs in the page until its network is idle: the script it
    // injects to poll would otherwise compete with the page's own start, and be timed with it.
    // (The marks are the page's own timestamps, whenever they are read.)
    await page.goto(url, { waitUntil: 'networkidle', timeout });
    run.loadMs = await page.evaluate(
      () =>
        /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0])
          .loadEventEnd || null
    );
    if (useMark) {
      run.drawnBy =
        app === 'vis'
          ? "mark at vis's first visible 'changed'"
          : "performance.mark('timeline-drawn')";
      await page.waitForFunction(
        () => performance.getEntriesByName('timeline-drawn').length > 0,
        null,
        { timeout }
      );
      run.drawnMs = await page.evaluate(
        () =>
          /** @type {PerformanceEntry} */ (performance.getEntriesByName('timeline-drawn')[0])
            .startTime
      );
    } else {
      run.drawnBy = 'FALLBACK: first a.mark seen (rAF poll), no timeline-drawn mark in the build';
      const handle = await page.waitForFunction(
        () => document.querySelector('section.timeline svg a.mark') && performance.now(),
        null,
        { timeout, polling: 'raf' }
      );
      run.drawnMs = /** @type {number} */ (await handle.jsonValue());
    }
    const area = app === 'vis' ? '.vis-panel.vis-center' : 'section.timeline .viewport';
    await idle(page);
    run.drawnItems = await page.evaluate(
      (selector) => document.querySelectorAll(selector).length,
      app === 'vis' ? '.vis-item-content' : 'section.timeline svg a.mark'
    );
    run.heapMB = await heapMB(context, page);

    const { stamps, sequenceMs } = await playSequence(page, area);
    run.sequenceMs = sequenceMs;
    run.frames = frameStats(stamps);
    if (app === 'vis') {
      // The deepest zoom that vis reached, against ×1.5⁸ in our app.
      run.zoomCheck = await page.evaluate(() => {
        const spans = /** @type {number[]} */ (/** @type {any} */ (window).benchSpans ?? []);
        return spans.length > 1 ? /** @type {number} */ (spans[0]) / Math.min(...spans) : null;
      });
    }
  })();
  try {
    await Promise.race([
      work,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`did not finish in ${budget / 1000} s`)), budget);
      })
    ]);
  } catch (error) {
    run.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    clearTimeout(timer);
    work.catch(() => {}); // what a closed page makes it throw
    await context.close();
  }
  return run;
}

/**
 * @param {{ chromePath: string, appOrigin: string, stories: ScaleStory[], visDir: string, ourMark?: boolean }} options
 *   visDir: where the vis-timeline page and its data are written; ourMark: whether our build
 *   calls performance.mark('timeline-drawn') (else the labelled fallback)
 * @returns {Promise<{ rows: ScaleRow[], vis: { version: string, script: string, options: Record<string, unknown> }, sequence: Step[], ourMark: boolean }>}
 */
export async function measureScale({ chromePath, appOrigin, stories, visDir, ourMark = false }) {
  /** @type {(ScaleStory & { story: import('./vis-page.js').StoryExport | null, error?: string })[]} */
  const found = [];
  for (const s of stories) {
    const response = await fetch(`${appOrigin}/${s.id}/story.json`);
    if (response.ok) found.push({ ...s, story: await response.json() });
    else
      found.push({
        ...s,
        story: null,
        error: `not measured: not in the build (${response.status})`
      });
  }
  const exports = found.flatMap((s) => (s.story ? [s.story] : []));
  const vis = writeVisPage(visDir, exports, VIS_ZOOM_FRICTION);
  const visServer = createStaticServer(visDir);
  const visOrigin = await listen(visServer);
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  /** @type {ScaleRow[]} */
  const rows = [];
  try {
    for (const s of found) {
      /** @type {(url: string, error: string) => Run} */
      const missing = (url, error) => ({
        url,
        drawnMs: null,
        drawnBy: '',
        heapMB: null,
        drawnItems: null,
        frames: null,
        sequenceMs: null,
        error
      });
      const oursUrl = `${appOrigin}/${s.id}/`;
      const visUrl = `${visOrigin}/?data=${s.id}.json`;
      const ours = s.story
        ? await measureOne(browser, { url: oursUrl, app: 'ours', ourMark })
        : missing(oursUrl, s.error ?? '');
      if (ourMark && ours.drawnMs !== null && ours.loadMs) {
        ours.loads = [{ drawnMs: ours.drawnMs, loadMs: ours.loadMs }];
        try {
          while (ours.loads.length < LOADS) ours.loads.push(await measureLoad(browser, oursUrl));
        } catch (error) {
          // The loads so far are kept, and the table says how many there were.
          ours.error = `load ${ours.loads.length + 1} of ${LOADS}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
        }
      }
      const visRun = s.story
        ? await measureOne(browser, { url: visUrl, app: 'vis', ourMark })
        : missing(visUrl, s.error ?? '');
      const ratio = (
        /** @type {number | null | undefined} */ a,
        /** @type {number | null | undefined} */ b
      ) => (a && b ? a / b : null);
      rows.push({
        size: s.size,
        id: s.id,
        events: s.story ? s.story.events.length : null,
        ours,
        vis: visRun,
        ratioDrawn: ratio(visRun.drawnMs, ours.drawnMs),
        ratioP95: ratio(visRun.frames?.p95, ours.frames?.p95)
      });
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => visServer.close(() => resolve(undefined)));
  }
  return {
    rows,
    vis: {
      ...vis,
      options: {
        ...visOptions(VIS_ZOOM_FRICTION),
        start: 'story.bounds.start',
        end: 'the day after story.bounds.end'
      }
    },
    sequence: SEQUENCE,
    ourMark
  };
}
