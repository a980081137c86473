import { describe, expect, it } from 'vitest';
import { enMore } from './en-more.ts';
import { en } from './en.ts';
import { frMore } from './fr-more.ts';
import { fr } from './fr.ts';
import type { Language } from './messages.ts';
import { loadMoreWords, withMoreWords } from './more-words.ts';

describe('loadMoreWords', () => {
  it.each([
    ['fr', frMore],
    ['en', enMore]
  ] as const)('gives the rest of the %s words', async (lang, catalogue) => {
    expect(await loadMoreWords(lang)).toBe(catalogue);
  });

  it('says which language it has no catalogue for', async () => {
    await expect(loadMoreWords('de' as Language)).rejects.toThrow(
      'No catalogue for the language "de"'
    );
  });
});

describe('withMoreWords', () => {
  it.each([
    ['fr', fr, frMore],
    ['en', en, enMore]
  ] as const)(
    'adds the rest of the %s words to the parent’s locale',
    async (lang, reading, more) => {
      const { locale } = await withMoreWords(async () => ({
        locale: { lang, catalogue: reading }
      }));
      expect(locale.lang).toBe(lang);
      expect(locale.catalogue).toEqual({ ...reading, ...more });
    }
  );
});
