/**
 * `npm run import -- <file.json|file.csv> [--id <slug>] [--out <dir>] [--lang fr|en]
 * [--time-zone <IANA zone>] [--force]`: imports a TimelineJS timeline as a story folder,
 * `<out>/<id>/story.json` (by default under content/stories), and says what it did.
 *
 * Nothing is half-written: the story is written into a temporary folder beside the target, then
 * renamed into place. An existing story folder is refused unless --force, and then replaced
 * whole (the old one is moved aside first and removed only once the new one is in place).
 * Run by scripts/import.js; `runImport` is pure enough to test with a fake console.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { shown, writeFolder } from '../cli/story-folder.ts';
import { importTimeline, type ImportOptions, type ImportProblem } from './import.ts';

export const USAGE =
  'Usage: npm run import -- <file.json|file.csv> [--id <slug>] [--out <dir>] [--lang fr|en] [--time-zone <IANA zone>] [--force]';

export interface CliArguments {
  file: string;
  out: string;
  force: boolean;
  options: ImportOptions;
}

/** The command line read, or the problems with it. */
export function parseArguments(argv: readonly string[]): CliArguments | { errors: string[] } {
  const errors: string[] = [];
  const files: string[] = [];
  const options: ImportOptions = {};
  let out = 'content/stories';
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s) as [string, string?])
      : [arg];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') errors.push(`${flag} needs a value`);
      return v ?? '';
    };
    switch (flag) {
      case '--id':
        options.id = value();
        break;
      case '--out':
        out = value();
        break;
      case '--lang': {
        const lang = value();
        if (lang === 'fr' || lang === 'en') options.lang = lang;
        else if (lang) errors.push(`--lang must be fr or en, not ${JSON.stringify(lang)}`);
        break;
      }
      case '--time-zone':
        options.timeZone = value();
        break;
      case '--force':
        force = true;
        break;
      default:
        if (arg.startsWith('-')) errors.push(`unknown option ${arg}`);
        else files.push(arg);
    }
  }
  if (files.length !== 1)
    errors.push(
      files.length === 0 ? 'give the file to import' : `one file at a time, not ${files.length}`
    );
  if (errors.length > 0) return { errors };
  return {
    file: files[0]!,
    out,
    force,
    options: { ...options, fileName: path.basename(files[0]!) }
  };
}

export interface Console {
  log(line: string): void;
  error(line: string): void;
}

/** A path as the user thinks of it: relative to where they are, unless it lies elsewhere. */
const list = (problems: ImportProblem[]) => problems.map((p) => `  ${p.place}: ${p.message}`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Runs the import; returns the exit code (0 done, 1 bad input or refused, 2 bad usage). */
export function runImport(argv: readonly string[], console: Console, cwd = process.cwd()): number {
  const args = parseArguments(argv);
  if ('errors' in args) {
    for (const e of args.errors) console.error(`import: ${e}`);
    console.error(USAGE);
    return 2;
  }
  const source = path.resolve(cwd, args.file);
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    console.error(
      `import: cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? error}`
    );
    return 1;
  }
  const result = importTimeline(text, args.options);
  if (!result.ok) {
    console.error(
      `import: ${args.file} not imported (${plural(result.errors.length, 'error', 'errors')}); nothing written:`
    );
    for (const line of list(result.errors)) console.error(line);
    return 1;
  }
  const { story, report } = result;
  const outDir = path.resolve(cwd, args.out);
  const target = path.join(outDir, story.id);
  if (existsSync(target) && !args.force) {
    console.error(
      `import: ${shown(cwd, target)} exists already; nothing written (give --force to replace it, or --id for another id)`
    );
    return 1;
  }
  try {
    writeFolder(
      target,
      { 'story.json': `${JSON.stringify(story, null, 2)}\n` },
      { replace: true, label: 'import' }
    );
  } catch (error) {
    console.error(`import: cannot write ${target}: ${(error as Error).message}`);
    return 1;
  }

  const where = shown(cwd, path.join(target, 'story.json'));
  console.log(`Imported ${args.file} → ${where} (story "${story.id}", ${story.language})`);
  console.log(
    `  ${plural(report.events, 'event', 'events')}, ${plural(report.periods, 'period', 'periods')}, ${plural(report.lanes, 'lane', 'lanes')}`
  );
  if (report.skipped.length > 0) {
    console.log(`Skipped (${report.skipped.length}):`);
    for (const line of list(report.skipped)) console.log(line);
  }
  if (report.warnings.length > 0) {
    console.log(`Warnings (${report.warnings.length}):`);
    for (const line of list(report.warnings)) console.log(line);
  }
  return 0;
}
