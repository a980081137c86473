import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../story/types.ts';
import { exportStory, leadStory } from './export.ts';
import { readStory } from './stories.ts';

const valid = readStory(path.resolve('src/lib/server/fixtures/stories/valid')).story!;
const imported = readStory(
  path.resolve('src/lib/server/fixtures/stories/valid-without-documents')
).story!;
const publishedOn = (id: string, date: string): Story => ({
  ...valid,
  id,
  documents: valid.documents.map((d) => ({ ...d, published: { date } }))
});

describe('the lead story', () => {
  it('is the most recently published, the first by id among equals', () => {
    const stories = [
      publishedOn('b', '2023-09-05'),
      publishedOn('c', '2023-09-12'),
      publishedOn('a', '2023-09-12')
    ];
    expect(leadStory(stories).id).toBe('a');
  });

  it('is a story with documents rather than one without, whatever their ids', () => {
    expect(leadStory([{ ...imported, id: 'a' }, publishedOn('z', '1990-01-01')]).id).toBe('z');
  });

  it('is the first by id when no story has documents', () => {
    expect(
      leadStory([
        { ...imported, id: 'b' },
        { ...imported, id: 'a' }
      ]).id
    ).toBe('a');
  });
});

describe('the export of a story without documents', () => {
  it('keeps its rich text as nodes and says nothing is undefined', () => {
    const exported = exportStory(imported);
    expect(exported.documents).toEqual([]);
    expect(exported.events[0]!.path).toBe('/valid-without-documents/la-guerre/');
    expect(exported.introduction?.[0]).toMatchObject({ tag: 'p' });
    expect(JSON.stringify(exported)).not.toContain('undefined');
  });
});
