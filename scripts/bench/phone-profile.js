#!/usr/bin/env node
/**
 * Where the phone's pinch goes (issue 16, "Zoom", the phone): the phone's sequence of
 * scripts/bench/frames.js (390×844, touch; 6 scrolls of 600 px, then pinches ×1.5 out and in)
 * on the 10,000-event story, and for each pinch, the main thread's work from the fingers'
 * lift to the page's rest: a Chrome trace (devtools.timeline) summed by kind (script, style,
 * layout, paint…), the longest task in it, what the page's DOM took (elements made and
 * removed, attributes and texts changed: a MutationObserver), and, with --profile, V8's
 * sampled time by function (self and total) over the pinches.
 *
 * Usage: node scripts/bench/phone-profile.js <build dir> [--story synthetique-10000]
 *          [--pinches 8] [--profile] [--top 30]
 *   Readable names need a build without minification: `npx vite build --minify false`.
 */
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createStaticServer } from '../serve-static.js';
import { CHROMIUM_ARGS, findChromium, timelineDrawn } from './chromium.js';
import { listen } from './scale.js';

const args = process.argv.slice(2);
const flag = (/** @type {string} */ name) => {
  const at = args.indexOf(name);
  if (at < 0) return false;
  args.splice(at, 1);
  return true;
};
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : args.splice(at, 2)[1];
};
const PROFILE = flag('--profile');
const STORY = option('--story', 'synthetique-10000');
const PINCHES = Number(option('--pinches', '8'));
const TOP = Number(option('--top', '30'));
const [dir] = args;
if (!dir) throw new Error('Usage: phone-profile.js <build dir> [--profile]');

const PHONE = { width: 390, height: 844 };
const FACTORS = [1.5, 1.5, 1.5, 1.5, 1 / 1.5, 1 / 1.5, 1 / 1.5, 1 / 1.5];

/** Trace events by what the browser did: its name → a kind. */
const KIND = /** @type {Record<string, string>} */ ({
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  V8Execute: 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  HitTest: 'layout',
  MajorGC: 'gc',
  MinorGC: 'gc'
});

/** Counts the DOM's changes in the drawing, from now on. */
const OBSERVE = () => {
  const w = /** @type {any} */ (window);
  const svg = document.querySelector('.vertical-drawing svg[role="group"]');
  w.__dom = { made: 0, removed: 0, attributes: 0, texts: 0 };
  // Per animation frame: the elements made and removed, and attributes changed, in it.
  w.__frame = 0;
  w.__perFrame = new Map();
  w.__frameLoop = true;
  const loop = () => {
    w.__frame++;
    if (w.__frameLoop) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const count = (/** @type {Node} */ n) =>
    n instanceof Element ? 1 + n.querySelectorAll('*').length : 0;
  w.__domObserver = new MutationObserver((records) => {
    let changed = 0;
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) changed += count(n);
        for (const n of r.addedNodes) w.__dom.made += count(n);
        for (const n of r.removedNodes) w.__dom.removed += count(n);
      } else if (r.type === 'attributes') w.__dom.attributes++;
      else w.__dom.texts++;
      if (r.type !== 'childList') changed++;
    }
    w.__perFrame.set(w.__frame, (w.__perFrame.get(w.__frame) ?? 0) + changed);
  });
  w.__domObserver.observe(/** @type {Node} */ (svg), {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true
  });
};

/**
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {'touchStart' | 'touchMove' | 'touchEnd'} type
 * @param {{ x: number, y: number }[]} points
 */
const touch = (cdp, type, points) =>
  cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id }))
  });

async function main() {
  const server = createStaticServer(path.resolve(/** @type {string} */ (dir)));
  const origin = await listen(server);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1,
    hasTouch: true,
    isMobile: true
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/${STORY}/`, { waitUntil: 'networkidle' });
  await timelineDrawn(page);
  await page.locator('.vertical-drawing').scrollIntoViewIfNeeded();
  const at = { x: PHONE.width / 2, y: PHONE.height / 2 };
  for (let i = 0; i < 6; i++) {
    await cdp.send('Input.synthesizeScrollGesture', {
      x: at.x,
      y: at.y,
      yDistance: -600,
      speed: 1200,
      gestureSourceType: 'touch',
      preventFling: true
    });
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(500);
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  /** @type {Record<string, number>[]} */
  const byKind = [];
  /** @type {{ longest: number, dom: Record<string, number>, entries: number }[]} */
  const pinches = [];
  /** @type {any[]} */
  const profiles = [];
  for (const factor of FACTORS.slice(0, PINCHES)) {
    const from = factor > 1 ? 60 : 90;
    const fingers = (/** @type {number} */ d) => [
      { x: at.x, y: at.y - d },
      { x: at.x + 20, y: at.y + d }
    ];
    await touch(cdp, 'touchStart', fingers(from));
    for (let i = 1; i <= 8; i++) {
      await page.waitForTimeout(16);
      await touch(cdp, 'touchMove', fingers(from * factor ** (i / 8)));
    }
    await page.waitForTimeout(30);
    await page.evaluate(OBSERVE);
    /** @type {any[]} */
    const events = [];
    const onData = (/** @type {{ value: any[] }} */ d) => events.push(...d.value);
    cdp.on('Tracing.dataCollected', onData);
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8',
      transferMode: 'ReportEvents'
    });
    if (PROFILE) await cdp.send('Profiler.start');
    await touch(cdp, 'touchEnd', []);
    await page.waitForTimeout(600);
    if (PROFILE) profiles.push((await cdp.send('Profiler.stop')).profile);
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    const dom = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__domObserver.disconnect();
      w.__frameLoop = false;
      const frames = [...w.__perFrame.values()];
      return {
        ...w.__dom,
        frames: frames.length,
        maxFrame: Math.max(0, ...frames),
        perFrame: frames.join(' ')
      };
    });
    const entries = await page
      .locator('.vertical-drawing a.mark, .vertical-drawing a.cluster')
      .count();
    // The renderer's main thread: the one with the most RunTask time.
    /** @type {Map<string, number>} */
    const perThread = new Map();
    for (const e of events)
      if (e.name === 'RunTask' && e.dur) {
        const key = `${e.pid}:${e.tid}`;
        perThread.set(key, (perThread.get(key) ?? 0) + e.dur);
      }
    const main = [...perThread].sort((a, b) => b[1] - a[1])[0]?.[0];
    const mine = events.filter((e) => `${e.pid}:${e.tid}` === main);
    const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur);
    const longestTask = tasks.sort((a, b) => b.dur - a.dur)[0];
    /** @type {Record<string, number>} */
    const kinds = {};
    // Top-level events of each kind within the longest task (nested ones not counted twice).
    if (longestTask) {
      const inside = mine
        .filter(
          (e) =>
            e.ph === 'X' &&
            e.ts >= longestTask.ts &&
            e.ts + (e.dur ?? 0) <= longestTask.ts + longestTask.dur &&
            KIND[e.name]
        )
        .sort((a, b) => a.ts - b.ts);
      // Each event's own time: its duration less its children's (the browser's work nests:
      // a script that reads a box runs a style and layout inside itself).
      /** @type {any[]} */
      const open = [];
      const close = (/** @type {any} */ o) =>
        (kinds[o.kind] = (kinds[o.kind] ?? 0) + o.self / 1000);
      for (const e of inside) {
        while (open.length && open.at(-1).end <= e.ts) close(open.pop());
        if (open.length) open.at(-1).self -= e.dur;
        open.push({ end: e.ts + e.dur, kind: KIND[e.name], self: e.dur });
      }
      while (open.length) close(open.pop());
      kinds.task = longestTask.dur / 1000;
    }
    byKind.push(kinds);
    pinches.push({ longest: (longestTask?.dur ?? 0) / 1000, dom, entries });
    await page.waitForTimeout(100);
  }
  console.log(`${dir}, ${STORY}: each pinch's longest task after the fingers lift (ms, trace)`);
  pinches.forEach((p, i) => {
    const k = /** @type {Record<string, number>} */ (byKind[i]);
    const f = (/** @type {number | undefined} */ n) => (n ?? 0).toFixed(1);
    console.log(
      `pinch ${i + 1} ×${(FACTORS[i] ?? 1).toFixed(2)}: task ${f(k.task)}: script ${f(k.script)}, style ${f(k.style)}, layout ${f(k.layout)}, paint ${f(k.paint)}, gc ${f(k.gc)}; DOM made ${p.dom.made}, removed ${p.dom.removed}, attributes ${p.dom.attributes}, texts ${p.dom.texts}, in ${p.dom.frames} frames, at most ${p.dom.maxFrame} made or changed in one (${p.dom.perFrame}); marks+clusters after ${p.entries}`
    );
  });
  if (PROFILE) {
    /** @type {Map<string, { self: number, total: number }>} */
    const byName = new Map();
    for (const profile of profiles) {
      /** @type {Map<number, any>} */
      const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
      /** @type {Map<number, number>} */
      const parent = new Map();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const nameOf = (/** @type {any} */ n) =>
        `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url || '')}:${n.callFrame.lineNumber + 1}`;
      const deltas = profile.timeDeltas;
      profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) => {
        const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
        const seen = new Set();
        let n = nodes.get(id);
        const self = nameOf(n);
        for (; n; n = nodes.get(/** @type {number} */ (parent.get(n.id)))) {
          const name = nameOf(n);
          const entry = byName.get(name) ?? { self: 0, total: 0 };
          if (name === self && !seen.size) entry.self += ms;
          if (!seen.has(name)) entry.total += ms;
          seen.add(name);
          byName.set(name, entry);
        }
      });
    }
    const rows = [...byName].filter(([n]) => !/^\((root|program|idle)\)/.test(n));
    console.log('\nBy self time, ms over the pinches:');
    for (const [name, t] of [...rows].sort((a, b) => b[1].self - a[1].self).slice(0, TOP))
      console.log(`  ${t.self.toFixed(1).padStart(8)} ${t.total.toFixed(1).padStart(8)}  ${name}`);
    console.log('\nBy total time, ms over the pinches:');
    for (const [name, t] of [...rows].sort((a, b) => b[1].total - a[1].total).slice(0, TOP))
      console.log(`  ${t.self.toFixed(1).padStart(8)} ${t.total.toFixed(1).padStart(8)}  ${name}`);
  }
  await browser.close();
  server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
