import { describe, expect, it } from 'vitest';
import { findDates, textPieces } from './highlights.ts';

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

describe('the dates of an article', () => {
  it('are at the article’s own offsets, decomposed accents included', () => {
    const text = 'De\u0301claration faite mardi dernier.';
    const [date] = findDates(text, '2024-03-14', 'fr');
    expect(text.slice(date!.start, date!.end)).toBe(date!.text);
    expect(date!.text).toMatch(/^mardi/);
    expect(date!.resolved?.start).toBe('2024-03-12');
  });

  it('mark vague ones vague, pinned to no day', () => {
    const [date] = findDates('Une réponse viendra dans les prochains jours.', '2024-03-14', 'fr');
    expect(date).toMatchObject({ vague: true, resolved: null });
  });
});
