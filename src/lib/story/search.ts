/**
 * Finding events by their words: titles, summaries, quotes, speakers and actors' names, with
 * case and accents ignored ("choigou" finds "Choïgou"). Every word of the query must begin a
 * word of the event, so that the last word matches while it is being typed.
 *
 * The index is made once, when a story's words arrive, so that a keystroke costs a few binary
 * searches and a pass over the events: at 10,000 events, well under a frame.
 */

/** Letters that decomposition (NFD) does not spell out. */
const SPELLED: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i'
};

const MARKS = /\p{M}/gu;

/** One character (code point) as search reads it: lower case, without accents. */
function foldChar(char: string): string {
  const lower = char.toLowerCase();
  return SPELLED[lower] ?? lower.normalize('NFD').replace(MARKS, '');
}

/** Text as search reads it: lower case, without accents, "œ" as "oe". */
export function fold(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of folded text: runs of letters and digits (an apostrophe or a hyphen parts them). */
export const wordsOf = (folded: string): string[] => folded.match(WORD) ?? [];

/** The words of a query, folded, each once, in the order typed. */
export function queryTerms(query: string): string[] {
  return [...new Set(wordsOf(fold(query)))];
}

/** An event's words for the index: each folded word once, space-separated (what search.json carries). */
export function searchWords(texts: readonly string[]): string {
  return [...new Set(texts.flatMap((text) => wordsOf(fold(text))))].join(' ');
}

/** The first index where `items[i] >= value`, in a sorted array. */
function lowerBound(items: readonly string[], value: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SearchIndex {
  /** Every word of the story, sorted, once. */
  readonly #vocabulary: string[];
  /** For each word of the vocabulary, the events it is in, ascending. */
  readonly #postings: Int32Array[];
  readonly size: number;

  private constructor(vocabulary: string[], postings: Int32Array[], size: number) {
    this.#vocabulary = vocabulary;
    this.#postings = postings;
    this.size = size;
  }

  /** The index of events whose words are given, in order (see searchWords). */
  static build(eventWords: readonly string[]): SearchIndex {
    const byWord = new Map<string, number[]>();
    eventWords.forEach((words, event) => {
      for (const word of words.split(' ')) {
        if (!word) continue;
        const events = byWord.get(word);
        // An event's words are unique (searchWords), but an index built from raw text is not.
        if (!events) byWord.set(word, [event]);
        else if (events.at(-1) !== event) events.push(event);
      }
    });
    const vocabulary = [...byWord.keys()].sort();
    return new SearchIndex(
      vocabulary,
      vocabulary.map((word) => Int32Array.from(byWord.get(word)!)),
      eventWords.length
    );
  }

  /**
   * The events in which every term begins some word, ascending; all events for no term. A term
   * is folded text (see queryTerms).
   */
  match(terms: readonly string[]): number[] {
    if (terms.length === 0) return Array.from({ length: this.size }, (_, i) => i);
    // hits[e] counts the terms matched so far: an event must match term t to count for t + 1.
    const hits = new Uint8Array(this.size);
    terms.forEach((term, t) => {
      for (let w = lowerBound(this.#vocabulary, term); w < this.#vocabulary.length; w++) {
        if (!this.#vocabulary[w]!.startsWith(term)) break;
        for (const event of this.#postings[w]!) if (hits[event] === t) hits[event] = t + 1;
      }
    });
    const matches: number[] = [];
    for (let e = 0; e < this.size; e++) if (hits[e] === terms.length) matches.push(e);
    return matches;
  }
}

export interface TextPart {
  text: string;
  /** Whether this part is a matched word's beginning (drawn highlighted). */
  hit: boolean;
}

/**
 * Cuts text into parts, the beginnings of words that a term begins marked as hits, so that a
 * list or a quote can highlight what the search found ("Choïg|ou" for "choig"). The parts
 * joined are the text, verbatim.
 */
export function highlight(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || !text) return text ? [{ text, hit: false }] : [];
  const parts: TextPart[] = [];
  let plainFrom = 0;
  const push = (from: number, to: number, hit: boolean) => {
    if (to <= from) return;
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += text.slice(from, to);
    else parts.push({ text: text.slice(from, to), hit });
  };
  for (const word of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    // The word folded one code point at a time, remembering where each folded char came from.
    const ends: number[] = [];
    let folded = '';
    let at = word.index;
    for (const char of word[0]) {
      at += char.length;
      const f = foldChar(char);
      folded += f;
      for (let i = 0; i < f.length; i++) ends.push(at);
      // A combining accent belongs with the letter before it.
      if (!f && ends.length) ends[ends.length - 1] = at;
    }
    const longest = terms.reduce(
      (best, term) => (term.length > best && folded.startsWith(term) ? term.length : best),
      0
    );
    if (longest === 0) continue;
    push(plainFrom, word.index, false);
    push(word.index, ends[longest - 1]!, true);
    plainFrom = ends[longest - 1]!;
  }
  push(plainFrom, text.length, false);
  return parts;
}
