/**
 * Writing a story folder from the command line (`npm run import`, `npm run draft`): never
 * half-written, and named for the person who ran the command. Node only.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A path as the person at the terminal can read it: relative to where they are, if inside it. */
export function shown(cwd: string, target: string): string {
  const relative = path.relative(cwd, target);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
    ? target
    : relative;
}

/**
 * Writes `files` (name → bytes) as the folder `target`, through a temporary folder beside it
 * (`.<name>.<label>-<stamp>`), then a rename; with `replace`, an old folder is moved aside first,
 * put back if the rename fails, and removed once the new one is in place.
 */
export function writeFolder(
  target: string,
  files: Record<string, string | Uint8Array>,
  { replace, label }: { replace: boolean; label: string }
): void {
  const stamp = `${process.pid}-${Date.now()}`;
  const parent = path.dirname(target);
  const name = path.basename(target);
  const temporary = path.join(parent, `.${name}.${label}-${stamp}`);
  const aside = path.join(parent, `.${name}.replaced-${stamp}`);
  try {
    mkdirSync(temporary, { recursive: true });
    for (const [file, bytes] of Object.entries(files))
      writeFileSync(path.join(temporary, file), bytes);
    const replacing = replace && existsSync(target);
    if (replacing) renameSync(target, aside);
    try {
      renameSync(temporary, target);
    } catch (error) {
      if (replacing) renameSync(aside, target); // put the old story back
      throw error;
    }
    if (replacing) rmSync(aside, { recursive: true, force: true });
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}
