/**
 * `npm run draft -- <article.txt> --published YYYY-MM-DD --outlet <name> [--lang fr|en]
 * [--id <slug>] [--out <dir>] [--into <story folder>] [--report <file.json>] [--force]`: drafts a
 * story from an article, `<out>/<id>/` with the article byte for byte and story.json (by default
 * under content/stories), or adds the article to an existing story (`--into`), and prints what
 * the engine found.
 *
 * Nothing is half-written: the folder is written into a temporary folder beside the target, then
 * renamed into place (as src/lib/timelinejs/cli.ts does). An existing story folder is refused
 * unless --force. Run by scripts/draft.js; `runDraft` is pure enough to test with a fake console.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shown, writeFolder } from '../cli/story-folder.ts';
import { isCalendarDate } from '../story/calendar-date.ts';
import type { StoryFile } from '../story/schema.ts';
import { draftStory, type DraftReport } from './draft.ts';
import { mergeIntoStory } from './merge.ts';
import type { DraftLanguage } from './sentences.ts';

export const USAGE =
  'Usage: npm run draft -- <article.txt> --published YYYY-MM-DD --outlet <name> [--lang fr|en] [--id <slug>] [--out <dir>] [--into <story folder>] [--report <file.json>] [--force]';

export interface DraftArguments {
  file: string;
  published: string;
  outlet: string;
  lang: DraftLanguage;
  id?: string;
  out: string;
  into?: string;
  report?: string;
  force: boolean;
}

/** The language a file name says ("article.fr.txt"), if any. */
const langOfName = (file: string): DraftLanguage | undefined =>
  /\.(fr|en)\.[^.]+$/.exec(file)?.[1] as DraftLanguage | undefined;

export function parseArguments(argv: readonly string[]): DraftArguments | { errors: string[] } {
  const errors: string[] = [];
  const files: string[] = [];
  const args: Partial<DraftArguments> & { force: boolean; out: string } = {
    force: false,
    out: 'content/stories'
  };
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
      case '--published': {
        const date = value();
        if (date && !isCalendarDate(date))
          errors.push(`--published must be a day, YYYY-MM-DD, not ${JSON.stringify(date)}`);
        args.published = date;
        break;
      }
      case '--outlet':
        args.outlet = value().trim();
        break;
      case '--lang': {
        const lang = value();
        if (lang === 'fr' || lang === 'en') args.lang = lang;
        else if (lang) errors.push(`--lang must be fr or en, not ${JSON.stringify(lang)}`);
        break;
      }
      case '--id': {
        const id = value();
        if (id && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
          errors.push(
            `--id must be lowercase letters, digits and single hyphens, not ${JSON.stringify(id)}`
          );
        args.id = id;
        break;
      }
      case '--out':
        args.out = value();
        break;
      case '--into':
        args.into = value();
        break;
      case '--report':
        args.report = value();
        break;
      case '--force':
        args.force = true;
        break;
      default:
        if (arg.startsWith('-')) errors.push(`unknown option ${arg}`);
        else files.push(arg);
    }
  }
  if (files.length !== 1)
    errors.push(
      files.length === 0
        ? 'give the article to draft'
        : `one article at a time, not ${files.length}`
    );
  if (args.published === undefined) errors.push('--published YYYY-MM-DD is required');
  if (!args.outlet && !errors.some((e) => e.startsWith('--outlet')))
    errors.push('--outlet <name> is required');
  if (args.into && args.id) errors.push('--id names a new story; --into adds to an existing one');
  const lang = args.lang ?? (files[0] && langOfName(files[0])) ?? 'fr';
  if (errors.length > 0) return { errors };
  return { ...args, file: files[0]!, lang } as DraftArguments;
}

export interface Console {
  log(line: string): void;
  error(line: string): void;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Runs the draft; returns the exit code (0 done, 1 bad input or refused, 2 bad usage). */
export function runDraft(argv: readonly string[], console: Console, cwd = process.cwd()): number {
  const args = parseArguments(argv);
  if ('errors' in args) {
    for (const e of args.errors) console.error(`draft: ${e}`);
    console.error(USAGE);
    return 2;
  }
  const source = path.resolve(cwd, args.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(source);
  } catch (error) {
    console.error(
      `draft: cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? error}`
    );
    return 1;
  }
  const text = bytes.toString('utf8');
  // The article is written back byte for byte: only text that UTF-8 decodes whole is taken.
  if (!Buffer.from(text, 'utf8').equals(bytes) || text.trim() === '') {
    console.error(
      `draft: ${args.file} is ${text.trim() === '' ? 'empty' : 'not UTF-8 text'}; nothing written`
    );
    return 1;
  }
  const fileName = path.basename(source);
  const article = {
    text,
    fileName,
    published: args.published,
    outlet: args.outlet,
    lang: args.lang,
    ...(args.id && { id: args.id })
  };

  let target: string;
  let story: StoryFile;
  let report: DraftReport;
  let summary: string[];
  let articleName: string;
  if (args.into) {
    target = path.resolve(cwd, args.into);
    let existing: StoryFile;
    try {
      existing = JSON.parse(readFileSync(path.join(target, 'story.json'), 'utf8')) as StoryFile;
    } catch (error) {
      console.error(
        `draft: cannot read ${shown(cwd, path.join(target, 'story.json'))}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; nothing written`
      );
      return 1;
    }
    const merged = mergeIntoStory(existing, article, (file) => existsSync(path.join(target, file)));
    ({ story, report, summary } = merged);
    articleName = merged.fileName;
  } else {
    ({ story, report, summary } = draftStory(article));
    target = path.join(path.resolve(cwd, args.out), story.id);
    articleName = fileName;
    if (existsSync(target) && !args.force) {
      console.error(
        `draft: ${shown(cwd, target)} exists already; nothing written (give --force to replace it, --id for another id, or --into to add the article to it)`
      );
      return 1;
    }
  }
  const reportPath = args.report && path.resolve(cwd, args.report);
  if (reportPath && existsSync(reportPath) && !args.force) {
    console.error(
      `draft: ${shown(cwd, reportPath)} exists already; nothing written (give --force)`
    );
    return 1;
  }

  try {
    if (args.into) {
      // The story's other files are kept: the new article is added, story.json replaced whole.
      const written = path.join(target, articleName);
      const temporary = path.join(target, `.story.json.draft-${process.pid}-${Date.now()}`);
      let added = false;
      try {
        writeFileSync(temporary, json(story));
        writeFileSync(written, bytes, { flag: 'wx' }); // never over another file
        added = true;
        renameSync(temporary, path.join(target, 'story.json'));
      } catch (error) {
        rmSync(temporary, { force: true });
        if (added) rmSync(written, { force: true });
        throw error;
      }
    } else
      writeFolder(
        target,
        { [articleName]: bytes, 'story.json': json(story) },
        { replace: args.force, label: 'draft' }
      );
    if (reportPath) writeFileSync(reportPath, json(report));
  } catch (error) {
    console.error(`draft: cannot write ${shown(cwd, target)}: ${(error as Error).message}`);
    return 1;
  }

  console.log(
    `Drafted ${args.file} → ${shown(cwd, path.join(target, 'story.json'))} (story "${story.id}", ${args.lang}${args.into ? `, added as ${articleName}` : ''})`
  );
  for (const line of summary) console.log(line);
  if (reportPath) console.log(`Report: ${shown(cwd, reportPath)}`);
  return 0;
}
