/**
 * `npm run draft` as a user runs it, spawned in a temporary folder: the files it writes (the
 * article byte for byte, a story.json the build accepts), its exit codes, nothing written on
 * error, and `--into` adding a document to a copy of the seed story without touching what an
 * editor confirmed.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoryFile } from '../story/schema.ts';
import { textsContext, validateStory } from '../story/validate.ts';
import { parseArguments } from './cli.ts';

const SCRIPT = path.resolve('scripts/draft.js');
const SEED = path.resolve('content/stories/coree-du-nord-russie-armes');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'draft-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const tree = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
const readStory = (folder: string) =>
  JSON.parse(readFileSync(path.join(folder, 'story.json'), 'utf8')) as StoryFile;

// A dispatch with Windows line ends and decomposed accents ("e" + U+0301): kept as they are.
const CRLF_NFD = [
  'Grève à la SNCF',
  '',
  'La direction de la SNCF a annoncé mardi la fin de la grève. «Nous avons trouvé un accord», a déclaré le président de la SNCF, Jean Castex.',
  '',
  'Les syndicats avaient appelé à la grève lundi.'
]
  .join('\r\n')
  .normalize('NFD');

describe('the arguments of npm run draft', () => {
  it.each([
    [['a.txt', '--outlet', 'AFP'], '--published YYYY-MM-DD is required'],
    [
      ['a.txt', '--published', '2023-02-30', '--outlet', 'AFP'],
      '--published must be a day, YYYY-MM-DD, not "2023-02-30"'
    ],
    [['a.txt', '--published', '2023-09-05'], '--outlet <name> is required'],
    [
      ['a.txt', '--published', '2023-09-05', '--outlet', 'AFP', '--lang', 'de'],
      '--lang must be fr or en, not "de"'
    ],
    [
      ['a.txt', '--published', '2023-09-05', '--outlet', 'AFP', '--id', 'Not A Slug'],
      '--id must be lowercase letters, digits and single hyphens, not "Not A Slug"'
    ],
    [['--published', '2023-09-05', '--outlet', 'AFP'], 'give the article to draft']
  ])('%j: %s', (argv, message) => {
    const parsed = parseArguments(argv);
    expect('errors' in parsed && parsed.errors).toContain(message);
  });

  it('reads the language from the file name, else French', () => {
    const args = (file: string) =>
      parseArguments([file, '--published', '2023-09-05', '--outlet', 'AP']);
    expect(args('x.en.txt')).toMatchObject({ lang: 'en', out: 'content/stories', force: false });
    expect(args('x.txt')).toMatchObject({ lang: 'fr' });
  });
});

describe('npm run draft', { timeout: 30_000 }, () => {
  it('writes <out>/<id>/ with the article byte for byte and a story.json the build accepts; prints the summary; writes the report', () => {
    writeFileSync(path.join(dir, 'greve.fr.txt'), CRLF_NFD);
    const { code, stdout, stderr } = run(
      'greve.fr.txt',
      '--published',
      '2023-09-05',
      '--outlet',
      'AFP',
      '--id',
      'greve',
      '--out',
      'stories',
      '--report',
      'report.json'
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(tree(path.join(dir, 'stories'))).toEqual([
      'greve',
      'greve/greve.fr.txt',
      'greve/story.json'
    ]);
    const bytes = readFileSync(path.join(dir, 'stories/greve/greve.fr.txt'));
    expect(bytes.equals(Buffer.from(CRLF_NFD, 'utf8'))).toBe(true);
    const story = readStory(path.join(dir, 'stories/greve'));
    const result = validateStory(story, textsContext({ 'greve.fr.txt': CRLF_NFD }));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(story.events.map((e) => e.date.start).sort()).toEqual(['2023-09-04', '2023-09-05']);
    expect(stdout).toContain('→ stories/greve/story.json (story "greve", fr)');
    expect(stdout).toContain('Citations : 1');
    expect(stdout).toContain('Événements proposés : 2');
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.quotes).toEqual([
      {
        text: 'Nous avons trouvé un accord'.normalize('NFD'),
        start: CRLF_NFD.indexOf('Nous'),
        end: CRLF_NFD.indexOf('»'),
        speaker: 'Jean Castex',
        scare: false
      }
    ]);
    expect(report.dates.map((d: { text: string }) => d.text)).toEqual(['mardi', 'lundi']);
  });

  it('writes nothing on error: no --published, a bad date, an unreadable file, an existing story without --force', () => {
    writeFileSync(path.join(dir, 'a.fr.txt'), CRLF_NFD);
    expect(run('a.fr.txt', '--outlet', 'AFP', '--out', 's').code).toBe(2);
    expect(run('a.fr.txt', '--published', '5/9/2023', '--outlet', 'AFP', '--out', 's').code).toBe(
      2
    );
    const missing = run(
      'nowhere.txt',
      '--published',
      '2023-09-05',
      '--outlet',
      'AFP',
      '--out',
      's'
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('draft: cannot read nowhere.txt: ENOENT');
    expect(tree(dir)).toEqual(['a.fr.txt']);

    mkdirSync(path.join(dir, 's/greve'), { recursive: true });
    writeFileSync(path.join(dir, 's/greve/story.json'), '{}');
    const refused = run(
      'a.fr.txt',
      '--published',
      '2023-09-05',
      '--outlet',
      'AFP',
      '--out',
      's',
      '--id',
      'greve'
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('s/greve exists already; nothing written');
    expect(tree(path.join(dir, 's'))).toEqual(['greve', 'greve/story.json']);
    expect(readFileSync(path.join(dir, 's/greve/story.json'), 'utf8')).toBe('{}');

    const forced = run(
      'a.fr.txt',
      '--published',
      '2023-09-05',
      '--outlet',
      'AFP',
      '--out',
      's',
      '--id',
      'greve',
      '--force'
    );
    expect(forced.code).toBe(0);
    expect(tree(path.join(dir, 's'))).toEqual(['greve', 'greve/a.fr.txt', 'greve/story.json']);
  });

  it("--into adds the seed's second article to a copy of the story that lacks it: its confirmed events untouched, the new ones drafts", () => {
    const copy = path.join(dir, 'seed');
    mkdirSync(copy);
    cpSync(path.join(SEED, 'article.fr.txt'), path.join(copy, 'article.fr.txt'));
    const seed = readStory(SEED);
    const second = seed.documents[1]!;
    const before: StoryFile = {
      ...seed,
      documents: [seed.documents[0]!],
      events: seed.events.filter((e) => !e.passages.some((p) => p.document === second.id))
    };
    writeFileSync(path.join(copy, 'story.json'), JSON.stringify(before, null, 2));
    cpSync(path.join(SEED, second.file), path.join(dir, second.file));

    const { code, stderr } = run(
      second.file,
      '--published',
      '2023-09-12',
      '--outlet',
      'Libération',
      '--into',
      'seed'
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(tree(copy)).toEqual([
      '2023-09-12-kim-arrive-en-russie.fr.txt',
      'article.fr.txt',
      'story.json'
    ]);
    const after = readStory(copy);
    for (const event of before.events)
      expect(after.events.find((e) => e.slug === event.slug)).toEqual(event);
    expect(after.actors.slice(0, before.actors.length)).toEqual(before.actors);
    expect(after.documents.map((d) => d.file)).toEqual(['article.fr.txt', second.file]);
    const added = after.events.filter((e) => !before.events.some((b) => b.slug === e.slug));
    expect(added.length).toBeGreaterThan(0);
    for (const e of added) expect(e.draft?.notes.length).toBeGreaterThan(0);
    // Kim Jong Un arrives in Russia on Tuesday 12 September, as the seed story has it.
    expect(
      added.some((e) => e.date.start === '2023-09-12' && e.date.expression?.text === 'mardi')
    ).toBe(true);
    const texts = {
      'article.fr.txt': readFileSync(path.join(copy, 'article.fr.txt'), 'utf8'),
      [second.file]: readFileSync(path.join(copy, second.file), 'utf8')
    };
    const result = validateStory(after, textsContext(texts));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
