import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN_STORIES, VALID_STORIES, writeBrokenStories } from './broken-stories.ts';
import {
  loadStories,
  readStory,
  STORIES_DIR,
  StoryContentError,
  storyRoots,
  TEST_STORIES_DIR
} from './stories.ts';

/** The broken stories, written where the build would read them: a folder of story folders. */
let BROKEN = '';
beforeAll(() => {
  BROKEN = mkdtempSync(path.join(tmpdir(), 'broken-stories-'));
  writeBrokenStories(BROKEN);
});
afterAll(() => rmSync(BROKEN, { recursive: true, force: true }));
const storyFileOf = (name: string) =>
  path.relative(process.cwd(), path.join(BROKEN, name, 'story.json'));

describe('where stories are read from', () => {
  it('reads content/ only, unless TEST_STORIES asks for the test-only stories too', () => {
    expect(storyRoots(undefined, undefined)).toEqual([STORIES_DIR]);
    expect(storyRoots('1', undefined)).toEqual([STORIES_DIR, TEST_STORIES_DIR]);
    expect(storyRoots(undefined, `a${path.delimiter}b`)).toEqual([
      STORIES_DIR,
      path.resolve('a'),
      path.resolve('b')
    ]);
    const ids = loadStories(storyRoots('1')).map((s) => s.id);
    expect(ids).toEqual([
      'chronologie-importee',
      'coree-du-nord-russie-armes',
      'histoire-illustree',
      'histoire-piegee',
      'temps-profond'
    ]);
  });
});

describe('a broken story file is reported with its file, the path inside it and the problem', () => {
  it.each(BROKEN_STORIES)('$name', ({ name, expected }) => {
    const { story, problems } = readStory(path.join(BROKEN, name));
    expect(story).toBeUndefined();
    expect(problems).toEqual(expected.map((message) => `${storyFileOf(name)}: ${message}`));
  });

  it('accepts the valid fixture the faults are made from', () => {
    const { story, problems } = readStory(path.join(VALID_STORIES, 'valid'));
    expect(problems).toEqual([]);
    expect(story?.events.map((e) => e.slug)).toEqual(['le-ministre-annonce', 'le-ministre-part']);
  });

  it('accepts a story without documents or actors, its events in their own lanes', () => {
    const { story, problems } = readStory(path.join(VALID_STORIES, 'valid-without-documents'));
    expect(problems).toEqual([]);
    expect(story?.documents).toEqual([]);
    expect(story?.introduction).toEqual([
      {
        tag: 'p',
        children: [
          { text: 'Une ' },
          { tag: 'em', children: [{ text: 'chronologie' }] },
          { text: " venue d'ailleurs." }
        ]
      }
    ]);
    expect(story?.media).toEqual([{ url: 'http://exemple.fr/carte', caption: 'La carte' }]);
    const [war, step] = story!.events;
    expect(war!.lane).toBe('guerre');
    expect(war!.basis).toBe('editorial');
    expect(war!.body?.map((n) => ('tag' in n ? n.tag : 'text'))).toEqual(['p', 'ul']);
    expect(war!.background).toEqual({ color: '#1a2b3c' });
    expect(war!.attributedQuotes).toEqual([]);
    expect(step!.lane).toBe('espace');
    expect(step!.date.display).toBe('Été 1969');
    expect(step!.attributedQuotes).toEqual([
      { text: "Un petit pas pour l'homme", attribution: 'Neil Armstrong' }
    ]);
    expect(step!.background).toEqual({ url: 'http://exemple.fr/lune.jpg' });
  });

  it('fails a whole load with one error that lists every problem of every story', () => {
    let thrown: unknown;
    try {
      loadStories(BROKEN);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StoryContentError);
    const message = (thrown as Error).message;
    const count = BROKEN_STORIES.reduce((sum, broken) => sum + broken.expected.length, 0);
    expect(message).toMatch(new RegExp(`^The stories have ${count} errors:`));
    for (const { name } of BROKEN_STORIES) expect(message).toContain(`${storyFileOf(name)}: `);
    expect(message).toContain('events[1].date.start: impossible date "2023-02-30"');
  });
});
