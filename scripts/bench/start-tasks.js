#!/usr/bin/env node
/**
 * The client's start as CPU time, side by side (issue 16, "The first visit"): on a busy machine
 * wall-clock figures (Lighthouse's TBT, the longest task at 4× CPU) move with the other jobs,
 * so this reads each main-thread task's thread time (`tdur` in a Chrome trace: the CPU the
 * renderer's main thread used, not the time it waited for a core). Loads each page at
 * 1280×800, unthrottled, traces it to the app's `timeline-drawn` mark, and reports for the tasks
 * from the first contentful paint to that mark: the longest task's CPU time, the sum of their
 * CPU time, and a blocking time as Lighthouse's mobile run would simulate it (each task's CPU
 * time × 4, its part past 50 ms, summed). Medians (and the highest) of --loads loads, the
 * builds interleaved.
 *
 * Usage: node scripts/bench/start-tasks.js [--loads 7] [--mobile] "<label>=<build dir>" …
 *   --mobile loads the pages as Lighthouse's mobile run does (412×823, touch, 1.75 device pixels):
 *   a phone's drawing, not the wide one. The figures then include "before the paint": the CPU
 *   time of the main thread's tasks from the page's first byte parsed to its first contentful
 *   paint (which Lighthouse's simulated LCP counts ×4).
 *   START_TASKS_LIST=1 prints each load's tasks of 1 ms or more (CPU ms, in order).
 */
import { chromium } from '@playwright/test';
import path from 'node:path';
import { loadavg } from 'node:os';
import { createStaticServer } from '../serve-static.js';
import { CHROMIUM_ARGS, findChromium, timelineDrawn } from './chromium.js';
import { listen } from './scale.js';

const args = process.argv.slice(2);
const loadsAt = args.indexOf('--loads');
const LOADS = loadsAt >= 0 ? Number(args.splice(loadsAt, 2)[1]) : 7;
const mobileAt = args.indexOf('--mobile');
const MOBILE = mobileAt >= 0 && args.splice(mobileAt, 1).length > 0;
/** Lighthouse 12's mobile screen (its default config: a Moto G Power). */
const VIEWPORT = MOBILE
  ? {
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true
    }
  : { viewport: { width: 1280, height: 800 } };
const BUILDS = args.map((arg) => {
  const at = arg.indexOf('=');
  if (at < 1) throw new Error('"<label>=<build dir>", please');
  return { label: arg.slice(0, at), dir: path.resolve(arg.slice(at + 1)) };
});
if (!BUILDS.length) throw new Error('Usage: start-tasks.js [--loads 7] "<label>=<build dir>" …');
const PAGES = [
  { name: 'story', path: '/coree-du-nord-russie-armes/' },
  {
    name: 'event',
    path: '/coree-du-nord-russie-armes/jake-sullivan-met-en-garde-la-coree-du-nord/'
  }
];
const SLOWDOWN = 4;

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function traceLoad(browser, url) {
  const context = await browser.newContext(VIEWPORT);
  try {
    const page = await context.newPage();
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing'
      ]
    });
    await page.goto(url, { waitUntil: 'commit' });
    await timelineDrawn(page);
    await page.waitForTimeout(200);
    /** @type {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number, tdur?: number, args?: any }[]} */
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const parse = events.find((e) => e.name === 'ParseHTML');
    if (!parse) throw new Error('no ParseHTML in the trace');
    const main = (/** @type {{ pid: number, tid: number }} */ e) =>
      e.pid === parse.pid && e.tid === parse.tid;
    const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === parse.pid);
    const drawn = events.find((e) => e.name === 'timeline-drawn' && e.pid === parse.pid);
    if (!fcp || !drawn) throw new Error('no first paint or timeline-drawn mark in the trace');
    const tasks = events.filter(
      (e) => main(e) && e.ph === 'X' && e.name === 'RunTask' && e.ts >= fcp.ts && e.ts <= drawn.ts
    );
    const cpu = tasks.map((t) => (t.tdur ?? t.dur ?? 0) / 1000);
    const before = events
      .filter((e) => main(e) && e.ph === 'X' && e.name === 'RunTask' && e.ts < fcp.ts)
      .filter((e) => e.ts + (e.dur ?? 0) >= parse.ts)
      .reduce((sum, t) => sum + (t.tdur ?? t.dur ?? 0) / 1000, 0);
    if (process.env.START_TASKS_LIST)
      console.log(
        url,
        cpu
          .filter((ms) => ms >= 1)
          .map((ms) => ms.toFixed(1))
          .join(' + ')
      );
    return {
      before,
      longest: Math.max(0, ...cpu),
      total: cpu.reduce((a, b) => a + b, 0),
      blocking: cpu.reduce((sum, ms) => sum + Math.max(0, ms * SLOWDOWN - 50), 0)
    };
  } finally {
    await context.close();
  }
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function main() {
  const servers = BUILDS.map((b) => createStaticServer(b.dir));
  const origins = await Promise.all(servers.map((s) => listen(s)));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const before = loadavg()[0] ?? 0;
  /** @type {Awaited<ReturnType<typeof traceLoad>>[][][]} build × page × load */
  const results = BUILDS.map(() => PAGES.map(() => []));
  try {
    for (let load = 0; load < LOADS; load++)
      for (const [p, page] of PAGES.entries())
        for (const [b, origin] of origins.entries())
          results[b]?.[p]?.push(await traceLoad(browser, origin + page.path));
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }
  const after = loadavg()[0] ?? 0;
  console.log(
    `== The client's start, CPU time of the main thread's tasks from the first paint to timeline-drawn (unthrottled; ${LOADS} loads; load average ${before.toFixed(1)} before, ${after.toFixed(1)} after) ==`
  );
  console.log(
    `build | page | before the paint ms | longest task ms | all tasks ms | blocking ×4 ms (median, highest)${MOBILE ? ', 412×823 phone' : ', 1280×800'}`
  );
  const f = (/** @type {number[]} */ v) =>
    `${Math.round(median(v))} (${Math.round(Math.max(...v))})`;
  for (const [b, build] of BUILDS.entries())
    for (const [p, page] of PAGES.entries()) {
      const r = results[b]?.[p] ?? [];
      console.log(
        `${build.label} | ${page.name} | ${f(r.map((x) => x.before))} | ${f(r.map((x) => x.longest))} | ${f(r.map((x) => x.total))} | ${f(r.map((x) => x.blocking))}`
      );
    }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
