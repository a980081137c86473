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
const faults = readdirSync(FIXTURES).filter((name) => !name.startsWith('valid'));

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

  it('accepts a story without documents or actors, its events in their own lanes', () => {
    const { story, problems } = readStory(path.join(FIXTURES, 'valid-without-documents'));
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
