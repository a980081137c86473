/**
 * Reads and validates every story under content/stories at build time. Server-only: the
 * validator and its schema library never reach the browser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { validateStory, type ValidationContext } from '../story/validate.ts';
import type { Story } from '../story/types.ts';

export const STORIES_DIR = path.resolve('content/stories');
/** Test-only stories (hostile input, for the security tests), built in with TEST_STORIES=1. */
export const TEST_STORIES_DIR = path.resolve('tests/fixtures/stories');

/**
 * Where stories are read from: content/, plus the test-only ones when TEST_STORIES is set, plus
 * the folders listed in EXTRA_STORIES (separated by ":"), such as generated synthetic stories.
 */
export function storyRoots(
  env: string | undefined = process.env.TEST_STORIES,
  extra: string | undefined = process.env.EXTRA_STORIES
): string[] {
  const extras = (extra ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.resolve(dir));
  return [STORIES_DIR, ...(env ? [TEST_STORIES_DIR] : []), ...extras];
}

/** Every problem of one or more story files, one line each: "file: path: problem". */
export class StoryContentError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The stories have ${problems.length} error${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p}`).join('\n')
    );
    this.name = 'StoryContentError';
  }
}

const relative = (file: string) => path.relative(process.cwd(), file) || file;

/** "invalid JSON at line 1, column 3: …", the same on every Node version. */
function describeJsonError(json: string, error: unknown): string {
  const message = (error as Error).message;
  const position = /at position (\d+)/.exec(message);
  if (!position) return `invalid JSON: ${message}`;
  const before = json.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const problem = message.replace(/ in JSON at position .*$/, '');
  return `invalid JSON at line ${line}, column ${column}: ${problem}`;
}

/** Reads content/stories/<dir>/story.json and its documents; returns the story or its problems. */
export function readStory(dir: string): { story?: Story; problems: string[] } {
  const storyFile = path.join(dir, 'story.json');
  const label = relative(storyFile);
  if (!existsSync(storyFile)) return { problems: [`${label}: file not found`] };

  let input: unknown;
  try {
    // A byte-order mark is invisible in editors and harmless here: drop it.
    input = JSON.parse(readFileSync(storyFile, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problems: [`${label}: ${describeJsonError(readFileSync(storyFile, 'utf8'), error)}`] };
  }

  const problems: string[] = [];
  const record = (typeof input === 'object' && input !== null ? input : {}) as Record<
    string,
    unknown
  >;
  if (typeof record.id === 'string' && record.id !== path.basename(dir))
    problems.push(`${label}: id: "${record.id}" must match its folder "${path.basename(dir)}"`);

  /** A regular file at a path that stays inside the story's folder (the validator checks the path too). */
  const fileInside = (relativePath: string) => {
    const file = path.resolve(dir, relativePath);
    const inside = path.relative(dir, file);
    if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  };
  const context: ValidationContext = {
    readText: (name) => {
      const file = /^[\w.-]+\.txt$/.test(name) ? fileInside(name) : undefined;
      return file && readFileSync(file, 'utf8');
    },
    fileExists: (relativePath) => fileInside(relativePath) !== undefined
  };

  try {
    const result = validateStory(input, context);
    if (!result.ok) problems.push(...result.errors.map((e) => `${label}: ${e}`));
    return result.ok && problems.length === 0 ? { story: result.story, problems } : { problems };
  } catch (error) {
    // A bug of the validator must still name the file, and never pass a story.
    return { problems: [...problems, `${label}: could not be checked: ${(error as Error).stack}`] };
  }
}

function fingerprint(root: string): string {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return `${file}:${statSync(file).mtimeMs}`;
    })
    .sort()
    .join('\n');
}

let cache: { where: string; key: string; checked: number; stories: Story[] } | undefined;

/**
 * All stories of the given folders, sorted by id; throws a StoryContentError listing every
 * problem of every file.
 */
export function loadStories(roots: string | string[] = storyRoots()): Story[] {
  const folders = Array.isArray(roots) ? roots : [roots];
  // The files are looked at again at most once a second: a build asks for every page, several
  // times (the hook, the layouts, the page), and a look at the folders costs more than the page's
  // own load (about 1 s of system calls in a 10,000-event build).
  const where = folders.join('\n');
  if (cache && cache.where === where && Date.now() - cache.checked < 1000) return cache.stories;
  const missing = folders.filter((root) => !existsSync(root));
  if (missing.length > 0)
    throw new StoryContentError(missing.map((root) => `${relative(root)}: folder not found`));
  const key = folders.map((root) => `${root}\n${fingerprint(root)}`).join('\n');
  if (cache && cache.key === key) {
    cache.checked = Date.now();
    return cache.stories;
  }

  const stories: Story[] = [];
  const problems: string[] = [];
  for (const root of folders) {
    const dirs = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const name of dirs) {
      const result = readStory(path.join(root, name));
      problems.push(...result.problems);
      if (result.story) stories.push(result.story);
    }
    if (dirs.length === 0) problems.push(`${relative(root)}: no story folders`);
  }
  const ids = stories.map((story) => story.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
    problems.push(`${id}: two stories have this id`);
  if (problems.length > 0) throw new StoryContentError(problems);
  cache = {
    where,
    key,
    checked: Date.now(),
    stories: stories.sort((a, b) => a.id.localeCompare(b.id))
  };
  return cache.stories;
}

export function findStory(id: string): Story | undefined {
  return loadStories().find((story) => story.id === id);
}
