import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textsContext, validateStory } from '../../src/lib/story/validate.ts';
import { generateStory } from './generate.ts';

describe('synthetic stories', () => {
  it.each([
    { count: 100, language: 'fr' },
    { count: 1000, language: 'fr' },
    { count: 10_000, language: 'fr' },
    { count: 100, language: 'en' },
    { count: 1000, language: 'en' },
    { count: 10_000, language: 'en' }
  ] as const)(
    'a story of $count events in $language is valid against the schema and its article',
    ({ count, language }) => {
      const { story, texts } = generateStory(count, 7, language);
      const result = validateStory(story, textsContext(texts));
      expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([]);
      expect(result.ok && result.story.events).toHaveLength(count);
      expect(result.ok && result.story.language).toBe(language);
    },
    // 10,000 events take a second alone, and several times that on a machine the builds share.
    30_000
  );

  it('writes an English story in English, its dates read by the English rules', () => {
    const { story, texts } = generateStory(1000, 2, 'en');
    const result = validateStory(story, textsContext(texts));
    if (!result.ok) throw new Error(result.errors.slice(0, 5).join('\n'));
    expect(story).toMatchObject({ id: 'synthetic-1000-en', language: 'en' });
    // A dispatch a month, each in English, published on the month's last day.
    expect(result.story.documents.length).toBeGreaterThanOrEqual(50);
    for (const d of result.story.documents) {
      expect(d.language).toBe('en');
      expect(d.file).toMatch(/^dispatch-\d{4}-\d{2}\.en\.txt$/);
    }
    const article = Object.values(texts).join('\n\n');
    // No French typography or words: quotes in curly double quotes, English attributions.
    expect(article).not.toMatch(/[«»]|déclar|presse|Ces jours|janvier|juillet|\b(?:le|la|les)\b/);
    expect(article).toMatch(/“[^”]+”, [^.]+ said\./);
    expect(article).toMatch(/ said: “[^”]+\.”/);
    expect(article).toMatch(/ told reporters “/);
    const expressions = result.story.events.flatMap((e) => e.date.expression ?? []);
    expect(expressions.length).toBeGreaterThan(800);
    const rules = new Set(expressions.map((x) => x.resolved.rule));
    expect([...rules].sort()).toEqual([
      'days-before',
      'explicit-day',
      'last-weekday-before',
      'last-weekday-on-or-before',
      'month',
      'part-of-month',
      'same-day'
    ]);
    // "On Tuesday", "Yesterday", "Last Friday": read against their own dispatch's date.
    const published = new Map(result.story.documents.map((d) => [d.id, d.published.date]));
    for (const x of expressions) expect(x.anchor).toBe(published.get(x.document));
    // The three ways English news writes a day, each read to the event's own day.
    for (const form of [
      /^[A-Z][a-z]{2,}\.? \d{1,2}, \d{4}$/,
      /^[A-Z][a-z]+day, /,
      /^\d{1,2} [A-Z]/
    ])
      expect(expressions.some((x) => form.test(x.text))).toBe(true);
    for (const x of expressions)
      expect(x.resolved.explanation).toMatch(/^(date written out in full|the |\d+ days? before)/);
  });

  it.each(['fr', 'en'] as const)(
    'is reproducible from its seed, and differs with another (%s)',
    (language) => {
      expect(generateStory(100, 3, language)).toEqual(generateStory(100, 3, language));
      expect(generateStory(100, 3, language).texts).not.toEqual(
        generateStory(100, 4, language).texts
      );
    }
  );

  it.each(['fr', 'en'] as const)(
    'mixes the kinds of dates, spreads over years and lanes, and has bursts (%s)',
    (language) => {
      const { story } = generateStory(1000, 1, language) as unknown as {
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
    }
  );

  it.each(['fr', 'en'] as const)(
    "has events that stand on no passage: on evidence, or the newsroom's own text (%s)",
    (language) => {
      const { story, texts } = generateStory(1000, 1, language);
      const result = validateStory(story, textsContext(texts));
      if (!result.ok) throw new Error(result.errors.slice(0, 3).join('\n'));
      const count = (basis: string) => result.story.events.filter((e) => e.basis === basis).length;
      expect(count('evidence')).toBeGreaterThanOrEqual(10);
      expect(count('editorial')).toBeGreaterThanOrEqual(5);
      expect(count('documents')).toBeGreaterThan(900);
      expect(result.story.periods.length).toBeGreaterThanOrEqual(1);
    }
  );

  it('writes the story when run from a folder whose path has a space and an accent', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'chronologie '));
    try {
      const project = path.join(temp, 'un été à Séoul');
      for (const file of [
        'scripts/synthetic/generate.js',
        'scripts/synthetic/generate.ts',
        'src/lib/story/calendar-date.ts',
        'src/lib/story/calendar-words.js'
      ]) {
        mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
        copyFileSync(file, path.join(project, file));
      }
      // Vite's module runner, which loads the TypeScript, from this project's dependencies.
      symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'), 'dir');
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
      const english = spawnSync(
        process.execPath,
        ['scripts/synthetic/generate.js', '12', '1', 'out', '--lang', 'en'],
        { cwd: project, encoding: 'utf8' }
      );
      expect(english.status).toBe(0);
      const dirEn = path.join(project, 'out', 'synthetic-12-en');
      const written = existsSync(dirEn) ? readdirSync(dirEn).sort() : [];
      expect(written).toContain('story.json');
      expect(written.length).toBeGreaterThan(1);
      for (const file of written.filter((f) => f !== 'story.json'))
        expect(file).toMatch(/^dispatch-\d{4}-\d{2}\.en\.txt$/);
      const wrong = spawnSync(
        process.execPath,
        ['scripts/synthetic/generate.js', '12', '--lang', 'de'],
        { cwd: project, encoding: 'utf8' }
      );
      expect(wrong.status).toBe(1);
      expect(wrong.stderr).toContain(
        '--lang: "de" is not a language the generator writes (fr or en)'
      );
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }, 30_000); // three node processes: past 5 s on a loaded machine
});
