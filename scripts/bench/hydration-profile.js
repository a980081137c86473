#!/usr/bin/env node
/**
 * Where the client's start-up goes (issue 16, "The first visit"): a page loaded with the CPU
 * slowed 4× (1280×800), its main thread sampled by V8's profiler (CDP Profiler) from navigation
 * until the app's performance.mark('timeline-drawn'). Prints, for each page, the long tasks
 * (PerformanceObserver 'longtask', ms), the nodes the client added to and removed from the
 * prerendered page (a MutationObserver from the end of parsing to the mark: a hydration that
 * keeps the prerendered DOM adds and removes about none), and the sampled time by function,
 * self and total (a function's total counts every sample with it on the stack once).
 *
 * Usage: node scripts/bench/hydration-profile.js <build dir> [page path …] [--loads 3] [--top 30]
 *   Readable names need a build without minification: `npx vite build --minify false`
 *   (then copy build/ aside). Figures are medians over --loads fresh loads, summed per name.
 */
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createStaticServer } from '../serve-static.js';
import { CHROMIUM_ARGS, findChromium, timelineDrawn } from './chromium.js';
import { listen } from './scale.js';

const args = process.argv.slice(2);
const option = (/** @type {string} */ name, /** @type {number} */ fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args.splice(at, 2)[1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: a whole number, please`);
  return value;
};
const LOADS = option('--loads', 3);
const TOP = option('--top', 30);
const [dir, ...given] = args;
if (!dir) throw new Error('Usage: hydration-profile.js <build dir> [page path …]');
const PAGES = given.length
  ? given
  : [
      '/coree-du-nord-russie-armes/',
      '/coree-du-nord-russie-armes/jake-sullivan-met-en-garde-la-coree-du-nord/'
    ];

/** Counts what the client does to the prerendered page, from the end of parsing. */
const OBSERVE = () => {
  const w = /** @type {any} */ (window);
  w.__long = [];
  w.__mutations = { added: 0, removed: 0, attributes: 0, text: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.__long.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'childList') {
          w.__mutations.added += r.addedNodes.length;
          w.__mutations.removed += r.removedNodes.length;
        } else if (r.type === 'attributes') w.__mutations.attributes++;
        else w.__mutations.text++;
      }
    }).observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true
    });
  });
};

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function profileLoad(browser, url) {
  const context = await browser.newContext({
    ...(process.env.PROFILE_MOBILE
      ? {
          viewport: { width: 412, height: 823 },
          deviceScaleFactor: 1.75,
          isMobile: true,
          hasTouch: true
        }
      : { viewport: { width: 1280, height: 800 } })
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    await timelineDrawn(page);
    await page.waitForTimeout(300);
    const { profile } = await cdp.send('Profiler.stop');
    const seen = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      return {
        long: /** @type {{ start: number, duration: number }[]} */ (w.__long),
        mutations: w.__mutations,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        drawn: performance.getEntriesByName('timeline-drawn')[0]?.startTime ?? null,
        nodes: document.getElementsByTagName('*').length
      };
    });
    return { ...seen, ...summarise(profile) };
  } finally {
    await context.close();
  }
}

/** @param {{ url: string, lineNumber: number, functionName: string }} frame */
const nameOf = (frame) =>
  `${frame.functionName || '(anonymous)'} ${frame.url ? path.basename(frame.url) : ''}:${frame.lineNumber + 1}`;

/** Self and total ms per function name, from a CDP profile. @param {any} profile */
function summarise(profile) {
  /** @type {Map<number, any>} */
  const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** @type {Map<string, number>} */ const self = new Map();
  /** @type {Map<string, number>} */ const total = new Map();
  /** @type {Map<string, number>} */ const byFile = new Map();
  let busy = 0;
  profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = nodes.get(id);
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)' || name === '(root)') return;
    busy += dt;
    const own = nameOf(node.callFrame);
    self.set(own, (self.get(own) ?? 0) + dt);
    const file = node.callFrame.url ? path.basename(node.callFrame.url) : name;
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
    const stack = new Set();
    for (let /** @type {number | undefined} */ at = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at).callFrame;
      if (frame.functionName === '(root)') break;
      stack.add(nameOf(frame));
    }
    for (const s of stack) total.set(s, (total.get(s) ?? 0) + dt);
  });
  return { busy, self, total, byFile };
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** @param {Map<string, number>[]} maps */
function medians(maps) {
  const keys = new Set(maps.flatMap((m) => [...m.keys()]));
  return [...keys]
    .map((k) => /** @type {[string, number]} */ ([k, median(maps.map((m) => m.get(k) ?? 0))]))
    .sort((a, b) => b[1] - a[1]);
}

async function main() {
  const server = createStaticServer(path.resolve(dir ?? ''));
  const origin = await listen(server);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    for (const pagePath of PAGES) {
      const loads = [];
      for (let i = 0; i < LOADS; i++) loads.push(await profileLoad(browser, origin + pagePath));
      const r = (/** @type {number} */ n) => Math.round(n);
      console.log(`\n== ${pagePath}: ${LOADS} loads at 4× CPU, medians ==`);
      console.log(
        `FCP ${r(median(loads.map((l) => l.fcp ?? 0)))} ms, timeline-drawn ${r(median(loads.map((l) => l.drawn ?? 0)))} ms, ` +
          `sampled busy ${r(median(loads.map((l) => l.busy)))} ms, DOM elements ${median(loads.map((l) => l.nodes))}`
      );
      console.log(
        'long tasks (ms) per load:',
        loads.map((l) => l.long.map((t) => r(t.duration)).join('+') || 'none').join(' | ')
      );
      console.log(
        'mutations per load (added/removed/attributes/text):',
        loads
          .map(
            (l) =>
              `${l.mutations.added}/${l.mutations.removed}/${l.mutations.attributes}/${l.mutations.text}`
          )
          .join(' | ')
      );
      console.log('\n-- by file (self ms) --');
      for (const [k, v] of medians(loads.map((l) => l.byFile)).slice(0, 15))
        console.log(`${r(v).toString().padStart(6)}  ${k}`);
      console.log('\n-- total ms (function on the stack) --');
      for (const [k, v] of medians(loads.map((l) => l.total)).slice(0, TOP))
        console.log(`${r(v).toString().padStart(6)}  ${k}`);
      console.log('\n-- self ms --');
      for (const [k, v] of medians(loads.map((l) => l.self)).slice(0, TOP))
        console.log(`${r(v).toString().padStart(6)}  ${k}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
