#!/usr/bin/env node
/**
 * Build time per 1,000 events, the first step of `npm run bench`: builds the site alone, then
 * the site with one synthetic story (seed 1, French) of each size, and times each `vite build`
 * and its phases, read from what the build prints as it goes:
 *
 * - `vite`: Vite's client build, and the server build's bundling;
 * - `prerender`: SvelteKit's prerendering of every page, data file and image (our loads, the
 *   rendering, the serialisation of each page’s data, the writing of its files);
 * - `adapter`: adapter-static copying the prerendered files into build/.
 *
 * The last build's output is deleted before each build, untimed (deleting 40,000 files takes
 * half a minute, which the build would otherwise pay for the build before it).
 *
 * The cost of 1,000 events is the difference with the site alone, divided by the thousands of
 * events; with two sizes, the slope between them says whether it stays linear. Also counts
 * the files written (pages, `__data.json`, other), which is what a story's size costs.
 * Wall times: note the load average printed with them (another job on the machine doubles
 * them). Writes bench-results/build-time.json.
 *
 * Usage: node scripts/bench/build-time.js [--sizes=1000,5000] [--runs=1]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'bench-results', 'build-time');
export const REPORT = path.join(ROOT, 'bench-results', 'build-time.json');
export const SIZES = [1000, 5000];
const SEED = 1;

/** @typedef {{ vite?: number, prerender?: number, adapter?: number }} Phases */
/** @typedef {{ seconds: number, phases: Phases }} Timing */
/** @typedef {{ pages: number, data: number, other: number }} Files */
/**
 * @typedef {{ size: number, seconds: number, slowest: number, files: Files,
 *   runs: (Timing & { load: number[] })[] }} Result
 */

/**
 * `--sizes=1000,5000` and `--runs=3` (builds of each size, the median reported).
 * @param {string[]} argv
 */
export function optionsFrom(argv) {
  const value = (/** @type {string} */ name) =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sizes = (value('sizes') ?? SIZES.join(',')).split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`Bad --sizes: ${sizes}`);
  const runs = Number(value('runs') ?? 1);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`Bad --runs: ${value('runs')}`);
  return { sizes, runs };
}

/**
 * The phases of one build, from the seconds at which its output printed each mark: Vite's
 * client build ends at the first "✓ built in"; the server build's, second, comes after
 * SvelteKit has prerendered every page (which it does as that build writes its files); the
 * adapter ends at its "done". A phase whose marks did not print is left out.
 * @param {{ at: number, line: string }[]} lines seconds since the build started, and the line
 * @param {number} total
 * @returns {Phases}
 */
export function phasesOf(lines, total) {
  const [client, server] = lines.filter((l) => /✓ built in/.test(l.line));
  const done = lines.find((l) => /✔ done/.test(l.line));
  /** @type {Phases} */
  const phases = {};
  if (client) phases.vite = client.at;
  if (client && server) phases.prerender = server.at - client.at;
  if (server) phases.adapter = (done?.at ?? total) - server.at;
  return phases;
}

/**
 * The files of a built site by what they are.
 * @param {string} dir
 * @returns {Files}
 */
export function countFiles(dir) {
  const counts = { pages: 0, data: 0, other: 0 };
  const walk = (/** @type {string} */ at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(at, entry.name));
      else if (entry.name === 'index.html') counts.pages += 1;
      else if (entry.name === '__data.json') counts.data += 1;
      else counts.other += 1;
    }
  };
  walk(dir);
  return counts;
}

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
/** @param {Files} files */
const fileCount = (files) => files.pages + files.data + files.other;

/**
 * One `vite build`, timed, its output read line by line (and not shown, but for an error).
 * @param {string | undefined} extra EXTRA_STORIES
 * @returns {Promise<Timing>}
 */
function build(extra) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const since = () => Number(process.hrtime.bigint() - started) / 1e9;
    /** @type {{ at: number, line: string }[]} */
    const lines = [];
    const env = { ...process.env };
    delete env.EXTRA_STORIES;
    if (extra) env.EXTRA_STORIES = extra;
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'],
      {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe']
      }
    );
    let rest = '';
    const read = (/** @type {Buffer} */ chunk) => {
      const text = rest + chunk.toString('utf8');
      const parts = text.split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) lines.push({ at: since(), line });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = since();
      if (code !== 0) {
        console.error(
          lines
            .slice(-30)
            .map((l) => l.line)
            .join('\n')
        );
        reject(new Error(`vite build failed (exit ${code}) after ${seconds.toFixed(1)} s`));
      } else resolve({ seconds, phases: phasesOf(lines, seconds) });
    });
  });
}

async function main() {
  const { sizes, runs } = optionsFrom(process.argv.slice(2));
  const { module: generator } = await runnerImport(
    path.join(ROOT, 'scripts/synthetic/generate.ts'),
    { configFile: false, logLevel: 'silent' }
  );
  rmSync(OUT, { recursive: true, force: true });
  /** @type {{ size: number, extra?: string }[]} */
  const cases = [{ size: 0 }];
  for (const size of sizes) {
    const dir = path.join(OUT, `stories-${size}`);
    mkdirSync(dir, { recursive: true });
    generator.writeStoryFolder(dir, generator.generateStory(size, SEED));
    cases.push({ size, extra: path.relative(ROOT, dir) });
  }

  /** @type {Result[]} */
  const results = [];
  for (const { size, extra } of cases) {
    const timings = [];
    for (let run = 0; run < runs; run++) {
      // The last build's files are cleared first, untimed: SvelteKit and the adapter would
      // clear them inside the build, in a time that depends on what the last build was.
      for (const dir of ['build', '.svelte-kit/output'])
        rmSync(path.join(ROOT, dir), { recursive: true, force: true });
      const load = loadavg()[0] ?? NaN;
      const timing = await build(extra);
      timings.push({ ...timing, load: [load, loadavg()[0] ?? NaN] });
      const { vite, prerender, adapter } = timing.phases;
      const phase = (/** @type {number | undefined} */ s) => (s === undefined ? '?' : s.toFixed(1));
      console.log(
        `${String(size).padStart(6)} events: ${timing.seconds.toFixed(1)} s ` +
          `(vite ${phase(vite)}, prerender ${phase(prerender)}, adapter ${phase(adapter)}) ` +
          `load ${load.toFixed(2)} → ${(loadavg()[0] ?? NaN).toFixed(2)}`
      );
    }
    if (!existsSync(path.join(ROOT, 'build'))) throw new Error('the build wrote no build/');
    const files = countFiles(path.join(ROOT, 'build'));
    const seconds = median(timings.map((t) => t.seconds));
    const slowest = Math.max(...timings.map((t) => t.seconds));
    results.push({ size, seconds, slowest, runs: timings, files });
  }

  const [site, ...sized] = results;
  if (!site) return;
  const perThousand = sized.map((r) => ({
    size: r.size,
    seconds: ((r.seconds - site.seconds) / r.size) * 1000,
    files: Math.round(((fileCount(r.files) - fileCount(site.files)) / r.size) * 1000)
  }));
  console.log('\nBuild time per 1,000 events (beyond the site alone):');
  for (const p of perThousand)
    console.log(`  with ${p.size} events: ${p.seconds.toFixed(1)} s, ${p.files} files`);
  const [a, b] = sized.slice(-2);
  if (a && b) {
    const slope = ((b.seconds - a.seconds) / (b.size - a.size)) * 1000;
    console.log(`  from ${a.size} to ${b.size} events: ${slope.toFixed(1)} s per 1,000`);
  }
  writeFileSync(
    REPORT,
    JSON.stringify({ date: new Date().toISOString(), seed: SEED, results, perThousand }, null, 2) +
      '\n'
  );
  console.log(`— ${path.relative(ROOT, REPORT)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
