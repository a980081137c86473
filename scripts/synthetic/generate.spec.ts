import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textsContext, validateStory } from '../../src/lib/story/validate.ts';
import { generateStory } from './generate.js';

describe('synthetic stories', () => {
  it.each([100, 1000, 10_000])(
    'a story of %i events is valid against the schema and its article',
    (count) => {
      const { story, texts } = generateStory(count, 7);
      const result = validateStory(story, textsContext(texts));
      expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([]);
      expect(result.ok && result.story.events).toHaveLength(count);
    },
    30_000 // 10,000 events take a second alone, and more on a machine shared by five builds
  );

  it('is reproducible from its seed, and differs with another', () => {
    expect(generateStory(100, 3)).toEqual(generateStory(100, 3));
    expect(generateStory(100, 3).texts).not.toEqual(generateStory(100, 4).texts);
  });

  it('mixes the kinds of dates, spreads over years and lanes, and has bursts', () => {
    const { story } = generateStory(1000, 1) as unknown as {
      story: { events: { date: { start: string; precision: string }; actors: string[] }[] };
    };
    const precisions = new Set(story.events.map((e) => e.date.precision));
    expect([...precisions].sort()).toEqual(['day', 'days', 'month', 'part-of-month']);
    const years = new Set(story.events.map((e) => e.date.start.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(4);
    const perDay = new Map<string, number>();
    for (const e of story.events) perDay.set(e.date.start, (perDay.get(e.date.start) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeGreaterThanOrEqual(10);
    const lanes = new Set(story.events.map((e) => e.actors[0]!.split('-')[1]));
    expect(lanes.size).toBe(5);
  });

  it("has events that stand on no passage: on evidence, or the newsroom's own text", () => {
    const { story, texts } = generateStory(1000, 1);
    const result = validateStory(story, textsContext(texts));
    if (!result.ok) throw new Error(result.errors.slice(0, 3).join('\n'));
    const count = (basis: string) => result.story.events.filter((e) => e.basis === basis).length;
    expect(count('evidence')).toBeGreaterThanOrEqual(10);
    expect(count('editorial')).toBeGreaterThanOrEqual(5);
    expect(count('documents')).toBeGreaterThan(900);
    expect(result.story.periods.length).toBeGreaterThanOrEqual(1);
  });

  it('writes the story when run from a folder whose path has a space and an accent', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'chronologie '));
    try {
      const project = path.join(temp, 'un été à Séoul');
      mkdirSync(path.join(project, 'scripts', 'synthetic'), { recursive: true });
      copyFileSync(
        'scripts/synthetic/generate.js',
        path.join(project, 'scripts/synthetic/generate.js')
      );
      const run = spawnSync(process.execPath, ['scripts/synthetic/generate.js', '12', '1', 'out'], {
        cwd: project,
        encoding: 'utf8'
      });
      expect(run.status).toBe(0);
      const dir = path.join(project, 'out', 'synthetique-12');
      expect(existsSync(dir) ? readdirSync(dir).sort() : []).toEqual([
        'article.fr.txt',
        'story.json'
      ]);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
