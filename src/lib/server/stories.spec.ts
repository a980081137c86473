import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadStories,
  readStory,
  STORIES_DIR,
  StoryContentError,
  storyRoots,
  TEST_STORIES_DIR
} from './stories.ts';

const FIXTURES = path.resolve('src/lib/server/fixtures/stories');
const faults = readdirSync(FIXTURES).filter((name) => name !== 'valid');

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
      'coree-du-nord-russie-armes',
      'histoire-illustree',
      'histoire-piegee',
      'temps-profond'
    ]);
  });
});

describe('a broken story file is reported with its file, the path inside it and the problem', () => {
  it.each(faults)('%s', (fault) => {
    const dir = path.join(FIXTURES, fault);
    const file = path.relative(process.cwd(), path.join(dir, 'story.json'));
    const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.replace('{file}', file));
    const { story, problems } = readStory(dir);
    expect(story).toBeUndefined();
    expect(problems).toEqual(expected);
  });

  it('accepts the valid fixture the faults are made from', () => {
    const { story, problems } = readStory(path.join(FIXTURES, 'valid'));
    expect(problems).toEqual([]);
    expect(story?.events.map((e) => e.slug)).toEqual(['le-ministre-annonce', 'le-ministre-part']);
  });

  it('fails a whole load with one error that lists every problem of every story', () => {
    let thrown: unknown;
    try {
      loadStories(FIXTURES);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StoryContentError);
    const message = (thrown as Error).message;
    expect(message).toMatch(/^The stories have \d+ errors:/);
    for (const fault of faults)
      expect(message).toContain(path.join('fixtures/stories', fault, 'story.json'));
    expect(message).toContain('events[1].date.start: impossible date "2023-02-30"');
  });
});
