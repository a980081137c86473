import { describe, expect, it } from 'vitest';
import { inertString, textPieces } from './text-pieces.ts';

describe('the article in pieces', () => {
  it('cuts at quotations and dates, a date inside a quotation in both', () => {
    const text = 'Il a dit : « Nous partons lundi. » Fin.';
    const q = { id: 'q1', start: text.indexOf('Nous'), end: text.indexOf(' »') };
    const d = { start: text.indexOf('lundi'), end: text.indexOf('lundi') + 5 };
    const pieces = textPieces(text, [q], [d]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.quote === 'q1').map((p) => p.text)).toEqual([
      'Nous partons ',
      'lundi',
      '.'
    ]);
    expect(pieces.find((p) => p.date === 0)).toMatchObject({ text: 'lundi', quote: 'q1' });
  });

  it('makes each reordering control a piece of its own, named by its code point', () => {
    const text = 'a\u202Eexe.txt\u202C \u2067b\u2069';
    const controls = textPieces(text, [], []).filter((p) => p.control);
    expect(controls.map((p) => p.control)).toEqual(['U+202E', 'U+202C', 'U+2067', 'U+2069']);
    expect(
      textPieces(text, [], [])
        .map((p) => p.text)
        .join('')
    ).toBe(text);
  });
});

describe('text where no element can go', () => {
  it('names each reordering control in place of the character', () => {
    expect(inertString('a\u202Eb\u2069c')).toBe('a[U+202E]b[U+2069]c');
    expect(inertString('sans contrôle')).toBe('sans contrôle');
  });
});
