#!/usr/bin/env node
/**
 * One zoom's layout frame on the wide drawing, taken apart (issue 16): opens a story at
 * 1280×800, clicks "+" `--steps` times (each followed by its layout, 150 ms on), with a Chrome
 * trace (devtools.timeline) and a CPU profile running, and prints for each step: the longest
 * task and its split (script, Recalculate Style and its element count, Layout, Pre-paint,
 * Paint, Layerize/Commit), the DOM changes (elements made, removed, attributes changed), and
 * the elements in the drawing (per mark and cluster); then the script's heaviest functions
 * (self time, over all the steps).
 *
 * Usage: node scripts/bench/zoom-trace.js [--origin=http://localhost:4416] [--story=synthetique-10000]
 *   [--steps=8] [--dir=build]  (without --origin it serves --dir itself)
 */
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createStaticServer } from '../serve-static.js';
import { CHROMIUM_ARGS, findChromium, timelineDrawn } from './chromium.js';
import { listen } from './scale.js';

/** @param {string} name */
const option = (name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const STEPS = Number(option('steps') ?? 8);
const STORY = option('story') ?? 'synthetique-10000';

/** Counts the DOM changes under the drawing since the last call. */
const WATCH = () => {
  const w = /** @type {any} */ (window);
  const svg = document.querySelector('section.timeline .viewport svg');
  w.__changes = { made: 0, removed: 0, attributes: 0, texts: 0 };
  /** @param {Node} n */
  const count = (n) =>
    n.nodeType === 1 ? 1 + /** @type {Element} */ (n).querySelectorAll('*').length : 0;
  w.__mo = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') w.__changes.attributes++;
      else if (r.type === 'characterData') w.__changes.texts++;
      else {
        for (const n of r.addedNodes) w.__changes.made += count(n);
        for (const n of r.removedNodes) w.__changes.removed += count(n);
      }
    }
  });
  w.__mo.observe(svg, { subtree: true, childList: true, attributes: true, characterData: true });
};

const ELEMENTS = () => {
  const svg = document.querySelector('section.timeline .viewport svg');
  if (!svg) return null;
  return {
    all: svg.querySelectorAll('*').length,
    marks: svg.querySelectorAll('a.mark').length,
    clusters: svg.querySelectorAll('a.cluster').length,
    perMark: (() => {
      const a = svg.querySelector('a.mark');
      return a ? 1 + a.querySelectorAll('*').length : 0;
    })(),
    axis: svg.querySelectorAll('.axis *, g.axis *').length
  };
};

async function main() {
  let origin = option('origin');
  /** @type {import('node:http').Server | undefined} */
  let server;
  if (!origin) {
    server = createStaticServer(path.resolve(option('dir') ?? 'build'));
    origin = await listen(server);
  }
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/${STORY}/`, { waitUntil: 'networkidle', timeout: 60_000 });
    await timelineDrawn(page);
    await page.waitForTimeout(500);
    const steps = [];
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    /** @type {any[]} */
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink.user_timing'
        ]
      }
    });
    await cdp.send('Profiler.start');
    for (let i = 0; i < STEPS; i++) {
      await page.evaluate(WATCH);
      const t0 = await page.evaluate(() => performance.timeOrigin + performance.now());
      await page.getByRole('button', { name: /Zoom avant|Zoom in/ }).click();
      // At rest: laid out, no longer stretched (a double-buffered layout is made over frames).
      await page.waitForTimeout(200);
      await page.waitForFunction(
        () => !document.querySelector('section.timeline .viewport svg.stretched'),
        undefined,
        { timeout: 10_000 }
      );
      await page.waitForTimeout(400);
      const changes = await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.__mo.disconnect();
        return w.__changes;
      });
      const t1 = await page.evaluate(() => performance.timeOrigin + performance.now());
      steps.push({
        t0: t0 * 1000,
        t1: t1 * 1000,
        changes,
        elements: await page.evaluate(ELEMENTS)
      });
    }
    const { profile } = await cdp.send('Profiler.stop');
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;

    // Trace timestamps are µs on a monotonic clock; match them to the page's by the marks'
    // order instead: split the renderer main thread's top-level tasks by step windows found
    // from the clicks' EventDispatch events.
    const main = events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
    const threadOf = new Map();
    for (const e of events)
      if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') threadOf.set(e.pid, e.tid);
    const onMain = (/** @type {any} */ e) => threadOf.get(e.pid) === e.tid;
    const clicks = events
      .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click' && onMain(e))
      .map((e) => e.ts)
      .sort((a, b) => a - b);
    const tasks = main.filter(onMain);
    const inside = (/** @type {any} */ task, /** @type {string} */ name) =>
      events.filter(
        (e) =>
          e.name === name &&
          e.ph === 'X' &&
          onMain(e) &&
          e.ts >= task.ts &&
          e.ts + (e.dur ?? 0) <= task.ts + task.dur
      );
    const sum = (/** @type {any[]} */ list) => list.reduce((t, e) => t + (e.dur ?? 0), 0) / 1000;
    console.log(
      'step | made removed attrs texts | drawing: elements, marks, clusters, per mark | longest task ms: script style(elements) layout prepaint paint layerize+commit'
    );
    for (let i = 0; i < steps.length; i++) {
      const from = clicks[i] ?? 0;
      const to = clicks[i + 1] ?? Infinity;
      const mine = tasks.filter((t) => t.ts >= from && t.ts < to).sort((a, b) => b.dur - a.dur);
      const top = mine.slice(0, 2).map((t) => {
        const style = inside(t, 'UpdateLayoutTree');
        const elements = style.reduce((n, e) => n + (e.args?.elementCount ?? 0), 0);
        return `${(t.dur / 1000).toFixed(1)}: script ${sum([
          ...inside(t, 'FunctionCall'),
          ...inside(t, 'TimerFire').filter(() => false),
          ...inside(t, 'EvaluateScript'),
          ...inside(t, 'V8.Execute').filter(() => false)
        ]).toFixed(1)} style ${sum(style).toFixed(1)}(${elements}) layout ${sum(
          inside(t, 'Layout')
        ).toFixed(1)} prepaint ${sum(inside(t, 'PrePaint')).toFixed(1)} paint ${sum(
          inside(t, 'Paint')
        ).toFixed(1)} layerize+commit ${sum([
          ...inside(t, 'Layerize'),
          ...inside(t, 'Commit')
        ]).toFixed(1)}`;
      });
      const s = steps[i];
      if (!s) continue;
      const el = s.elements;
      console.log(
        `${i + 1} | ${s.changes.made} ${s.changes.removed} ${s.changes.attributes} ${s.changes.texts} | ${el?.all} ${el?.marks} ${el?.clusters} ${el?.perMark} | ${top.join(' ; ')}`
      );
    }
    // The CPU profile's self time by function, over all the steps.
    /** @type {Map<number, any>} */
    const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
    /** @type {Map<string, number>} */
    const self = new Map();
    const dts = profile.timeDeltas ?? [];
    const samples = profile.samples ?? [];
    for (let i = 0; i < samples.length; i++) {
      const n = nodes.get(/** @type {number} */ (samples[i]));
      const f = n.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dts[i + 1] ?? 0) / 1000);
    }
    const sampled = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(
      `\nCPU profile, self time over ${STEPS} steps (total sampled ${sampled.toFixed(0)} ms):`
    );
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
    // Inclusive time by function (a function counted once per sample, however deep it recurs).
    /** @type {Map<number, number>} */
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const keyOf = (/** @type {any} */ n) =>
      `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    /** @type {Map<string, number>} */
    const total = new Map();
    for (let i = 0; i < samples.length; i++) {
      const seen = new Set();
      for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
        const key = keyOf(nodes.get(/** @type {number} */ (id)));
        if (seen.has(key)) continue;
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + (dts[i + 1] ?? 0) / 1000);
      }
    }
    console.log('\nInclusive time by function:');
    for (const [k, v] of [...total]
      .filter(([k]) => !k.startsWith('(root)') && !k.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(option('top') ?? 40)))
      console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  } finally {
    await browser.close();
    server?.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
