import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textsContext, validateStory } from '../story/validate.ts';
import { parseArguments } from './cli.ts';

const SCRIPT = path.resolve('scripts/import.js');
const FIXTURES = path.resolve('tests/fixtures/timelinejs');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run import -- …` as a user runs it, in a temporary folder. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** Everything under a folder, as relative paths (hidden temporary folders included). */
const tree = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();

// Each run starts Node and Vite's module runner (about a second, more on a busy machine).
describe('npm run import', { timeout: 30_000 }, () => {
  it('writes <out>/<id>/story.json, which validates, and says what it made', () => {
    const { code, stdout, stderr } = run(
      path.join(FIXTURES, 'title-era-rows.csv'),
      '--out',
      'stories'
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(tree(path.join(dir, 'stories'))).toEqual(['the-title-row', 'the-title-row/story.json']);
    const story = JSON.parse(
      readFileSync(path.join(dir, 'stories/the-title-row/story.json'), 'utf8')
    );
    expect(validateStory(story, textsContext({})).ok).toBe(true);
    expect(stdout).toContain('→ stories/the-title-row/story.json (story "the-title-row", en)');
    expect(stdout).toContain(
      `  ${story.events.length} events, ${story.periods.length} periods, ${story.lanes.length} lane`
    );
    expect(stdout).toContain(
      'row 6, column P (Type): a second title row (the first is row 2): taken as an event, as TimelineJS does'
    );
  });

  it('lists every skipped row with its number and why', () => {
    const { code, stdout } = run(
      path.join(FIXTURES, 'rows-without-year.csv'),
      '--out',
      'o',
      '--lang',
      'en'
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Skipped (2):\n  row 3: no Year (headline "No year here"): skipped; TimelineJS would drop it silently\n  row 7: no Year: skipped; TimelineJS would drop it silently'
    );
  });

  it('names a folder elsewhere by its full path', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'import-elsewhere-'));
    try {
      const { code, stdout } = run(path.join(FIXTURES, 'eras.json'), '--out', elsewhere);
      expect(code).toBe(0);
      expect(stdout).toContain(`→ ${path.join(elsewhere, 'eras', 'story.json')} (story "eras"`);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('takes --id, --lang and --time-zone', () => {
    const { code } = run(
      path.join(FIXTURES, 'times.json'),
      '--out',
      'o',
      '--id',
      'journee',
      '--lang',
      'fr',
      '--time-zone=Europe/Paris'
    );
    expect(code).toBe(0);
    const story = JSON.parse(readFileSync(path.join(dir, 'o/journee/story.json'), 'utf8'));
    expect([story.id, story.language, story.events[0].date.timeZone]).toEqual([
      'journee',
      'fr',
      'Europe/Paris'
    ]);
  });

  it('exits non-zero on bad input, lists every error, and writes nothing', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        events: [{ start_date: { year: 'c. 1500' } }, { start_date: { year: '2020', month: '13' } }]
      })
    );
    const { code, stdout, stderr } = run('bad.json', '--out', 'stories');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'import: bad.json not imported (2 errors); nothing written:',
        '  events[0].start_date.year: "c. 1500" is not a whole number (TimelineJS takes digits only, such as 1500 or -500)',
        '  events[1].start_date.month: 13 is not a month (1 to 12)',
        ''
      ].join('\n')
    );
    expect(tree(dir)).toEqual(['bad.json']);
  });

  it('refuses to replace an existing story unless --force, and replaces it whole with it', () => {
    const file = path.join(FIXTURES, 'year-only.json');
    const target = path.join(dir, 'stories/years-only');
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, 'story.json'), '{"old": true}');
    writeFileSync(path.join(target, 'article.fr.txt'), 'an old document');

    const refused = run(file, '--out', 'stories');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'import: stories/years-only exists already; nothing written (give --force to replace it, or --id for another id)\n'
    );
    expect(readFileSync(path.join(target, 'story.json'), 'utf8')).toBe('{"old": true}');

    const forced = run(file, '--out', 'stories', '--force');
    expect(forced.code).toBe(0);
    expect(tree(path.join(dir, 'stories'))).toEqual(['years-only', 'years-only/story.json']);
    expect(JSON.parse(readFileSync(path.join(target, 'story.json'), 'utf8')).title).toBe(
      'Years only'
    );
  });

  it('exits 2 with the usage on a bad command line', () => {
    expect(run()).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('import: give the file to import')
    });
    expect(run('a.json', '--lang', 'de').stderr).toContain(
      'import: --lang must be fr or en, not "de"'
    );
    expect(run('a.json', '--wat').stderr).toContain('import: unknown option --wat');
  });

  it('exits 1 on a file it cannot read', () => {
    expect(run('missing.json')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'import: cannot read missing.json: ENOENT\n'
    });
  });
});

describe('parseArguments', () => {
  it('reads options in both forms and defaults the output to content/stories', () => {
    expect(parseArguments(['x/t.csv', '--id=abc', '--time-zone', 'Asia/Tokyo'])).toEqual({
      file: 'x/t.csv',
      out: 'content/stories',
      force: false,
      options: { id: 'abc', timeZone: 'Asia/Tokyo', fileName: 't.csv' }
    });
  });

  it('says what is missing', () => {
    expect(parseArguments(['a.json', 'b.json', '--id'])).toEqual({
      errors: ['--id needs a value', 'one file at a time, not 2']
    });
  });
});
