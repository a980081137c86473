import { describe, expect, it } from 'vitest';
import { findDates } from './highlights.ts';

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
