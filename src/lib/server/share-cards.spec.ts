import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatePrecision, Story } from '../story/types.ts';
import { eventShareCard, storyShareCard } from './share-cards.ts';
import { readStory } from './stories.ts';

const valid = readStory(path.resolve('src/lib/server/fixtures/stories/valid')).story!;

/** The valid fixture's story with events on these dates, in this (chronological) order. */
function storyOn(
  ...dates: (readonly [start: string, end: string, precision: DatePrecision])[]
): Story {
  const [model] = valid.events;
  return {
    ...valid,
    events: dates.map(([start, end, precision], i) => ({
      ...model!,
      slug: `evenement-${i}`,
      date: { start, end, precision, basis: 'other-sources' }
    }))
  };
}

describe('the story’s share card', () => {
  it.each([
    {
      name: 'a first event that lasts past the others ends the span',
      story: storyOn(['2023-09-01', '2023-09-05', 'days'], ['2023-09-02', '2023-09-02', 'day']),
      dateLabel: 'du 1er au 5 septembre 2023'
    },
    {
      name: 'a span of one day says it once',
      story: storyOn(['2023-09-05', '2023-09-05', 'day'], ['2023-09-05', '2023-09-05', 'day']),
      dateLabel: 'mardi 5 septembre 2023'
    },
    {
      name: 'two days',
      story: storyOn(['2023-09-04', '2023-09-04', 'day'], ['2023-09-05', '2023-09-05', 'day']),
      dateLabel: 'du 4 au 5 septembre 2023'
    },
    {
      name: 'a part of a month, then a day of the next',
      story: storyOn(
        ['2023-08-21', '2023-08-31', 'part-of-month'],
        ['2023-09-05', '2023-09-05', 'day']
      ),
      dateLabel: 'du 21 août au 5 septembre 2023'
    },
    {
      name: 'a month that ends after the last event to start',
      story: storyOn(
        ['2022-12-01', '2022-12-31', 'month'],
        ['2022-12-28', '2023-01-03', 'days'],
        ['2022-12-30', '2022-12-30', 'day']
      ),
      dateLabel: 'du 1er décembre 2022 au 3 janvier 2023'
    }
  ])('spans the story from its earliest day to its latest: $name', ({ story, dateLabel }) => {
    expect(storyShareCard(story).dateLabel).toBe(dateLabel);
  });
});

describe('the story’s share card, in the story’s language', () => {
  const story = storyOn(
    ...Array.from({ length: 1200 }, () => ['2023-09-05', '2023-09-05', 'day'] as const)
  );
  it.each([
    {
      language: 'fr' as const,
      source: 'Dépêche AFP du mardi 5 septembre 2023 · 1\u202f200 événements datés'
    },
    {
      language: 'en' as const,
      source: 'AFP dispatch of Tuesday 5 September 2023 · 1,200 dated events'
    }
  ])('is written as $language writes it', ({ language, source }) => {
    expect(storyShareCard({ ...story, language }).source).toBe(source);
  });
});

describe('the share card of a story of several documents', () => {
  it('names the latest document, and counts the others', () => {
    const first = valid.documents[0]!;
    const later = {
      ...first,
      id: 'suite',
      outlet: 'Libération',
      published: { date: '2023-09-12' }
    };
    const story = { ...valid, documents: [first, later] };
    expect(storyShareCard(story).source).toBe(
      'Dépêche Libération du mardi 12 septembre 2023 et 1 autre source · 2 événements datés'
    );
    expect(
      storyShareCard({ ...story, documents: [first, later, { ...first, id: 'x' }] }).source
    ).toMatch(/ et 2 autres sources · /);
  });
});

describe('an event’s share card, in the story’s language', () => {
  const event = valid.events.find((e) => e.quotes.length > 0)!;
  it.each([
    { language: 'fr' as const, marks: { open: '«\u00a0', close: '\u00a0»' }, date: /^[a-z]+ \d/ },
    { language: 'en' as const, marks: { open: '“', close: '”' }, date: /^[A-Z][a-z]+day \d/ }
  ])('quotes and dates as $language writes them', ({ language, marks, date }) => {
    const card = eventShareCard({ ...valid, language }, event.slug)!;
    expect(card.quote?.marks).toEqual(marks);
    expect(card.dateLabel).toMatch(date);
  });
});

describe('the share cards of a story without documents', () => {
  const imported = readStory(
    path.resolve('src/lib/server/fixtures/stories/valid-without-documents')
  ).story!;

  it('give no source line, only the count on the story’s', () => {
    expect(storyShareCard(imported).source).toBe('2 événements datés');
    const card = eventShareCard(imported, 'la-guerre')!;
    expect(card).not.toHaveProperty('source');
    expect(card.dateLabel).toBe('1939–1945');
    expect(JSON.stringify(card)).not.toContain('undefined');
  });
});
