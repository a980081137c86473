import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SIZES, countFiles, optionsFrom, phasesOf } from './build-time.js';

describe('the build-time bench', () => {
  it('reads the phases of a build from what vite build prints, in order', () => {
    // As vite build prints them: the client build, then the server build, which waits for
    // SvelteKit's prerendering as it writes its files, then the adapter.
    const lines = [
      { at: 0.4, line: 'vite v8.3.8 building ssr environment for production...' },
      { at: 9.8, line: '✓ built in 1.34s' },
      { at: 251.0, line: '✓ built in 241.2s' },
      { at: 251.2, line: '> Using @sveltejs/adapter-static' },
      { at: 272.0, line: '  ✔ done' }
    ];
    const phases = phasesOf(lines, 272.3);
    expect(phases.vite).toBe(9.8);
    expect(phases.prerender).toBeCloseTo(241.2);
    expect(phases.adapter).toBeCloseTo(21.0);
  });

  it('leaves out the phases whose marks did not print, rather than guessing them', () => {
    const phases = phasesOf([{ at: 5, line: '✓ built in 4.9s' }], 6);
    expect(phases).toEqual({ vite: 5 });
  });

  it('takes sizes and runs from its arguments, and refuses nonsense', () => {
    expect(optionsFrom([])).toEqual({ sizes: SIZES, runs: 1 });
    expect(optionsFrom(['--sizes=1000,10000', '--runs=3'])).toEqual({
      sizes: [1000, 10000],
      runs: 3
    });
    expect(() => optionsFrom(['--sizes=1000,abc'])).toThrow(/--sizes/);
    expect(() => optionsFrom(['--runs=0'])).toThrow(/--runs/);
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'build-time-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts a built site’s pages, their data files and the rest', () => {
    for (const page of ['', 'story', 'story/event', 'embed/story/event']) {
      mkdirSync(path.join(dir, page), { recursive: true });
      writeFileSync(path.join(dir, page, 'index.html'), '<!doctype html>');
      writeFileSync(path.join(dir, page, '__data.json'), '{}');
    }
    writeFileSync(path.join(dir, 'story', 'share.png'), '');
    expect(countFiles(dir)).toEqual({ pages: 4, data: 4, other: 1 });
  });
});
