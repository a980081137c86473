/**
 * Pairs the quotation marks of a text: «…», “…”, „…“, ‹…›, ‘…’, "…" and '…', nested or not.
 * Straight marks and ’ are ambiguous (the same sign opens and closes; ’ is also the apostrophe),
 * so each is read from what flanks it: a mark after a space and before a word opens, one after a
 * word and before a space or punctuation closes, and ’ or ' between two letters is an apostrophe.
 * Marks do not pair across paragraphs (lines): an opener left unclosed at a line's end is dropped.
 */
import type { Span } from '../story/types.ts';

export type QuotationMarks = '«»' | '“”' | '„“' | '‹›' | '‘’' | '""' | "''";

export interface PairedMarks {
  /** Offset of the opening mark; `close` that of the closing one. */
  open: number;
  close: number;
  marks: QuotationMarks;
  /** 0 for a quotation, 1 for one inside it, and so on. */
  depth: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /[\s\u00a0\u202f\u2009]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}

/** Before an opening mark: an edge, a space, an opening bracket or another mark, or a dash. */
function opensAfter(ch: string | undefined): boolean {
  return isSpaceOrEdge(ch) || (ch !== undefined && /[([{«“„‹‘"'—–\-/]/.test(ch));
}

interface Open {
  at: number;
  marks: QuotationMarks;
}

export function pairQuotationMarks(text: string): PairedMarks[] {
  const pairs: PairedMarks[] = [];
  let stack: Open[] = [];
  const close = (marks: QuotationMarks, at: number): boolean => {
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i]!.marks !== marks) continue;
      pairs.push({ open: stack[i]!.at, close: at, marks, depth: i });
      stack = stack.slice(0, i);
      return true;
    }
    return false;
  };
  const isOpen = (marks: QuotationMarks) => stack.some((o) => o.marks === marks);

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const before = text[i - 1];
    const after = text[i + 1];
    switch (ch) {
      case '\n':
        stack = [];
        break;
      case '«':
        stack.push({ at: i, marks: '«»' });
        break;
      case '»':
        close('«»', i);
        break;
      case '‹':
        stack.push({ at: i, marks: '‹›' });
        break;
      case '›':
        close('‹›', i);
        break;
      case '“':
        // „…“ (German style) closes with “; otherwise “ opens.
        if (isOpen('„“') && !opensAfter(before)) close('„“', i);
        else stack.push({ at: i, marks: '“”' });
        break;
      case '„':
        stack.push({ at: i, marks: '„“' });
        break;
      case '”':
        if (!close('“”', i)) close('„“', i);
        break;
      case '‘':
        if (opensAfter(before) && !isSpaceOrEdge(after)) stack.push({ at: i, marks: '‘’' });
        break;
      case '’':
      case "'": {
        const marks: QuotationMarks = ch === '’' ? '‘’' : "''";
        if (isLetter(before) && isLetter(after)) break; // an apostrophe: l’image, can't
        if (ch === "'" && opensAfter(before) && isLetter(after)) {
          stack.push({ at: i, marks });
          break;
        }
        if (!isSpaceOrEdge(before) && !isLetter(after) && isOpen(marks)) close(marks, i);
        break;
      }
      case '"': {
        const left = opensAfter(before) && !isSpaceOrEdge(after);
        const right = !isSpaceOrEdge(before) && !isLetter(after);
        if (right && isOpen('""')) close('""', i);
        else if (left) stack.push({ at: i, marks: '""' });
        else if (isOpen('""')) close('""', i);
        break;
      }
    }
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/** The spans inside the outermost pairs, marks included: text no attribution is read in. */
export function quotedRegions(pairs: PairedMarks[]): Span[] {
  return pairs.filter((p) => p.depth === 0).map((p) => ({ start: p.open, end: p.close + 1 }));
}
