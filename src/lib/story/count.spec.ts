import { describe, expect, it } from 'vitest';
import { formatCount } from './count.ts';

describe('formatCount', () => {
  const counts = [0, 7, 42, 999, 1000, 1001, 10_000, 99_999, 123_456, 1_234_567, 2 ** 40];

  it('groups digits by three as Intl.NumberFormat does in French, by default and for French', () => {
    const intl = new Intl.NumberFormat('fr');
    for (const n of counts) {
      expect(formatCount(n)).toBe(intl.format(n));
      expect(formatCount(n, 'fr')).toBe(intl.format(n));
    }
  });

  it.each(['en', 'en-GB', 'en-US'])('groups digits as Intl.NumberFormat does in %s', (tag) => {
    const intl = new Intl.NumberFormat(tag);
    for (const n of counts) expect(formatCount(n, tag)).toBe(intl.format(n));
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
