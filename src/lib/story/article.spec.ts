import { describe, expect, it } from 'vitest';
import { loadStories } from '../server/stories.ts';
import { toArticleView } from './article.ts';

const story = loadStories().find((s) => s.id === 'coree-du-nord-russie-armes')!;
const paragraphs = toArticleView(story);
const joined = (p: (typeof paragraphs)[number]) => p.segments.map((s) => s.text).join('');

describe('the article page’s view of the seed dispatch', () => {
  it('keeps every character of every paragraph, in order', () => {
    const lines = story.documents[0]!.text.split('\n').filter((l) => l !== '');
    expect(paragraphs.map(joined)).toEqual(lines);
  });

  it('shows the subheading as a heading and the rest as paragraphs', () => {
    const headings = paragraphs.filter((p) => p.kind === 'heading').map(joined);
    expect(headings).toEqual(["Obus d'artillerie et des missiles antichars"]);
  });

  it('shows the repeated passage and the stray credit as they stand, and flags the repeat', () => {
    const repeated = paragraphs.filter((p) => p.repeats !== undefined);
    expect(repeated.map((p) => [p.id, p.repeats])).toEqual([['paragraphe-7', 2]]);
    expect(joined(repeated[0]!)).toMatch(/^Lundi, la Maison Blanche a affirmé/);
    expect(joined(paragraphs[1]!)).toMatch(/Vladimir Poutine\. AFP$/);
  });

  it('marks all ten quotations, each tied to its event', () => {
    const quotes = paragraphs.flatMap((p) => p.segments.filter((s) => s.kind === 'quote'));
    expect(quotes).toHaveLength(10);
    expect(quotes.find((q) => q.id === 'peskov-rien-a-dire')).toMatchObject({
      event: 'le-kremlin-refuse-de-confirmer-le-sommet',
      speaker: 'Dmitri Peskov'
    });
  });

  it('marks the date expressions with the dates they resolve to', () => {
    const dates = paragraphs.flatMap((p) => p.segments.filter((s) => s.kind === 'date'));
    expect(dates.map((d) => [d.text, d.kind === 'date' && d.resolvedLabel])).toEqual([
      ['mardi', 'mardi 5 septembre 2023'],
      ['Lundi', 'lundi 4 septembre 2023'],
      ['mardi', 'mardi 5 septembre 2023'],
      ['lundi', 'lundi 4 septembre 2023'],
      ['fin juillet', 'fin juillet 2023']
    ]);
  });
});
