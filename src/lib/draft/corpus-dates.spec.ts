/**
 * The dates corpus (./corpus-dates/): short dispatches in French and English, each with the date
 * expressions a person found in it and what they mean, written by hand from a calendar. Prints
 * what the engine finds on it and holds it to the floors it reaches.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanDateExpressions, type FoundDate } from './dates.ts';

interface ExpectedDate {
  text: string;
  occurrence?: number;
  vague?: boolean;
  start?: string;
  end?: string;
  precision?: string;
  time?: string;
  timeZone?: string;
}
interface Expected {
  published: string;
  language: 'fr' | 'en';
  dates: ExpectedDate[];
  notDates: (string | { text: string; occurrence?: number })[];
}

const dir = fileURLToPath(new URL('./corpus-dates/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

function locate(text: string, phrase: string, occurrence = 1): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" (${occurrence}) is not in the text`);
  }
  return { start: at, end: at + phrase.length };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function score(file: string) {
  const text = readFileSync(dir + file, 'utf8');
  const expected = JSON.parse(
    readFileSync(dir + file.replace(/\.txt$/, '.expected.json'), 'utf8')
  ) as Expected;
  const { found } = scanDateExpressions(text, expected.published, expected.language);
  const tally = { right: 0, wrong: 0, vague: 0, missed: 0, extra: 0, notDatesKept: 0 };
  const lines: string[] = [];
  const used = new Set<FoundDate>();
  for (const e of expected.dates) {
    const span = locate(text, e.text, e.occurrence);
    const f = found.find((d) => overlaps(d, span) && !used.has(d));
    if (!f) {
      tally.missed++;
      lines.push(`  missed  "${e.text}"`);
      continue;
    }
    used.add(f);
    if (e.vague) {
      if (f.vague) tally.vague++;
      else tally.wrong++;
      lines.push(`  ${f.vague ? 'vague ' : 'WRONG '}  "${f.text}" (expected vague)`);
      continue;
    }
    const r = f.resolved;
    const right =
      r !== null &&
      r.start === e.start &&
      r.end === e.end &&
      r.precision === e.precision &&
      r.time === e.time &&
      r.timeZone === e.timeZone;
    if (right) tally.right++;
    else tally.wrong++;
    lines.push(
      `  ${right ? 'right ' : 'WRONG '}  "${f.text}" → ${r ? `${r.start}…${r.end} ${r.precision}${r.time ? ` ${r.time} ${r.timeZone ?? '(no zone)'}` : ''}` : f.vague ? 'vague' : 'unresolved'}${right ? '' : ` (expected ${e.start}…${e.end} ${e.precision}${e.time ? ` ${e.time} ${e.timeZone ?? '(no zone)'}` : ''})`} [${f.rule}]`
    );
  }
  for (const n of expected.notDates) {
    const { text: phrase, occurrence } = typeof n === 'string' ? { text: n, occurrence: 1 } : n;
    const span = locate(text, phrase, occurrence);
    const f = found.find((d) => overlaps(d, span));
    if (f) {
      tally.notDatesKept++;
      used.add(f);
      lines.push(`  NOT A DATE, found "${f.text}" [${f.rule}]`);
    }
  }
  for (const f of found)
    if (!used.has(f)) {
      tally.extra++;
      lines.push(`  extra   "${f.text}" [${f.rule}]`);
    }
  return { tally, lines, count: expected.dates.length };
}

describe('the dates corpus', () => {
  it('finds and resolves the dates a person finds in it, at the floors it reached', () => {
    const total = { right: 0, wrong: 0, vague: 0, missed: 0, extra: 0, notDatesKept: 0 };
    let expressions = 0;
    const report: string[] = [];
    for (const file of files) {
      const { tally, lines, count } = score(file);
      expressions += count;
      for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += tally[k];
      report.push(`${file}: ${JSON.stringify(tally)}`, ...lines);
    }
    report.push(
      `TOTAL over ${files.length} dispatches, ${expressions} expressions: ${JSON.stringify(total)}`
    );
    console.log(report.join('\n'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    // The floors reached on the first complete engine (65 right, 1 wrong, 5 vague, none missed).
    expect(total.right).toBeGreaterThanOrEqual(65);
    expect(total.vague).toBeGreaterThanOrEqual(5);
    expect(total.wrong).toBeLessThanOrEqual(1);
    expect(total.missed).toBe(0);
    expect(total.extra).toBe(0);
    expect(total.notDatesKept).toBe(0);
    expect(total.right + total.wrong + total.vague + total.missed).toBe(expressions);
  });
});
