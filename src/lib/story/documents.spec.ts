import { describe, expect, it } from 'vitest';
import { documentById, latestDocument, storyPublished } from './documents.ts';
import type { StoryDocument } from './types.ts';

const doc = (id: string, date: string): StoryDocument => ({
  id,
  file: `${id}.txt`,
  outlet: 'AFP',
  credit: 'AFP',
  language: 'fr',
  published: { date },
  text: 'Texte.'
});

describe("a story's documents", () => {
  const documents = [
    doc('premiere', '2023-09-05'),
    doc('suite', '2023-09-12'),
    doc('autre', '2023-09-12')
  ];

  it("takes the latest document's date as the story's, the first of that day", () => {
    expect(latestDocument({ documents })?.id).toBe('suite');
    expect(storyPublished({ documents })).toBe('2023-09-12');
    expect(storyPublished({ documents: [doc('seule', '2020-01-01')] })).toBe('2020-01-01');
  });

  it('has no latest document and no date for a story without documents', () => {
    expect(latestDocument({ documents: [] })).toBeUndefined();
    expect(storyPublished({ documents: [] })).toBeUndefined();
  });

  it('compares the days on the calendar, expanded years included', () => {
    expect(
      storyPublished({ documents: [doc('ancienne', '-0500-01-01'), doc('recente', '-0100-01-01')] })
    ).toBe('-0100-01-01');
  });

  it('finds a document by id, and says so when there is none', () => {
    expect(documentById({ documents }, 'autre').published.date).toBe('2023-09-12');
    expect(() => documentById({ documents }, 'absente')).toThrow('No document "absente"');
  });
});
