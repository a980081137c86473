import { describe, expect, it } from 'vitest';
import { enMore } from './en-more.ts';
import { en } from './en.ts';
import { frMore } from './fr-more.ts';
import { fr } from './fr.ts';
import { loadCatalogue, loadMoreWords, withMoreWords } from './load-catalogue.ts';
import type { Language } from './messages.ts';

describe('loadCatalogue', () => {
  it.each([
    ['fr', fr],
    ['en', en]
  ] as const)('gives the %s reading words', async (lang, catalogue) => {
    expect(await loadCatalogue(lang)).toBe(catalogue);
  });

  it('says which language it has no catalogue for', async () => {
    await expect(loadCatalogue('de' as Language)).rejects.toThrow(
      'No catalogue for the language "de"'
    );
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
