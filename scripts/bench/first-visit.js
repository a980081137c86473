#!/usr/bin/env node
/**
 * The first-visit spike (issue 16): the same site built five ways, measured side by side in
 * one run, on the seed story's page and one of its event pages:
 *   (a) single: one script and one stylesheet for the site, started with the page (SvelteKit's
 *       own boot, its module preloaded in the <head>);
 *   (b) split: a file per route and shared chunk (bundleStrategy 'split'), started with the page;
 *   (c) single, after paint: (a) with the client fetched and started once the page has painted
 *       (src/lib/server/boot-after-paint.ts);
 *   (d) split, after paint: (b) likewise;
 *   (e) (d) with the stylesheets under 1 KB written into the page (kit.inlineStyleThreshold),
 *       which the project ships.
 * For each: the JS + CSS gzip of a first visit (all of it, and what was asked for before the
 * first contentful paint), the requests; Lighthouse 12.2.3 mobile performance, LCP and TBT
 * (median of --runs runs, with the lowest score and the slowest figures, the variants
 * interleaved run by run); and with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate) at
 * 1280×800, the first contentful paint and the time to an interactive timeline (the app's
 * performance.mark('timeline-drawn'), set once the client has started and drawn the view),
 * both from navigation start (median and slowest of --loads fresh loads, interleaved).
 *
 * Usage: npm run bench:first-visit [-- --runs 3 --loads 7 --no-build --long <dir>/<story>]
 *        npm run bench:first-visit -- --compare "<label>=<build dir>" --compare "<label>=<dir>" …
 *   --compare measures builds made beforehand, side by side, in place of the five ways (which it
 *   neither builds nor needs): e.g. a copy of main's build/ against this branch's, each made by
 *   `npm run build` (the site's stories; with --long, EXTRA_STORIES=<dir> too).
 *   Builds each variant (vite build, the site's stories only; the variant this project ships is
 *   built last, so build/ is left as `npm run build` makes it) into bench-results/first-visit/,
 *   unless --no-build, which measures the builds found there. --long adds a long story (a
 *   folder of stories, EXTRA_STORIES, and the id of one of them, e.g.
 *   bench-results/stories/synthetique-1000 after `npm run synthetic -- 1000`): its story page
 *   is measured on the slowed CPU too (the time to its drawn timeline, its events fetched). Prints a table and writes
 *   bench-results/first-visit.json. Check `uptime` first: figures on a busy machine mean little.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { createStaticServer } from '../serve-static.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { runLighthouse } from './lighthouse.js';
import { listen } from './scale.js';
import { measureFirstVisit } from './weight.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = path.join(ROOT, 'bench-results', 'first-visit');
const OUT = path.join(ROOT, 'bench-results', 'first-visit.json');

/** @param {string} name */
const option = (name, fallback = 0) => {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: a whole number, please`);
  return value;
};
const RUNS = option('--runs', 3);
const LOADS = option('--loads', 7);
const BUILD = !process.argv.includes('--no-build');
const LONG = (() => {
  const at = process.argv.indexOf('--long');
  if (at < 0) return null;
  const given = path.resolve(process.argv[at + 1] ?? '');
  return { dir: path.dirname(given), id: path.basename(given) };
})();
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 1280, height: 800 };
const DRAWN_TIMEOUT_MS = 60_000;

/**
 * The variants, the shipped one last (built last, so that build/ is left as it ships).
 * @type {{ id: string, label: string, env: Record<string, string> }[]}
 */
const VARIANTS = [
  {
    id: 'single',
    label: '(a) single bundle',
    env: { BUNDLE_STRATEGY: 'single', FIRST_VISIT_BOOT: 'eager', INLINE_STYLE_THRESHOLD: '0' }
  },
  {
    id: 'split',
    label: '(b) split by route',
    env: { BUNDLE_STRATEGY: 'split', FIRST_VISIT_BOOT: 'eager', INLINE_STYLE_THRESHOLD: '0' }
  },
  {
    id: 'single-after-paint',
    label: '(c) single, after paint',
    env: { BUNDLE_STRATEGY: 'single', FIRST_VISIT_BOOT: 'after-paint', INLINE_STYLE_THRESHOLD: '0' }
  },
  {
    id: 'split-after-paint',
    label: '(d) split, after paint',
    env: { BUNDLE_STRATEGY: 'split', FIRST_VISIT_BOOT: 'after-paint', INLINE_STYLE_THRESHOLD: '0' }
  },
  {
    id: 'split-after-paint-inline',
    label: '(e) = (d), small styles inline',
    env: {
      BUNDLE_STRATEGY: 'split',
      FIRST_VISIT_BOOT: 'after-paint',
      INLINE_STYLE_THRESHOLD: '1024'
    }
  }
];

/**
 * Builds made beforehand, compared in place of the five ways: `--compare "<label>=<dir>"`.
 * @type {{ id: string, label: string, dir: string }[]}
 */
const COMPARED = process.argv.flatMap((arg, i) => {
  if (process.argv[i - 1] !== '--compare') return [];
  const at = arg.indexOf('=');
  if (at < 1) throw new Error('--compare "<label>=<build dir>", please');
  const label = arg.slice(0, at);
  return [{ id: label, label, dir: path.resolve(arg.slice(at + 1)) }];
});
/** The ways measured: the builds compared, or the five ways, each in its folder. */
const WAYS = COMPARED.length
  ? COMPARED
  : VARIANTS.map((variant) => ({ ...variant, dir: path.join(OUT_DIR, variant.id) }));

/** @type {{ name: string, path: string, slowOnly?: boolean }[]} */
const PAGES = [
  { name: 'story', path: '/coree-du-nord-russie-armes/' },
  {
    name: 'event',
    path: '/coree-du-nord-russie-armes/jake-sullivan-met-en-garde-la-coree-du-nord/'
  },
  // A long story: on the slowed CPU only (Lighthouse's figures are the two pages above).
  ...(LONG ? [{ name: LONG.id, path: `/${LONG.id}/`, slowOnly: true }] : [])
];

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** @param {(number | null)[]} values */
const known = (values) => /** @type {number[]} */ (values.filter((v) => v !== null));

/**
 * Builds one variant and keeps a copy of build/.
 * @param {(typeof VARIANTS)[number]} variant
 */
function buildVariant(variant) {
  console.log(
    `Building ${variant.label} (${Object.entries(variant.env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')})…`
  );
  const started = Date.now();
  const result = spawnSync('npx', ['vite', 'build'], {
    cwd: ROOT,
    env: { ...process.env, ...variant.env, TEST_STORIES: '', EXTRA_STORIES: LONG?.dir ?? '' },
    stdio: ['ignore', 'ignore', 'inherit']
  });
  if (result.status !== 0) throw new Error(`The build of ${variant.id} failed.`);
  const dir = path.join(OUT_DIR, variant.id);
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'build'), dir, { recursive: true });
  console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * First contentful paint and interactive timeline, from navigation start, in a fresh context
 * with the CPU slowed down.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function slowLoad(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = /** @type {{ __longTasks?: { start: number, duration: number }[] }} */ (
        /** @type {unknown} */ (window)
      );
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.__longTasks?.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => performance.getEntriesByName('timeline-drawn').length > 0,
      null,
      {
        timeout: DRAWN_TIMEOUT_MS,
        polling: 50
      }
    );
    return await page.evaluate(() => {
      const fcpMs = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const interactiveMs = performance.getEntriesByName('timeline-drawn')[0]?.startTime ?? null;
      // The tasks over 50 ms from the first paint to the interactive timeline: the longest, and
      // their time past 50 ms each (blocking time, as Lighthouse's TBT counts it).
      const w = /** @type {{ __longTasks?: { start: number, duration: number }[] }} */ (
        /** @type {unknown} */ (window)
      );
      const after = (w.__longTasks ?? []).filter(
        (t) =>
          fcpMs !== null && t.start >= fcpMs && (interactiveMs === null || t.start <= interactiveMs)
      );
      return {
        fcpMs,
        interactiveMs,
        longestTaskMs: Math.max(0, ...after.map((t) => t.duration)),
        blockingMs: after.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)
      };
    });
  } finally {
    await context.close();
  }
}

/** @param {number | null | undefined} ms */
const ms = (ms) =>
  ms === null || ms === undefined || Number.isNaN(ms) ? '-' : `${Math.round(ms)}`;
/** @param {number} bytes */
const bytes = (bytes) => bytes.toLocaleString('en-GB');

/**
 * @param {string[]} header
 * @param {(string | number)[][]} rows
 */
function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (/** @type {string[]} */ row) =>
    row
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [
    line(cells[0] ?? []),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line)
  ].join('\n');
}

async function main() {
  if (BUILD && !COMPARED.length) for (const variant of VARIANTS) buildVariant(variant);
  for (const way of WAYS) {
    if (!existsSync(path.join(way.dir, 'index.html'))) {
      throw new Error(`No build of ${way.id} in ${way.dir}: run without --no-build.`);
    }
  }
  const chromePath = findChromium();
  // Compressed as a static host sends it: Lighthouse simulates the network with the bytes sent.
  const servers = WAYS.map((way) => createStaticServer(way.dir, { gzip: true }));
  const origins = await Promise.all(servers.map((server) => listen(server)));
  const loadBefore = loadavg()[0] ?? 0;
  console.log(
    `Load average (1 min) before the runs: ${loadBefore.toFixed(2)} on ${cpus().length} cores`
  );

  /** @typedef {{ weight?: Awaited<ReturnType<typeof measureFirstVisit>>, lighthouse: Awaited<ReturnType<typeof runLighthouse>>[], slow: Awaited<ReturnType<typeof slowLoad>>[] }} Cell */
  /** @type {Cell[][]} variant × page */
  const cells = WAYS.map(() => PAGES.map(() => ({ lighthouse: [], slow: [] })));
  const cell = (/** @type {number} */ v, /** @type {number} */ p) => {
    const found = cells[v]?.[p];
    if (!found) throw new Error('no such cell');
    return found;
  };

  try {
    const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
    try {
      for (const [v, origin] of origins.entries())
        for (const [p, page] of PAGES.entries())
          cell(v, p).weight = await measureFirstVisit(browser, origin + page.path);
      for (let load = 0; load < LOADS; load++)
        for (const [p, page] of PAGES.entries())
          for (const [v, origin] of origins.entries())
            cell(v, p).slow.push(await slowLoad(browser, origin + page.path));
    } finally {
      await browser.close();
    }
    for (let run = 0; run < RUNS; run++)
      for (const [p, page] of PAGES.entries())
        for (const [v, origin] of origins.entries()) {
          if (page.slowOnly) continue;
          process.stdout.write(`Lighthouse run ${run + 1}/${RUNS}: ${WAYS[v]?.id} ${page.name}\r`);
          cell(v, p).lighthouse.push(await runLighthouse(origin + page.path, chromePath));
        }
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
  const loadAfter = loadavg()[0] ?? 0;

  const rows = [];
  const figures = [];
  for (const [v, variant] of WAYS.entries()) {
    for (const [p, page] of PAGES.entries()) {
      const { weight, lighthouse, slow } = cell(v, p);
      if (!weight) throw new Error('not measured');
      const perf = known(lighthouse.map((l) => l.performance));
      const lcp = known(lighthouse.map((l) => l.lcpMs));
      const tbt = known(lighthouse.map((l) => l.tbtMs));
      const fcp = known(slow.map((s) => s.fcpMs));
      const interactive = known(slow.map((s) => s.interactiveMs));
      const longest = slow.map((s) => s.longestTaskMs);
      const blocking = slow.map((s) => s.blockingMs);
      const row = {
        variant: variant.id,
        page: page.name,
        jsCssGzip: weight.jsCssGzip,
        beforePaint: weight.beforePaint,
        requests: weight.total.count,
        jsFiles: weight.byType.JavaScript.count,
        lighthouse: {
          performance: perf.length
            ? { median: median(perf), min: Math.min(...perf), runs: perf }
            : null,
          lcpMs: lcp.length ? { median: median(lcp), max: Math.max(...lcp), runs: lcp } : null,
          tbtMs: tbt.length ? { median: median(tbt), max: Math.max(...tbt), runs: tbt } : null
        },
        slowCpu: {
          fcpMs: fcp.length ? { median: median(fcp), max: Math.max(...fcp) } : null,
          interactiveMs: interactive.length
            ? { median: median(interactive), max: Math.max(...interactive) }
            : null,
          longestTaskMs: { median: median(longest), max: Math.max(...longest) },
          blockingMs: { median: median(blocking), max: Math.max(...blocking) }
        }
      };
      figures.push(row);
      rows.push([
        variant.label,
        page.name,
        bytes(row.jsCssGzip),
        row.beforePaint === null ? '-' : bytes(row.beforePaint.jsCssGzip),
        `${row.requests} (${row.jsFiles} JS)`,
        row.beforePaint === null ? '-' : `${row.beforePaint.count} (${row.beforePaint.jsCount} JS)`,
        row.lighthouse.performance
          ? `${row.lighthouse.performance.median} (${row.lighthouse.performance.min})`
          : '-',
        row.lighthouse.lcpMs
          ? `${ms(row.lighthouse.lcpMs.median)} (${ms(row.lighthouse.lcpMs.max)})`
          : '-',
        row.lighthouse.tbtMs
          ? `${ms(row.lighthouse.tbtMs.median)} (${ms(row.lighthouse.tbtMs.max)})`
          : '-',
        row.slowCpu.fcpMs ? `${ms(row.slowCpu.fcpMs.median)} (${ms(row.slowCpu.fcpMs.max)})` : '-',
        row.slowCpu.interactiveMs
          ? `${ms(row.slowCpu.interactiveMs.median)} (${ms(row.slowCpu.interactiveMs.max)})`
          : '-',
        `${ms(row.slowCpu.longestTaskMs.median)} (${ms(row.slowCpu.longestTaskMs.max)})`,
        `${ms(row.slowCpu.blockingMs.median)} (${ms(row.slowCpu.blockingMs.max)})`
      ]);
    }
  }
  console.log(
    `\n== First visit: ${WAYS.length} ways, side by side (load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after, ${cpus().length} cores) ==\n`
  );
  console.log(
    table(
      [
        'Variant',
        'Page',
        'JS+CSS gzip B',
        'before paint B',
        'Requests',
        'before paint',
        `Lighthouse perf (lowest), ${RUNS} runs`,
        'LCP ms (slowest)',
        'TBT ms (slowest)',
        `4× CPU: FCP ms (slowest), ${LOADS} loads`,
        'interactive ms (slowest)',
        'longest task ms',
        'blocking ms'
      ],
      rows
    )
  );
  console.log(
    'JS+CSS gzip: every script and stylesheet of a first visit (gzip -9 of the bodies, until the network is idle); ' +
      'before paint: those asked for before the first contentful paint. Lighthouse 12.2.3 mobile, simulated throttling: ' +
      'medians. 4× CPU: Chromium 1280×800, CPU slowed 4× by CDP, no network throttling; from navigation start, ' +
      "interactive = the app's performance.mark('timeline-drawn'), once the client has started and drawn the view; " +
      'longest task and blocking (the time past 50 ms of each task over 50 ms, summed): the tasks from the first paint to it.'
  );
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(
    OUT,
    JSON.stringify(
      { date: new Date().toISOString(), loadBefore, loadAfter, runs: RUNS, loads: LOADS, figures },
      null,
      2
    ) + '\n'
  );
  console.log(`\nFigures written to ${path.relative(ROOT, OUT)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
