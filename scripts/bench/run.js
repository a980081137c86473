#!/usr/bin/env node
/**
 * The benchmark behind `npm run bench` (which builds first): serves build/ on a free port,
 * then measures
 *   1. first-visit transfer of the story page and an event page, by type, raw and gzip;
 *   2. Lighthouse mobile scores and LCP for the same pages;
 *   3. the weight of TimelineJS and vis-timeline;
 *   4. the budget: story page JS+CSS gzip <= 50% of TimelineJS's JS+CSS gzip;
 *   5. scale: the synthetic stories (100, 1,000, 10,000 events) in our app and in vis-timeline
 *      (scale.js), with the build's time and page count (build-scale.js, bench-results/build.json);
 *   6. phone: the same stories at 390×844, the page's and the drawing's height in screens
 *      (phone.js);
 *   7. search: the time each keystroke's filtering takes, a query typed into the search box of
 *      the synthetic stories (search.js);
 *   8. frames: how smooth each way of zooming is (wheel, trackpad, touch pinch, buttons, keys,
 *      "Tout voir"; the phone's scroll and pinch) at 1,000 and 10,000 events (frames.js).
 * Prints tables and writes bench-results/bench.json. Exits non-zero only when something
 * breaks; an over-budget result is reported, not failed.
 *
 * Usage: node scripts/bench/run.js [--scale-only | --phone-only | --search-only | --frames-only]
 *   --scale-only: section 5 alone (no Lighthouse), for quick iteration; it replaces only the
 *   "scale" figures of bench-results/bench.json.
 *   --phone-only: section 6 alone; it replaces only the "phone" figures.
 *   --search-only: section 7 alone; it replaces only the "search" figures.
 *   --frames-only: section 8 alone; it replaces only the "frames" figures. With it,
 *   --kinds=wheel,touch runs only those kinds (--kinds=phone,wheel: the phone's sequence too;
 *   --no-phone leaves it out),
 *   --sizes=10000 measures only those stories (1,000 and 10,000 events by default),
 *   --rounds=N plays each sequence N times, and --compare=<dir> measures another build (say,
 *   main's) too, side by side, round after round, so that both meet the same load.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { createStaticServer } from '../serve-static.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { measureCompetitors } from './competitors.js';
import { runLighthouse } from './lighthouse.js';
import { SIZES } from './build-scale.js';
import { PHONE_VIEWPORT, measurePhone } from './phone.js';
import { measureSearch } from './search.js';
import { WIDE_KINDS, longText, measureFrames } from './frames.js';
import { LOADS, listen, loadStats, measureScale } from './scale.js';
import { TYPES, measureFirstVisit } from './weight.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD = path.join(ROOT, 'build');
const OUT = path.join(ROOT, 'bench-results', 'bench.json');
const BUILD_JSON = path.join(ROOT, 'bench-results', 'build.json');
const VIS_DIR = path.join(ROOT, 'bench-results', 'vis');
const SCALE_ONLY = process.argv.includes('--scale-only');
const PHONE_ONLY = process.argv.includes('--phone-only');
const SEARCH_ONLY = process.argv.includes('--search-only');
const FRAMES_ONLY = process.argv.includes('--frames-only');
/** @param {string} name */
const option = (name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const BUDGET_SHARE = 0.5;

const PAGES = [
  { name: 'Story page', path: '/coree-du-nord-russie-armes/' },
  {
    name: 'Event page',
    path: '/coree-du-nord-russie-armes/jake-sullivan-met-en-garde-la-coree-du-nord/'
  }
];

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * @param {string[]} header
 * @param {(string | number)[][]} rows
 */
function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (/** @type {string[]} */ row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join('\n');
}

/** @param {string} title */
const heading = (title) => `\n== ${title} ==\n`;

/**
 * Whether the built app marks 'timeline-drawn' itself (else section 5 uses its fallback).
 * @param {string} dir
 * @returns {boolean}
 */
function buildMarksDrawn(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).some(
    (entry) =>
      entry.isFile() &&
      entry.name.endsWith('.js') &&
      readFileSync(path.join(entry.parentPath, entry.name), 'utf8').includes('timeline-drawn')
  );
}

/** @returns {{ seconds: number, pages: number, stories: { size: number, id: string }[], missing?: string[] } | null} */
function readBuildReport() {
  if (!existsSync(BUILD_JSON)) return null;
  return JSON.parse(readFileSync(BUILD_JSON, 'utf8'));
}

/** @param {number | null | undefined} ms */
const msText = (ms) => (ms === null || ms === undefined ? '-' : `${Math.round(ms)}`);
/**
 * Time to drawn from navigation start, and (in brackets) from the end of the page's load event.
 * @param {import('./scale.js').Run} run
 */
const drawnText = (run) =>
  msText(run.drawnMs) +
  (run.drawnMs !== null && run.loadMs ? ` (${msText(run.drawnMs - run.loadMs)})` : '');
/**
 * Over several loads of our page: the median and the slowest, from navigation start and (in
 * brackets) from the end of the load event.
 * @param {import('./scale.js').Run} run
 */
const loadsText = (run) => {
  const stats = loadStats(run.loads ?? []);
  return stats
    ? `${msText(stats.median)}, ${msText(stats.max)} (${msText(stats.afterMedian)}, ${msText(stats.afterMax)})` +
        (stats.count < LOADS ? ` [${stats.count} loads]` : '')
    : '-';
};
/** @param {number | null | undefined} x */
const ratioText = (x) => (x === null || x === undefined ? '-' : `${x.toFixed(1)}×`);
/** @param {import('./scale.js').Run} run */
const framesText = (run) =>
  run.frames
    ? `${run.frames.p50.toFixed(1)}/${run.frames.p95.toFixed(1)}, ${(run.frames.over * 100).toFixed(0)}% (${run.frames.count})`
    : '-';

/**
 * Section 5, measured and printed.
 * @param {string} chromePath
 * @param {string} origin
 */
async function scaleSection(chromePath, origin) {
  const build = readBuildReport();
  const stories = build?.stories ?? SIZES.map((size) => ({ size, id: `synthetique-${size}` }));
  const ourMark = buildMarksDrawn(path.join(BUILD, '_app'));
  const load = loadavg()[0] ?? 0;
  const scale = await measureScale({
    chromePath,
    appOrigin: origin,
    stories,
    visDir: VIS_DIR,
    ourMark
  });

  console.log(
    heading(
      `5. Scale: our app vs vis-timeline ${scale.vis.version}, same data, Chromium 1280×800 headless`
    )
  );
  console.log(
    build
      ? `build: ${build.pages} pages in ${build.seconds.toFixed(1)} s (npm run bench's build, with EXTRA_STORIES)`
      : 'build: not timed (no bench-results/build.json: run node scripts/bench/build-scale.js, as npm run bench does)'
  );
  if (build?.missing?.length) console.log(`Not in that build: ${build.missing.join(', ')}`);
  console.log(`Load average (1 min) before the runs: ${load.toFixed(2)} on ${cpus().length} cores`);
  console.log(
    `Ours, drawn: ${ourMark ? "performance.mark('timeline-drawn')" : 'FALLBACK — the build has no timeline-drawn mark: time at which the first section.timeline svg a.mark exists (rAF poll)'}`
  );
  console.log(
    "vis, drawn: performance.mark at vis's first 'changed' event (end of a redraw) once its root is visible, all items set"
  );
  console.log(
    table(
      [
        'Size',
        'Ours: drawn ms (after load)',
        `Ours, ${LOADS} loads: drawn median, slowest ms (after load)`,
        'vis: drawn ms (after load)',
        'ratio',
        'Ours heap MB',
        'vis heap MB',
        'Ours p50/p95 ms, % >16.7 (frames)',
        'vis p50/p95 ms, % >16.7 (frames)',
        'ratio p95'
      ],
      scale.rows.map((row) => [
        row.size,
        drawnText(row.ours) + (ourMark || row.ours.drawnMs === null ? '' : ' (fallback)'),
        loadsText(row.ours),
        drawnText(row.vis),
        ratioText(row.ratioDrawn),
        row.ours.heapMB === null ? '-' : row.ours.heapMB.toFixed(1),
        row.vis.heapMB === null ? '-' : row.vis.heapMB.toFixed(1),
        framesText(row.ours),
        framesText(row.vis),
        ratioText(row.ratioP95)
      ])
    )
  );
  console.log(
    'Drawn: ms from navigation start; in brackets, from the end of the load event. ' +
      `Ours is also opened ${LOADS} times (the measured run and ${LOADS - 1} more, each in a fresh context): their median and slowest. ` +
      'ratio = vis / ours (how many times faster ours is). Frames: requestAnimationFrame intervals during ' +
      `${scale.sequence.length} steps (ctrl+wheel ×1.5 zooms at the centre, 200 px drags), waits included; ` +
      '% >16.7 counts intervals over 16.7 ms + 1 ms (timestamps are rounded to 0.1 ms).'
  );
  for (const row of scale.rows) {
    for (const [name, run] of /** @type {const} */ ([
      ['ours', row.ours],
      ['vis', row.vis]
    ])) {
      if (run.error) console.log(`${row.size} ${name}: ${run.error}`);
    }
    if (row.vis.zoomCheck)
      console.log(
        `${row.size} vis: deepest zoom ×${row.vis.zoomCheck.toFixed(1)} (×${(1.5 ** 8).toFixed(1)} expected)`
      );
  }
  return { build, loadAverage: load, ...scale };
}

/**
 * Section 6, measured and printed.
 * @param {string} chromePath
 * @param {string} origin
 */
async function phoneSection(chromePath, origin) {
  const build = readBuildReport();
  const stories = build?.stories ?? SIZES.map((size) => ({ size, id: `synthetique-${size}` }));
  const phone = await measurePhone({ chromePath, appOrigin: origin, stories });
  const { width, height } = PHONE_VIEWPORT;
  console.log(heading(`6. Phone: the synthetic stories at ${width}×${height}, touch, headless`));
  console.log(
    table(
      [
        'Size',
        'Page px (scrollHeight)',
        'Page screens',
        'Drawing px',
        'Drawing screens',
        'DOM nodes',
        'Year on 1st screen',
        'Axis labels on the 1st screen'
      ],
      phone.rows.map((row) => [
        row.size,
        row.pageHeight ?? '-',
        row.pageScreens ?? '-',
        row.drawingHeight ?? '-',
        row.drawingScreens ?? '-',
        row.nodes ?? '-',
        row.yearOnFirstScreen === null ? '-' : row.yearOnFirstScreen ? 'yes' : 'no',
        row.firstScreenTicks.slice(0, 4).join(' | ') || '-'
      ])
    )
  );
  console.log(
    `A screen is the viewport's ${height} px. Page: document.scrollingElement.scrollHeight of /<story>/ once drawn; drawing: the vertical timeline's svg.`
  );
  for (const row of phone.rows) if (row.error) console.log(`${row.size} phone: ${row.error}`);
  return phone;
}

/**
 * Section 7, measured and printed.
 * @param {string} chromePath
 * @param {string} origin
 */
async function searchSection(chromePath, origin) {
  const build = readBuildReport();
  const stories = (
    build?.stories ?? SIZES.map((size) => ({ size, id: `synthetique-${size}` }))
  ).filter((story) => existsSync(path.join(BUILD, story.id, 'search.json')));
  const load = loadavg()[0] ?? 0;
  const runs = await measureSearch({ chromePath, origin, buildDir: BUILD, stories });
  console.log(
    heading('7. Search: a query typed into the box, one key at a time (Chromium 1280×800)')
  );
  console.log(`Load average (1 min) before the runs: ${load.toFixed(2)} on ${cpus().length} cores`);
  console.log(
    table(
      [
        'Size',
        'Query',
        'Filterings',
        'Filter median ms',
        'Filter slowest ms',
        'Index ms',
        'Found',
        'search.json raw, gzip'
      ],
      runs.map((run) => [
        run.size,
        `"${run.query}"`,
        run.filterMs?.count ?? '-',
        run.filterMs ? run.filterMs.median.toFixed(2) : '-',
        run.filterMs ? run.filterMs.max.toFixed(2) : '-',
        run.indexMs === null ? '-' : run.indexMs.toFixed(1),
        run.found ?? '-',
        `${kb(run.wordsBytes)}, ${kb(run.wordsGzip)}`
      ])
    )
  );
  console.log(
    "Filter: the app's performance.measure('search-filter') around one keystroke's filtering of every event " +
      "(its median and slowest over the keystrokes); Index: 'search-index', the one-off indexing of the story's " +
      'words when they arrive (fetched on first use of the box).'
  );
  for (const run of runs) if (run.error) console.log(`${run.size}: ${run.error}`);
  return { loadAverage: load, runs };
}

/** The sizes the frame section plays its sequences at. */
const FRAME_SIZES = [1000, 10000];

/**
 * Section 8, measured and printed: for each build (this one, and --compare's), each size and
 * each kind of input, --rounds times; the figures of each round, then each kind's medians.
 * @param {string} chromePath
 * @param {string} origin
 */
async function framesSection(chromePath, origin) {
  const build = readBuildReport();
  const stories = (
    build?.stories ?? SIZES.map((size) => ({ size, id: `synthetique-${size}` }))
  ).filter((story) =>
    (option('sizes')?.split(',').map(Number) ?? FRAME_SIZES).includes(story.size)
  );
  const kinds = option('kinds')?.split(',') ?? WIDE_KINDS;
  // The phone's sequence runs with all kinds, or when --kinds= names it ("phone").
  const phone =
    !process.argv.includes('--no-phone') && (!option('kinds')?.length || kinds.includes('phone'));
  const rounds = Number(option('rounds') ?? 1);
  const compare = option('compare');
  /** @type {{ name: string, origin: string, close?: () => Promise<void> }[]} */
  const builds = [{ name: 'this build', origin }];
  if (compare) {
    const server = createStaticServer(path.resolve(compare));
    builds.push({
      name: compare,
      origin: await listen(server),
      close: () => new Promise((resolve) => server.close(() => resolve(undefined)))
    });
  }
  const load = loadavg()[0] ?? 0;
  /** @type {{ build: string, round: number, load: number, rows: Awaited<ReturnType<typeof measureFrames>> }[]} */
  const runs = [];
  try {
    for (let round = 1; round <= rounds; round++)
      for (const b of builds) {
        const before = loadavg()[0] ?? 0;
        const rows = await measureFrames({
          chromePath,
          appOrigin: b.origin,
          stories,
          kinds,
          phone
        });
        runs.push({ build: b.name, round, load: before, rows });
      }
  } finally {
    for (const b of builds) await b.close?.();
  }
  console.log(heading('8. Frames: each way of zooming, Chromium headless'));
  console.log(`Load average (1 min) before the runs: ${load.toFixed(2)} on ${cpus().length} cores`);
  /** @param {number | undefined} ms */
  const f = (ms) => (ms === undefined || Number.isNaN(ms) ? '-' : ms.toFixed(1));
  const lines = runs.flatMap((run) =>
    run.rows.flatMap((row) =>
      row.kinds.map((k) => [
        run.build,
        `${run.round} (load ${run.load.toFixed(1)})`,
        row.size,
        k.kind,
        k.frames ? `${f(k.frames.p50)}/${f(k.frames.p95)}` : '-',
        k.frames ? `${(k.frames.over * 100).toFixed(0)}%` : '-',
        k.frames ? f(k.frames.max) : '-',
        k.frames ? f(k.frames.zoomMax) : '-',
        k.frames ? f(k.frames.otherMax) : '-',
        k.frames?.count ?? '-',
        k.cpuMs === undefined ? '-' : Math.round(k.cpuMs),
        k.error ? `ERROR ${k.error}` : longText(k.long)
      ])
    )
  );
  console.log(
    table(
      [
        'Build',
        'Round',
        'Size',
        'Input',
        'p50/p95 ms',
        'late',
        'longest ms',
        'longest in a zoom',
        'longest elsewhere',
        'frames',
        'CPU ms',
        'long animation frames (> 50 ms)'
      ],
      lines
    )
  );
  console.log(
    'Wide (1280×800): 10 steps of ×1.5 in at the centre, 3 drags of 300 px, 10 steps out (show-all: ' +
      'one click on "Tout voir" instead of the steps out). Phone (390×844, touch): 6 scrolls of 600 px, ' +
      '4 pinches out and 4 in (×1.5 each), 3 scrolls up. Frames: requestAnimationFrame intervals over the ' +
      'whole sequence, waits included; late: over 16.7 ms + 1 ms. A zoom step counts from its first input ' +
      "to the next step. CPU: the page's main thread's CPU time over the sequence (Performance.getMetrics " +
      'ThreadTime): what the load of other programs changes least.'
  );
  return { loadAverage: load, rounds, runs };
}

async function main() {
  if (!existsSync(path.join(BUILD, 'index.html'))) {
    throw new Error('No built site in build/: run "npm run build" first (npm run bench does).');
  }
  const chromePath = findChromium();
  // Compressed as a static host sends it: Lighthouse simulates the network with the bytes sent.
  const server = createStaticServer(BUILD, { gzip: true });
  const origin = await listen(server);
  console.log(`Serving build/ on ${origin}/ — Chromium: ${chromePath}`);

  try {
    // One section alone: a full run's figures are kept, only that section's are replaced.
    const only = FRAMES_ONLY
      ? 'frames'
      : SEARCH_ONLY
        ? 'search'
        : PHONE_ONLY
          ? 'phone'
          : SCALE_ONLY
            ? 'scale'
            : undefined;
    if (only) {
      const section = {
        search: searchSection,
        phone: phoneSection,
        scale: scaleSection,
        frames: framesSection
      }[only];
      const figures = await section(chromePath, origin);
      const previous = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : {};
      mkdirSync(path.dirname(OUT), { recursive: true });
      writeFileSync(OUT, JSON.stringify({ ...previous, [only]: figures }, null, 2) + '\n');
      console.log(`\n${only} figures written to ${path.relative(ROOT, OUT)} (under "${only}")`);
      return;
    }

    // 1. First-visit transfer
    const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
    /** @type {Awaited<ReturnType<typeof measureFirstVisit>>[]} */
    const visits = [];
    try {
      for (const page of PAGES) visits.push(await measureFirstVisit(browser, origin + page.path));
    } finally {
      await browser.close();
    }

    // 2. Lighthouse, one page after the other
    /** @type {Awaited<ReturnType<typeof runLighthouse>>[]} */
    const audits = [];
    for (const page of PAGES) audits.push(await runLighthouse(origin + page.path, chromePath));

    // 3. Competitors
    const competitors = measureCompetitors();
    const timelineJs = competitors.find((c) => c.name === 'TimelineJS');
    if (!timelineJs) throw new Error('TimelineJS was not measured.');

    // 4. Budget
    const story = visits[0];
    if (!story) throw new Error('The story page was not measured.');
    const budget = Math.round(timelineJs.gzip * BUDGET_SHARE);
    const pass = story.jsCssGzip <= budget;

    // Print
    console.log(
      heading('1. First-visit transfer (fresh context, no cache; body bytes, gzip = level 9)')
    );
    visits.forEach((visit, i) => {
      console.log(`${PAGES[i]?.name}: ${PAGES[i]?.path}`);
      const rows = TYPES.filter((type) => visit.byType[type].count > 0).map((type) => {
        const f = visit.byType[type];
        return [type, f.count, kb(f.raw), kb(f.gzip)];
      });
      rows.push(['Total', visit.total.count, kb(visit.total.raw), kb(visit.total.gzip)]);
      console.log(table(['Type', 'Files', 'Raw', 'Gzip'], rows));
      console.log(`JS + CSS gzip: ${kb(visit.jsCssGzip)} (raw ${kb(visit.jsCssRaw)})`);
      if (visit.offHost.length) console.log(`Off-host requests: ${visit.offHost.join(', ')}`);
      console.log('');
    });

    console.log(heading('2. Lighthouse 12.2.3, mobile (default config, simulated throttling)'));
    console.log(
      table(
        ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP'],
        audits.map((a, i) => [
          PAGES[i]?.name ?? a.url,
          a.performance ?? '-',
          a.accessibility ?? '-',
          a.bestPractices ?? '-',
          a.seo ?? '-',
          a.lcpMs === null ? '-' : `${Math.round(a.lcpMs)} ms`
        ])
      )
    );
    for (const a of audits) {
      if (a.offHost.length)
        console.log(`Off-host requests (blocked) on ${a.url}: ${a.offHost.join(', ')}`);
      for (const warning of a.runWarnings) console.log(`Warning on ${a.url}: ${warning}`);
      if (a.failedAttempts.length) {
        console.log(
          `${a.url}: ${a.attempts} runs; no performance score on ${a.failedAttempts.length} (${a.failedAttempts.join(' | ')})`
        );
      }
    }

    console.log(heading('3. Competitors (npm packages, gzip = level 9)'));
    const rows = [];
    for (const c of competitors) {
      for (const f of c.files)
        rows.push([`${c.name} ${c.version}: ${f.file}`, kb(f.raw), kb(f.gzip)]);
      rows.push([`${c.name} total (${c.note})`, kb(c.raw), kb(c.gzip)]);
    }
    rows.push(['Our story page, JS + CSS (first visit)', kb(story.jsCssRaw), kb(story.jsCssGzip)]);
    console.log(table(['Files', 'Raw', 'Gzip'], rows));
    const ratio = story.jsCssGzip / timelineJs.gzip;
    console.log(
      `Story page JS+CSS gzip / TimelineJS JS+CSS gzip: ${(ratio * 100).toFixed(1)}% (${ratio.toFixed(3)}×)`
    );

    console.log(heading('4. Budget'));
    console.log(
      `${pass ? 'PASS' : 'OVER'}: story page JS+CSS gzip ${kb(story.jsCssGzip)} ` +
        `${pass ? '<=' : '>'} budget ${kb(budget)} (${BUDGET_SHARE * 100}% of TimelineJS's ${kb(timelineJs.gzip)})`
    );

    const scale = await scaleSection(chromePath, origin);
    const phone = await phoneSection(chromePath, origin);
    const search = await searchSection(chromePath, origin);
    const frames = await framesSection(chromePath, origin);

    const results = {
      date: new Date().toISOString(),
      chromium: chromePath,
      pages: PAGES.map((page, i) => ({
        ...page,
        firstVisit: visits[i],
        lighthouse: audits[i]
      })),
      competitors,
      ratioStoryToTimelineJs: ratio,
      budget: {
        rule: `story page JS+CSS gzip <= ${BUDGET_SHARE * 100}% of TimelineJS JS+CSS gzip`,
        storyJsCssGzip: story.jsCssGzip,
        limit: budget,
        pass
      },
      scale,
      phone,
      search,
      frames
    };
    mkdirSync(path.dirname(OUT), { recursive: true });
    writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n');
    console.log(`\nFigures written to ${path.relative(ROOT, OUT)}`);
  } finally {
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
