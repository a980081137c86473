import { describe, expect, it } from 'vitest';
import { eventsOfTotal, formatCount } from './count.ts';

describe('formatCount', () => {
  it('groups digits by three as fr-FR does', () => {
    for (const n of [0, 7, 42, 999, 1000, 1001, 10_000, 99_999, 123_456, 1_234_567, 2 ** 40])
      expect(formatCount(n)).toBe(n.toLocaleString('fr-FR'));
    expect(formatCount(10_000)).toBe('10\u202f000');
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
