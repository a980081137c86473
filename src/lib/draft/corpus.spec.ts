/**
 * The drafting engine measured on a small corpus of invented dispatches (src/lib/draft/corpus/,
 * written before the rules): quotations found and missed, speakers right and wrong, scare quotes.
 * Prints its figures and holds the engine to floors it reaches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseName } from './people.ts';
import { findQuotations } from './quotations.ts';
import { attributeSpeakers } from './speakers.ts';

interface Expected {
  language: 'fr' | 'en';
  quotations: { text: string; speaker: string | null; scare: boolean; outlet?: string }[];
}

const dir = 'src/lib/draft/corpus/';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
/** The two dispatches written after the rules, measured once, unseen (f1ba12b). */
const AFTER_THE_RULES = ['en-city-council-vote.txt', 'fr-greve-sncf.txt'];

function measure(files: string[]) {
  const totals = {
    expected: 0,
    found: 0,
    missed: 0,
    extra: 0,
    speakersRight: 0,
    speakersWrong: 0,
    /** Of the right and the wrong: those the engine says it is unsure of, in the draft. */
    unsureRight: 0,
    unsureWrong: 0,
    scareRight: 0,
    outletsRight: 0,
    outletsExpected: 0
  };
  const wrong: string[] = [];
  for (const file of files) {
    const text = readFileSync(dir + file, 'utf8');
    const expected = JSON.parse(
      readFileSync(dir + file.replace(/\.txt$/, '.expected.json'), 'utf8')
    ) as Expected;
    const found = findQuotations(text, expected.language);
    const speakers = attributeSpeakers(text, found, expected.language);
    totals.expected += expected.quotations.length;
    totals.extra += found.filter((q) => !expected.quotations.some((e) => e.text === q.text)).length;
    for (const e of expected.quotations) {
      const i = found.findIndex((q) => q.text === e.text && text.slice(q.start, q.end) === e.text);
      if (i < 0) {
        totals.missed++;
        wrong.push(`${file}: missed «${e.text}»`);
        continue;
      }
      totals.found++;
      const q = found[i]!;
      const a = speakers[i]!;
      if (q.scare === e.scare) totals.scareRight++;
      else wrong.push(`${file}: «${e.text}» scare ${q.scare}, expected ${e.scare}`);
      const got = a.speaker ? normaliseName(a.speaker.name) : null;
      const want = e.speaker ? normaliseName(e.speaker) : null;
      if (got === want) {
        totals.speakersRight++;
        if (a.certainty === 'unsure') totals.unsureRight++;
      } else {
        totals.speakersWrong++;
        if (a.certainty === 'unsure') totals.unsureWrong++;
        wrong.push(
          `${file}: «${e.text.slice(0, 40)}» speaker ${a.speaker?.name ?? 'null'} (${a.certainty}), expected ${e.speaker}`
        );
      }
      if (e.outlet) {
        totals.outletsExpected++;
        if (a.outlet === e.outlet) totals.outletsRight++;
        else
          wrong.push(`${file}: «${e.text.slice(0, 40)}» outlet ${a.outlet}, expected ${e.outlet}`);
      }
    }
  }
  return { totals, wrong };
}

describe('the draft corpus', () => {
  const { totals, wrong } = measure(files);
  const after = measure(AFTER_THE_RULES).totals;

  it('prints what the engine finds', () => {
    console.log(
      [
        `Corpus: ${files.length} dispatches, ${totals.expected} quotations`,
        `quotations found ${totals.found}, missed ${totals.missed}, extra ${totals.extra}`,
        `speakers right ${totals.speakersRight} (${totals.unsureRight} marked unsure), wrong ${totals.speakersWrong} (${totals.unsureWrong} marked unsure)`,
        `scare/not scare right ${totals.scareRight} of ${totals.found}`,
        `outlets right ${totals.outletsRight} of ${totals.outletsExpected}`,
        `of which the ${AFTER_THE_RULES.length} written after the rules (${AFTER_THE_RULES.join(', ')}): ` +
          `${after.expected} quotations, found ${after.found}, missed ${after.missed}, extra ${after.extra}; ` +
          `speakers right ${after.speakersRight}, wrong ${after.speakersWrong}; ` +
          `outlets right ${after.outletsRight} of ${after.outletsExpected}`,
        ...wrong.map((w) => '  ' + w)
      ].join('\n')
    );
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it('finds every quotation, and nothing else', () => {
    expect(totals.found / totals.expected).toBeGreaterThanOrEqual(0.95);
    expect(totals.extra).toBe(0);
  });

  it('tells scare quotes from quotations', () => {
    expect(totals.scareRight / totals.found).toBeGreaterThanOrEqual(0.95);
  });

  it('names the right speaker for most quotations', () => {
    expect(totals.speakersRight / totals.found).toBeGreaterThanOrEqual(0.85);
  });
});
