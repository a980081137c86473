import { describe, expect, it } from 'vitest';
import { SLUG_LENGTH, slugOf } from './slug.ts';

describe('slugOf', () => {
  it.each([
    ['Jake Sullivan', 'jake-sullivan'],
    [
      'Le ministre russe de la Défense, Sergueï Choïgou',
      'le-ministre-russe-de-la-defense-serguei-choigou'
    ],
    ['Locuteur à identifier', 'locuteur-a-identifier']
  ])('%s → %s', (text, slug) => {
    expect(slugOf(text)).toBe(slug);
  });

  it('cuts a long one at a whole word', () => {
    const words = `${'x'.repeat(30)} ${'y'.repeat(30)} ${'z'.repeat(30)}`;
    expect(slugOf(words)).toBe(`${'x'.repeat(30)}-${'y'.repeat(30)}`);
  });

  it('cuts one long word at the length', () => {
    expect(slugOf('a'.repeat(120))).toBe('a'.repeat(SLUG_LENGTH));
  });

  it('gives nothing for no letter or digit', () => {
    expect(slugOf('« »')).toBe('');
  });
});
