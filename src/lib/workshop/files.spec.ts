import { describe, expect, it } from 'vitest';
import { draftStory } from '../draft/draft.ts';
import { checkStory } from './check.ts';
import { articleBytes, readArticle, reopenStory, storyJson } from './files.ts';

describe('an article’s bytes', () => {
  it.each([
    ['CR LF line ends', 'Ligne une.\r\nLigne deux.\r\n'],
    ['a byte-order mark', '\uFEFFTexte.'],
    ['decomposed accents (NFD)', 'Le ministre a de\u0301clare\u0301.'],
    ['a bidi override', 'a\u202Eb']
  ])('are read back as the build reads them: %s', (_, text) => {
    expect(readArticle(articleBytes(text))).toEqual({ text });
  });

  it('that are not UTF-8 are refused, not read with replacement characters', () => {
    expect(readArticle(new Uint8Array([0x4c, 0xe9, 0x20]))).toEqual({ error: 'not-utf8' });
  });
});

describe('reopening a draft', () => {
  const text = 'Le président a déclaré mardi : « Nous viendrons. »\n';
  const { story } = draftStory({
    text,
    fileName: 'article.fr.txt',
    published: '2024-03-14',
    outlet: 'AFP',
    lang: 'fr'
  });

  it('gives back the story and its article’s settings from story.json', () => {
    const reopened = reopenStory(storyJson(story));
    expect(reopened).toEqual({
      story,
      fileName: 'article.fr.txt',
      published: '2024-03-14',
      outlet: 'AFP',
      lang: 'fr'
    });
    expect(checkStory(story, 'article.fr.txt', text).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{ "id": ', 'json'],
    ['not a story', '[1, 2]', 'shape'],
    ['two documents', JSON.stringify({ documents: [{}, {}], events: [], actors: [] }), 'documents']
  ])('says why it cannot: %s', (_, json, error) => {
    expect(reopenStory(json)).toMatchObject({ error });
  });

  it('shows the build’s own message when the article beside it is another text', () => {
    const result = checkStory(story, 'article.fr.txt', text.replace('mardi', 'jeudi'));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.join('\n')).toMatch(/article\.fr\.txt|mardi/);
  });
});
