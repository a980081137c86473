import { describe, expect, it } from 'vitest';
import { eventsOfTotal, formatCount } from './count.ts';

describe('formatCount', () => {
  it('groups digits by three as fr-FR does, by default and for French', () => {
    for (const n of [0, 7, 42, 999, 1000, 1001, 10_000, 99_999, 123_456, 1_234_567, 2 ** 40]) {
      expect(formatCount(n)).toBe(n.toLocaleString('fr-FR'));
      expect(formatCount(n, 'fr')).toBe(n.toLocaleString('fr-FR'));
    }
  });

  it('groups digits by three with commas in English, as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 10_000, 123_456, 1_234_567, 2 ** 40])
      expect(formatCount(n, 'en')).toBe(n.toLocaleString('en-US'));
  });

  it.each([
    { n: 10_000, locale: undefined, text: '10\u202f000' },
    { n: 10_000, locale: 'fr', text: '10\u202f000' },
    { n: 10_000, locale: 'fr-FR', text: '10\u202f000' },
    { n: 10_000, locale: 'en', text: '10,000' },
    { n: 10_000, locale: 'en-GB', text: '10,000' },
    { n: 1_234_567, locale: 'en', text: '1,234,567' },
    { n: 999, locale: 'en', text: '999' },
    // The site's own language, which the sentence around the count is written in.
    { n: 10_000, locale: 'de', text: '10\u202f000' }
  ])('writes $n in $locale as $text', ({ n, locale, text }) => {
    expect(formatCount(n, locale)).toBe(text);
  });

  it('refuses what is not a count', () => {
    for (const n of [-1, 1.5, Number.NaN, Infinity])
      expect(() => formatCount(n)).toThrow(RangeError);
  });
});

describe('eventsOfTotal', () => {
  const rows: [number, number, string][] = [
    [0, 8, 'aucun événement sur 8'],
    [1, 8, '1 événement sur 8'],
    [2, 8, '2 événements sur 8'],
    [1234, 10_000, '1\u202f234 événements sur 10\u202f000']
  ];
  for (const [shown, total, expected] of rows)
    it(`${shown} of ${total} → ${expected}`, () =>
      expect(eventsOfTotal(shown, total)).toBe(expected));
});
