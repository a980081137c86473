/**
 * The day a story's folder last changed, for the feeds' `updated` where no document dates an
 * entry (an imported timeline, the newsroom's own text): Atom requires a date there, and a
 * made-up one (the Unix epoch) would show as 1 January 1970 in a reader's feed reader. Server
 * only: it asks git, else the file system.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isCalendarDate, type CalendarDate } from '../story/calendar-date.ts';

/** Runs git in `dir` (UTC dates); undefined when git or the repository is not there. */
function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: dir,
      env: { ...process.env, TZ: 'UTC' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000
    }).trim();
  } catch {
    return undefined;
  }
}

/** The UTC day of the newest modification of a file under `dir`. */
function newestFileDay(dir: string): CalendarDate | undefined {
  let newest = -Infinity;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return Number.isFinite(newest) ? new Date(newest).toISOString().slice(0, 10) : undefined;
}

/**
 * The day (UTC) a story folder last changed: its last commit; or, when git has no commit of it
 * or it holds changes not committed yet, the newest modification of its files (a clone sets
 * every file's to the day it was made, so the commit is asked first). Undefined when the folder
 * is not there or holds no file.
 */
export function folderChanged(dir: string): CalendarDate | undefined {
  if (!existsSync(dir)) return undefined;
  const committed = git(dir, [
    'log',
    '-1',
    '--format=%cd',
    '--date=format-local:%Y-%m-%d',
    '--',
    '.'
  ]);
  const pending = git(dir, ['status', '--porcelain', '--', '.']);
  if (committed && isCalendarDate(committed) && pending === '') return committed;
  const modified = newestFileDay(dir);
  if (committed && isCalendarDate(committed) && (!modified || modified < committed))
    return committed;
  return modified;
}
