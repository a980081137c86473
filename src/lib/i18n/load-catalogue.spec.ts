import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { loadCatalogue } from './load-catalogue.ts';
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
  });
});
