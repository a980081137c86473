/**
 * The article as the workshop shows it: cut into pieces, each plain text or inside a quotation
 * or a date expression (or both: a date quoted), so that the page draws each piece as an
 * element with text, never as markup. Characters that reorder text (bidirectional embeddings,
 * overrides and isolates) are pieces of their own, which the page shows as visible, inert
 * markers ("U+202E") in place of the character: pasted text cannot turn itself around.
 * No import: the page draws with it before the engine has loaded.
 */
export interface TextPiece {
  start: number;
  end: number;
  text: string;
  /** The id of the quote it is in. */
  quote?: string;
  /** The index, in the date list, of the expression it is in. */
  date?: number;
  /** A reordering control: its code point, "U+202E". */
  control?: string;
}

/** Bidi embeddings, overrides, isolates and marks. */
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const codePoint = (ch: string): string =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The text in pieces: a cut wherever a quotation or a date starts or ends, and around each
 * control character. Spans that overlap without nesting are drawn as far as they go.
 */
export function textPieces(
  text: string,
  quotes: readonly { id: string; start: number; end: number }[],
  dates: readonly { start: number; end: number }[]
): TextPiece[] {
  const cuts = new Set([0, text.length]);
  for (const s of [...quotes, ...dates]) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  for (const m of text.matchAll(CONTROLS)) {
    cuts.add(m.index);
    cuts.add(m.index + 1);
  }
  const at = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const start = at[i]!;
    const end = at[i + 1]!;
    const piece: TextPiece = { start, end, text: text.slice(start, end) };
    const quote = quotes.find((q) => q.start <= start && end <= q.end);
    if (quote) piece.quote = quote.id;
    const date = dates.findIndex((d) => d.start <= start && end <= d.end);
    if (date >= 0) piece.date = date;
    if (end - start === 1 && CONTROLS.test(piece.text)) piece.control = codePoint(piece.text);
    CONTROLS.lastIndex = 0;
    pieces.push(piece);
  }
  return pieces;
}

/** Text for where no element can go (an <option>): each reordering control as "[U+202E]". */
export const inertString = (text: string): string =>
  text.replace(CONTROLS, (ch) => `[${codePoint(ch)}]`);
