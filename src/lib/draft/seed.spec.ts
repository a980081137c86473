/**
 * The seed story as a regression: drafting its documents finds the quotations its story.json
 * lists, at exactly its offsets, with the speakers it names (compared by name, not id).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseName } from './people.ts';
import { findQuotations } from './quotations.ts';
import { attributeSpeakers } from './speakers.ts';

const folder = 'content/stories/coree-du-nord-russie-armes/';
const story = JSON.parse(readFileSync(folder + 'story.json', 'utf8')) as {
  documents: { id: string; file: string; language: 'fr' | 'en' }[];
  actors: { id: string; name: string; role: string }[];
  events: {
    quotes: {
      document: string;
      text: string;
      start: number;
      end: number;
      speaker: string;
      outlet?: string;
    }[];
  }[];
};
const actorName = new Map(story.actors.map((a) => [a.id, a.name]));
const quotes = story.events.flatMap((e) => e.quotes);

describe('the seed story, drafted again', () => {
  for (const doc of story.documents) {
    const text = readFileSync(folder + doc.file, 'utf8');
    const expected = quotes.filter((q) => q.document === doc.id).sort((a, b) => a.start - b.start);
    const found = findQuotations(text, doc.language);

    it(`${doc.file}: finds the story's ${expected.length} quotations at their offsets, and no others`, () => {
      expect(found.map((q) => [q.start, q.end, q.text])).toEqual(
        expected.map((q) => [q.start, q.end, q.text])
      );
      expect(found.filter((q) => q.scare)).toEqual([]);
    });

    it(`${doc.file}: names the story's speakers`, () => {
      // The second document names the Kremlin's spokesman only by his role: it is read with the
      // story's actors known, as a document added to an existing story is.
      const known =
        doc === story.documents[0] ? [] : story.actors.map(({ name, role }) => ({ name, role }));
      const speakers = attributeSpeakers(text, found, doc.language, { known });
      expect(speakers.map((s) => normaliseName(s.speaker?.name ?? '?'))).toEqual(
        expected.map((q) => normaliseName(actorName.get(q.speaker)!))
      );
      expect(speakers.map((s) => s.outlet ?? null)).toEqual(expected.map((q) => q.outlet ?? null));
    });
  }
});
