import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORTED_TIMELINES, NEWSROOM_TIMELINE } from './e2e-timelines.js';

const TEMPLATES = 'node_modules/@knight-lab/timelinejs/src/template';

describe('the timelines the e2e build imports', () => {
  it('include every example timeline and sheet of the TimelineJS package', () => {
    const shipped = readdirSync(TEMPLATES)
      .filter((name) => /\.(json|csv)$/.test(name))
      .map((name) => `${TEMPLATES}/${name}`);
    expect(shipped.length).toBeGreaterThan(0);
    const files = IMPORTED_TIMELINES.map((t) => t.file);
    for (const file of shipped) expect(files).toContain(file);
    expect(files.some((f) => f.endsWith('/women_in_computing.csv'))).toBe(true);
  });

  it('include the newsroom timeline and both hostile files, each under its own id', () => {
    const files = IMPORTED_TIMELINES.map((t) => t.file);
    expect(files).toContain(NEWSROOM_TIMELINE.file);
    expect(files).toContain('tests/fixtures/timelinejs/hostile.json');
    expect(files).toContain('tests/fixtures/timelinejs/hostile.csv');
    const ids = IMPORTED_TIMELINES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('name files that exist (the generated one is written before the imports)', () => {
    for (const { file } of IMPORTED_TIMELINES.filter((t) => t.file !== NEWSROOM_TIMELINE.file))
      expect(existsSync(file), file).toBe(true);
  });
});
