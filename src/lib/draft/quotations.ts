/**
 * Finds the quotations of a dispatch, as a draft needs them: each quotation's words (without
 * its marks or the spaces French typography puts inside them), which marks enclose it, whether
 * it is a scare quote, and which earlier quotation it goes on with after an attribution.
 *
 * A quotation inside another (‘…’ or “…” within «…») is part of the outer one, not a quotation
 * of its own. A quotation may run over several sentences.
 */
import { cueVerbs, ACCORDING_TO } from './lexicon.ts';
import { pairQuotationMarks, quotedRegions, type QuotationMarks } from './marks.ts';
import { sentenceAt, sentenceSpans, type DraftLanguage, type SentenceSpan } from './sentences.ts';
import type { Span } from '../story/types.ts';

export type { QuotationMarks };

export interface FoundQuotation extends Span {
  /** `text.slice(start, end)`: the words between the marks. */
  text: string;
  marks: QuotationMarks;
  /** One to three words that no one is said to say: a scare quote, a title, a term. */
  scare: boolean;
  /** Index of the quotation this one continues after an attribution ("…», a-t-il dit. «…»). */
  continues?: number;
}

const INNER_SPACE = /[\s\u00a0\u202f\u2009]/u;

/** The sentence's text with every quotation (marks included) blanked out. */
export function unquoted(text: string, sentence: Span, regions: Span[]): string {
  let out = text.slice(sentence.start, sentence.end);
  for (const r of regions) {
    const from = Math.max(r.start, sentence.start) - sentence.start;
    const to = Math.min(r.end, sentence.end) - sentence.start;
    if (from < to) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/**
 * Whether words outside the quotations of a sentence attribute them: a verb of saying, "selon",
 * "according to".
 */
export function hasAttribution(masked: string, lang: DraftLanguage): boolean {
  if (cueVerbs(masked, lang).length > 0) return true;
  return new RegExp(ACCORDING_TO[lang].source, 'iu').test(masked);
}

/** A name or a role and a colon just before a quotation: "M. Renaud : «…»", "Lindqvist: \"…\"". */
export function colonBefore(text: string, from: number, open: number): boolean {
  return /[\p{L}.)][\s\u00a0\u202f]*:[\s\u00a0\u202f]*$/u.test(text.slice(from, open));
}

function wordCount(words: string): number {
  return words.split(/[\s\u00a0\u202f]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function findQuotations(text: string, lang: DraftLanguage): FoundQuotation[] {
  return findQuotationsIn(text, lang, sentenceSpans(text, lang));
}

export function findQuotationsIn(
  text: string,
  lang: DraftLanguage,
  sentences: SentenceSpan[]
): FoundQuotation[] {
  const pairs = pairQuotationMarks(text).filter((p) => p.depth === 0);
  const regions = quotedRegions(pairs);
  const found: (FoundQuotation & { sentence: number; attributed: boolean })[] = [];
  for (const pair of pairs) {
    let start = pair.open + 1;
    let end = pair.close;
    while (start < end && INNER_SPACE.test(text[start]!)) start++;
    while (end > start && INNER_SPACE.test(text[end - 1]!)) end--;
    if (start === end) continue;
    const sentence = sentenceAt(sentences, pair.open);
    const span = sentences[sentence] ?? { start: pair.open, end: pair.close + 1 };
    const attributed =
      hasAttribution(unquoted(text, span, regions), lang) ||
      colonBefore(text, span.start, pair.open);
    const words = text.slice(start, end);
    // A quotation that opens its sentence ("«…».", "Et «…».") is speech, not a scare quote.
    const lead = text.slice(span.start, pair.open).trim();
    const opens = lead === '' || /^(?:et|mais|and|but|puis|then)$/iu.test(lead);
    found.push({
      start,
      end,
      text: words,
      marks: pair.marks,
      scare: !attributed && !opens && wordCount(words) <= 3,
      sentence,
      attributed
    });
  }
  // A quotation in a sentence that attributes nothing goes on with the quotation just before it
  // (same or previous sentence) when that one is attributed or itself goes on with another.
  found.forEach((q, i) => {
    if (q.attributed || q.scare) return;
    for (let j = i - 1; j >= 0; j--) {
      const before = found[j]!;
      if (before.sentence < q.sentence - 1) break;
      if (before.scare) continue;
      if (before.attributed || before.continues !== undefined) q.continues = j;
      break;
    }
  });
  return found.map(({ sentence: _s, attributed: _a, ...q }) => q);
}
