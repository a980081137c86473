/**
 * The weight of the timeline libraries a newsroom would otherwise embed, from their npm
 * packages (devDependencies of the benchmark only): raw bytes and gzip level 9.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/**
 * @typedef {{ file: string, raw: number, gzip: number }} FileWeight
 * @typedef {{ name: string, version: string, files: FileWeight[], raw: number, gzip: number, note: string }} Competitor
 */

/**
 * @param {string} pkg
 * @returns {{ dir: string, version: string }}
 */
function packageDir(pkg) {
  const manifest = require.resolve(`${pkg}/package.json`);
  return {
    dir: path.dirname(manifest),
    version: JSON.parse(readFileSync(manifest, 'utf8')).version
  };
}

/**
 * @param {string} name
 * @param {string} pkg
 * @param {string[]} files
 * @param {string} note
 * @returns {Competitor}
 */
function weigh(name, pkg, files, note) {
  const { dir, version } = packageDir(pkg);
  const weights = files.map((file) => {
    const body = readFileSync(path.join(dir, file));
    return { file: `${pkg}/${file}`, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return {
    name,
    version,
    files: weights,
    raw: weights.reduce((sum, w) => sum + w.raw, 0),
    gzip: weights.reduce((sum, w) => sum + w.gzip, 0),
    note
  };
}

/** @returns {Competitor[]} */
export function measureCompetitors() {
  return [
    weigh(
      'TimelineJS',
      '@knight-lab/timelinejs',
      ['dist/js/timeline.js', 'dist/css/timeline.css'],
      'JS + CSS; its locale files, fonts and icons not counted'
    ),
    weigh(
      'vis-timeline',
      'vis-timeline',
      ['standalone/umd/vis-timeline-graph2d.min.js'],
      'standalone build; it injects its own CSS, so no stylesheet is needed'
    )
  ];
}
