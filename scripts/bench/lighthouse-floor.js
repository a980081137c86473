#!/usr/bin/env node
/**
 * Lighthouse 12.2.3 (mobile, simulated throttling) on the seed story's page, an event page and
 * "the floor" (the same story page with its scripts taken out: what the page costs with no
 * client at all, issue 16's yardstick for LCP), for one or more builds, interleaved, the pages
 * compressed as a static host sends them. Prints each run, then each page's median (worst).
 *
 * Usage: node scripts/bench/lighthouse-floor.js [--runs 3] "<label>=<build dir>" …
 * (The floor is written beside the story page as floor.html for the run, then removed:
 * writeFloor in lighthouse.js.)
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { createStaticServer } from '../serve-static.js';
import { findChromium } from './chromium.js';
import { AUDITED_PAGES, runLighthouse, writeFloor } from './lighthouse.js';
import { listen } from './scale.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const builds = args.map((arg) => {
  const at = arg.indexOf('=');
  if (at < 1) throw new Error('Usage: lighthouse-floor.js [--runs 3] "<label>=<build dir>" …');
  return { label: arg.slice(0, at), dir: path.resolve(arg.slice(at + 1)) };
});
if (!builds.length)
  throw new Error('Usage: lighthouse-floor.js [--runs 3] "<label>=<build dir>" …');

const chrome = findChromium();
const served = [];
for (const build of builds) {
  const removeFloor = writeFloor(build.dir);
  const server = createStaticServer(build.dir, { gzip: true });
  served.push({ ...build, server, removeFloor, origin: await listen(server) });
}

/** @type {Map<string, { performance: number | null, lcpMs: number | null, tbtMs: number | null }[]>} */
const results = new Map();
try {
  for (let round = 1; round <= RUNS; round++)
    for (const [name, url] of AUDITED_PAGES)
      for (const build of served) {
        const load = (loadavg()[0] ?? 0).toFixed(1);
        const a = await runLighthouse(build.origin + url, chrome);
        const key = `${build.label} ${name}`;
        results.set(key, [...(results.get(key) ?? []), a]);
        console.log(
          `round ${round} ${key}: performance ${a.performance}, LCP ${Math.round(a.lcpMs ?? NaN)} ms, TBT ${Math.round(a.tbtMs ?? NaN)} ms (load ${load})`
        );
      }
} finally {
  for (const build of served) {
    build.server.close();
    build.removeFloor();
  }
}

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('\nmedian (worst):');
for (const [key, runs] of results) {
  const of = (/** @type {'performance' | 'lcpMs' | 'tbtMs'} */ k) =>
    runs.map((r) => r[k]).filter((v) => typeof v === 'number');
  const perf = of('performance');
  const lcp = of('lcpMs');
  const tbt = of('tbtMs');
  console.log(
    `${key.padEnd(24)} performance ${median(perf)} (${Math.min(...perf)}), ` +
      `LCP ${Math.round(median(lcp) ?? NaN)} (${Math.round(Math.max(...lcp))}) ms, ` +
      `TBT ${Math.round(median(tbt) ?? NaN)} (${Math.round(Math.max(...tbt))}) ms`
  );
}
