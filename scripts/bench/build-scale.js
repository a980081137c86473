#!/usr/bin/env node
/**
 * The build step of `npm run bench`: writes the synthetic stories (seed 1) to
 * bench-results/stories/, then builds the site with EXTRA_STORIES=bench-results/stories and
 * times it: wall time of `vite build` (prerendering included) and the number of prerendered
 * pages (index.html files in build/). Writes bench-results/build.json, which run.js reads.
 *
 * Usage: node scripts/bench/build-scale.js [--sizes=100,1000,10000]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const STORIES = path.join(ROOT, 'bench-results', 'stories');
export const BUILD_JSON = path.join(ROOT, 'bench-results', 'build.json');
export const SIZES = [100, 1000, 10000];
export const SEED = 1;

/**
 * @param {string[]} argv
 * @returns {number[]}
 */
export function sizesFrom(argv) {
  const arg = argv.find((a) => a.startsWith('--sizes='));
  if (!arg) return SIZES;
  const sizes = arg
    .slice('--sizes='.length)
    .split(',')
    .map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`Bad ${arg}`);
  return sizes;
}

/**
 * @param {string} dir
 * @returns {number}
 */
export function countPages(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countPages(path.join(dir, entry.name));
    else if (entry.name === 'index.html') count += 1;
  }
  return count;
}

async function main() {
  const sizes = sizesFrom(process.argv.slice(2));
  // The generator is TypeScript (on the story's calendar code): Vite's module runner loads it.
  const { module: generator } = await runnerImport(
    path.join(ROOT, 'scripts/synthetic/generate.ts'),
    { configFile: false, logLevel: 'silent' }
  );
  rmSync(STORIES, { recursive: true, force: true });
  const stories = sizes.map((size) => {
    const generated = generator.generateStory(size, SEED);
    const dir = generator.writeStoryFolder(STORIES, generated);
    console.log(`${path.relative(ROOT, dir)}: ${size} events`);
    return { size, id: generated.story.id };
  });

  const extra = path.relative(ROOT, STORIES);
  console.log(`EXTRA_STORIES=${extra} vite build …`);
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'],
    {
      cwd: ROOT,
      env: { ...process.env, EXTRA_STORIES: extra },
      stdio: 'inherit'
    }
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(
      `vite build failed (${result.signal ?? `exit ${result.status}`}) after ${seconds.toFixed(1)} s`
    );
  const pages = countPages(path.join(ROOT, 'build'));
  const missing = stories.filter((s) => !existsSync(path.join(ROOT, 'build', s.id, 'index.html')));
  for (const s of missing)
    console.warn(`Warning: build/${s.id}/ was not built: does the app read EXTRA_STORIES?`);
  const report = {
    date: new Date().toISOString(),
    seed: SEED,
    extraStories: extra,
    stories,
    seconds,
    pages,
    missing: missing.map((s) => s.id)
  };
  writeFileSync(BUILD_JSON, JSON.stringify(report, null, 2) + '\n');
  console.log(
    `build: ${pages} pages in ${seconds.toFixed(1)} s — ${path.relative(ROOT, BUILD_JSON)}`
  );
}

// Run as a command, not imported: compared as file URLs, which escape a space or an accent in
// the path (and with symlinks resolved, as Node resolves the script it runs).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
