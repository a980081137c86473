/**
 * Splits a dispatch into paragraphs and sentences. A dispatch as published puts each paragraph
 * on a line of its own (a headline or a dateline too), so a line is a paragraph. A sentence ends
 * at . ! ? or … (and the closing marks or brackets after it) before a space and what can begin
 * a sentence; not after an abbreviation ("M.", "Mme", "Dr", "Mr.", "Rep.", "Sept."), an
 * initial ("John F. Kennedy"), a dotted acronym ("U.S.") unless a sentence plainly starts after
 * it, nor inside a quotation: «…» that runs over several sentences stays in the sentence that
 * attributes it ("«A. B», a-t-il dit." is one sentence).
 */
import type { Span } from '../story/types.ts';
import { pairQuotationMarks, quotedRegions } from './marks.ts';

export type DraftLanguage = 'fr' | 'en';

export interface SentenceSpan extends Span {
  /** Index of the paragraph (line) the sentence belongs to, from 0. */
  paragraph: number;
}

/** Words that end with a full stop without ending a sentence, lowercased, without the stop. */
const ABBREVIATIONS: Record<DraftLanguage, ReadonlySet<string>> = {
  fr: new Set(
    'm mm mme mmes mlle mlles dr pr me mgr st ste cf etc av apr j.-c n° no art al p pp vol éd gal col cdt lt sgt'.split(
      ' '
    )
  ),
  en: new Set(
    'mr mrs ms messrs dr prof sr jr st rep reps sen sens gov gen lt col maj capt cmdr sgt adm rev hon pres supt det insp no nos vs v etc al jan feb mar apr aug sep sept oct nov dec mt ft ave blvd rd corp inc ltd co bros dept est approx fig'.split(
      ' '
    )
  )
};

/** Words that begin sentences: after a dotted acronym ("U.S."), only they end one. */
const SENTENCE_OPENERS = new Set(
  (
    'the a an he she it they we i this that these those but and in on at his her their its there ' +
    'le la les l il elle ils elles on nous mais et un une des ce cette ces selon son sa ses leur'
  ).split(' ')
);

const CLOSERS = /[»”“’"')\]\u00a0\u202f\u2009]/;
const STARTER = /[\p{Lu}\p{N}«“„‘"'([¿¡—–-]/u;

/** The paragraphs of a text: its non-empty lines, without their surrounding spaces. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lead = line[0].length - line[0].trimStart().length;
    const body = line[0].trim();
    if (body) spans.push({ start: line.index + lead, end: line.index + lead + body.length });
  }
  return spans;
}

/** Whether a stop at `at` lies inside a quotation that goes on after `after`. */
function inside(regions: Span[], at: number, after: number): boolean {
  return regions.some((r) => r.start < at && at < r.end - 1 && after < r.end);
}

/** The word (letters, dots and hyphens) that ends at `end`, the full stop excluded. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}.\-°]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function endsSentence(text: string, stop: number, next: number, lang: DraftLanguage): boolean {
  if (text[stop] !== '.') return true; // ! ? … end one where a sentence starts after them
  const word = wordBefore(text, stop);
  const bare = word.replace(/^[.-]+/, '').toLowerCase();
  if (ABBREVIATIONS[lang].has(bare) || ABBREVIATIONS[lang].has(bare.replace(/\.$/, ''))) {
    return false;
  }
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    // A dotted acronym ("U.S."): a sentence ends after it only if an obvious opener follows.
    const following = /^[\p{L}]+/u.exec(text.slice(next))?.[0]?.toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(following);
  }
  if (text.slice(stop - 2, stop + 1) === '...' && !/\p{Lu}/u.test(text[next] ?? '')) return false;
  return true;
}

/**
 * The sentences of a text, in order, each without its surrounding spaces, with the paragraph it
 * belongs to. `text.slice(s.start, s.end)` is the sentence.
 */
export function sentenceSpans(text: string, lang: DraftLanguage): SentenceSpan[] {
  const regions = quotedRegions(pairQuotationMarks(text));
  const sentences: SentenceSpan[] = [];
  paragraphSpans(text).forEach((para, paragraph) => {
    let start = para.start;
    for (let i = para.start; i < para.end; i++) {
      if (!/[.!?…]/.test(text[i]!)) continue;
      let j = i + 1;
      while (j < para.end && /[.!?…]/.test(text[j]!)) j++;
      while (j < para.end && CLOSERS.test(text[j]!)) j++;
      // Trailing spaces inside the closers belong to the next sentence's start.
      let end = j;
      while (end > i + 1 && /[\u00a0\u202f\u2009]/.test(text[end - 1]!)) end--;
      if (j >= para.end) break;
      if (!/\s/.test(text[j]!)) continue;
      let next = j;
      while (next < para.end && /\s/.test(text[next]!)) next++;
      if (!STARTER.test(text[next]!)) continue;
      if (inside(regions, i, j)) continue;
      if (!endsSentence(text, i, next, lang)) continue;
      sentences.push({ start, end, paragraph });
      start = next;
      i = next - 1;
    }
    if (start < para.end) sentences.push({ start, end: para.end, paragraph });
  });
  return sentences;
}

/** The index of the sentence that holds offset `at`, or -1. */
export function sentenceAt(sentences: SentenceSpan[], at: number): number {
  return sentences.findIndex((s) => s.start <= at && at < s.end);
}
