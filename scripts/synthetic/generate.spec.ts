import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../src/lib/story/validate.ts';
import { generateStory } from './generate.js';

describe('synthetic stories', () => {
  it.each([100, 1000, 10_000])(
    'a story of %i events is valid against the schema and its article',
    (count) => {
      const { story, article } = generateStory(count, 7);
      const result = validateStory(story, article, { articleFile: 'article.fr.txt' });
      expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([]);
      expect(result.ok && result.story.events).toHaveLength(count);
    }
  );

  it('is reproducible from its seed, and differs with another', () => {
    expect(generateStory(100, 3)).toEqual(generateStory(100, 3));
    expect(generateStory(100, 3).article).not.toEqual(generateStory(100, 4).article);
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

  it('writes the story when run from a folder whose path has a space and an accent', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'chronologie '));
    try {
      const project = path.join(temp, 'un été à Séoul');
      for (const file of ['scripts/synthetic/generate.js', 'src/lib/story/calendar-words.js']) {
        mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
        copyFileSync(file, path.join(project, file));
      }
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
