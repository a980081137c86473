#!/usr/bin/env node
/**
 * What Lighthouse's mobile run is made of, page by page (issue 16, "On a phone" in the README):
 * one run of Lighthouse 12.2.3 (its default config: a 412 px phone, simulated throttling) on the
 * seed story's page, an event page and the "floor" (the story page with its scripts removed),
 * printing the audits that say what makes the TBT and the LCP: long-tasks,
 * mainthread-work-breakdown, bootup-time, largest-contentful-paint-element, lcp-lazy-loaded and
 * network-requests (each request's observed start, end, bytes and type).
 *
 * Usage: node scripts/bench/lighthouse-audits.js <build dir> [story|event|floor …]
 *   LH_SAVE=<prefix> also writes each page's whole result to <prefix>-<page>.json.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createStaticServer } from '../serve-static.js';
import { CHROMIUM_ARGS, OFFLINE_ARG, findChromium } from './chromium.js';
import { AUDITED_PAGES, writeFloor } from './lighthouse.js';
import { listen } from './scale.js';

const build = process.argv[2] ?? 'build';
const want = process.argv.slice(3);
const removeFloor = writeFloor(build);
// Compressed as a static host sends it: Lighthouse simulates the network with the bytes sent.
const server = createStaticServer(build, { gzip: true });
const origin = await listen(server);
const pages = AUDITED_PAGES.filter(([n]) => !want.length || want.includes(n));
const short = (/** @type {unknown} */ u) => (typeof u === 'string' ? u.replace(origin, '') : u);
for (const [name, p] of pages) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [...CHROMIUM_ARGS, OFFLINE_ARG],
    logLevel: 'error'
  });
  try {
    const result = await lighthouse(origin + p, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json'
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${p}`);
    // Read loosely: a dump of the audits' details, whose shapes differ from audit to audit.
    /** @type {any} */
    const lhr = result.lhr;
    const a = lhr.audits;
    console.log(
      `\n===== ${name} perf ${Math.round(lhr.categories.performance.score * 100)} LCP ${Math.round(a['largest-contentful-paint'].numericValue)} FCP ${Math.round(a['first-contentful-paint'].numericValue)} TBT ${Math.round(a['total-blocking-time'].numericValue)} SI ${Math.round(a['speed-index'].numericValue)} load ${(loadavg()[0] ?? 0).toFixed(2)}`
    );
    console.log(
      'long-tasks:',
      JSON.stringify(
        (a['long-tasks'].details?.items ?? []).map((/** @type {any} */ i) => [
          short(i.url),
          Math.round(i.startTime),
          Math.round(i.duration)
        ])
      )
    );
    console.log(
      'mainthread:',
      JSON.stringify(
        (a['mainthread-work-breakdown'].details?.items ?? []).map((/** @type {any} */ i) => [
          i.group,
          Math.round(i.duration)
        ])
      )
    );
    console.log(
      'bootup:',
      JSON.stringify(
        (a['bootup-time'].details?.items ?? []).map((/** @type {any} */ i) => [
          short(i.url),
          Math.round(i.total),
          Math.round(i.scripting),
          Math.round(i.scriptParseCompile)
        ])
      )
    );
    const lcpEl = a['largest-contentful-paint-element'].details?.items ?? [];
    console.log(
      'lcp-element:',
      JSON.stringify(lcpEl, (k, v) => (k === 'boundingRect' || k === 'path' ? undefined : v)).slice(
        0,
        1500
      )
    );
    console.log(
      'lcp-lazy:',
      a['lcp-lazy-loaded']?.score,
      'lcp breakdown:',
      JSON.stringify(
        a['lcp-breakdown-insight']?.details ?? a['prioritize-lcp-image']?.details ?? null
      ).slice(0, 300)
    );
    console.log(
      'requests:',
      JSON.stringify(
        (a['network-requests'].details?.items ?? []).map((/** @type {any} */ i) => [
          short(i.url),
          Math.round(i.networkRequestTime),
          Math.round(i.networkEndTime),
          i.transferSize,
          i.resourceType
        ])
      )
    );
    if (process.env.LH_SAVE)
      writeFileSync(`${process.env.LH_SAVE}-${name}.json`, JSON.stringify(lhr));
  } finally {
    chrome.kill();
  }
}
removeFloor();
server.close();
