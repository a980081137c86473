import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderChanged } from './story-changed.ts';

const made: string[] = [];
const temporary = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'story-changed-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Sets a file's modification time to an instant. */
const touch = (file: string, iso: string) => utimesSync(file, new Date(iso), new Date(iso));

const git = (cwd: string, args: string[], date?: string) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd,
    env: { ...process.env, ...(date && { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }) },
    stdio: 'ignore'
  });

describe('the day a story folder last changed', () => {
  it('is its last commit’s day in UTC, not the checkout’s', () => {
    const repo = temporary();
    const story = path.join(repo, 'content', 'une-histoire');
    mkdirSync(story, { recursive: true });
    writeFileSync(path.join(story, 'story.json'), '{}');
    git(repo, ['init', '-q']);
    git(repo, ['add', '.']);
    // 23:30 in New York on 5 March is 6 March in UTC.
    git(repo, ['commit', '-q', '-m', 'story'], '2024-03-05T23:30:00-05:00');
    // A clone dates every file to the day it was made: the commit wins.
    touch(path.join(story, 'story.json'), '2026-11-30T12:00:00Z');
    git(repo, ['update-index', '--refresh']);
    expect(folderChanged(story)).toBe('2024-03-06');
    // Another folder's later commit is not this story's change.
    writeFileSync(path.join(repo, 'other.txt'), 'x');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-q', '-m', 'other'], '2025-01-01T10:00:00Z');
    expect(folderChanged(story)).toBe('2024-03-06');
  });

  it('is the newest file’s day when the folder holds changes not committed yet', () => {
    const repo = temporary();
    const story = path.join(repo, 'une-histoire');
    mkdirSync(story);
    writeFileSync(path.join(story, 'story.json'), '{}');
    git(repo, ['init', '-q']);
    git(repo, ['add', '.']);
    git(repo, ['commit', '-q', '-m', 'story'], '2024-03-05T12:00:00Z');
    touch(path.join(story, 'story.json'), '2024-03-05T12:00:00Z');
    writeFileSync(path.join(story, 'article.fr.txt'), 'Texte');
    touch(path.join(story, 'article.fr.txt'), '2025-07-01T22:00:00Z');
    expect(folderChanged(story)).toBe('2025-07-01');
  });

  it('is the newest file’s day outside git, in UTC; none for a folder that is not there', () => {
    const story = temporary();
    mkdirSync(path.join(story, 'media'));
    writeFileSync(path.join(story, 'story.json'), '{}');
    writeFileSync(path.join(story, 'media', 'photo.png'), '');
    touch(path.join(story, 'story.json'), '2022-02-01T08:00:00Z');
    touch(path.join(story, 'media', 'photo.png'), '2022-02-02T01:00:00+02:00');
    expect(folderChanged(story)).toBe('2022-02-01');
    expect(folderChanged(path.join(story, 'absente'))).toBeUndefined();
  });
});
