import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory } from '../server/stories.ts';
import {
  LIST_PAGE_SIZE,
  listPageCount,
  listPageNumber,
  toEventView,
  toListPage,
  toMediaView,
  toStorySummary
} from './page-data.ts';
import type { Story, StoryDocument } from './types.ts';

/** The small valid fixture: two events of one dispatch of 5 September 2023. */
const seed = readStory(path.resolve('src/lib/server/fixtures/stories/valid')).story!;
/** The fixture, its events repeated under new slugs: a story of n events. */
function longStory(n: number): Story {
  const events = Array.from({ length: n }, (_, i) => ({
    ...seed.events[i % seed.events.length]!,
    slug: `evenement-${i + 1}`
  }));
  return { ...seed, events };
}

describe('the chronological list, page by page', () => {
  it('is one page for a short story', () => {
    const page = toListPage(seed, 1)!;
    expect(page).toMatchObject({ number: 1, pages: 1, total: 2, offset: 0 });
    expect(page.events.map((e) => e.slug)).toEqual(seed.events.map((e) => e.slug));
    expect(toListPage(seed, 2)).toBeUndefined();
  });

  it('gives every event of a long story exactly one page, in order', () => {
    const story = longStory(2 * LIST_PAGE_SIZE + 7);
    expect(listPageCount(story.events.length)).toBe(3);
    const slugs = [1, 2, 3].flatMap((n) => toListPage(story, n)!.events.map((e) => e.slug));
    expect(slugs).toEqual(story.events.map((e) => e.slug));
    expect(toListPage(story, 3)).toMatchObject({ offset: 2 * LIST_PAGE_SIZE, pages: 3 });
    for (const bad of [0, 4, 1.5, Number.NaN]) expect(toListPage(story, bad)).toBeUndefined();
  });

  it('opens an event on the page that holds it', () => {
    const story = longStory(250);
    const listPageOf = (index: number) => toListPage(story, listPageNumber(index))!;
    expect(listPageOf(0).number).toBe(1);
    expect(listPageOf(LIST_PAGE_SIZE - 1).number).toBe(1);
    expect(listPageOf(LIST_PAGE_SIZE).number).toBe(2);
    const page = listPageOf(249);
    expect(page.number).toBe(3);
    expect(page.events.map((e) => e.slug)).toContain('evenement-250');
  });

  it('summarises a story by its count, not its events', () => {
    const summary = toStorySummary(longStory(300));
    expect(summary.eventCount).toBe(300);
    const size = (n: number) => JSON.stringify(toStorySummary(longStory(n))).length;
    expect(size(300)).toBe(size(100));
    expect(toStorySummary(seed).lastDayLabel).toBe('mardi 5 septembre 2023');
  });
});

describe('a story of several documents', () => {
  const later: StoryDocument = {
    ...seed.documents[0]!,
    id: 'suite',
    file: 'suite.fr.txt',
    outlet: 'Libération',
    credit: 'Libération avec AFP',
    published: { date: '2023-09-12', time: '08:30', timeZone: 'Europe/Paris' },
    url: 'https://www.liberation.fr/suite/'
  };
  const story: Story = { ...seed, documents: [seed.documents[0]!, later] };

  it('takes its outlet and publication date from its latest document, and names each', () => {
    const summary = toStorySummary(story);
    expect([summary.outlet, summary.published, summary.publishedLabel]).toEqual([
      'Libération',
      '2023-09-12',
      'mardi 12 septembre 2023'
    ]);
    expect(summary.documents.map((d) => [d.id, d.published, d.time, d.timeZone])).toEqual([
      ['depeche', '2023-09-05', undefined, undefined],
      ['suite', '2023-09-12', '08:30', 'Europe/Paris']
    ]);
    expect(JSON.stringify(summary)).not.toContain('Lundi, le ministre'); // no text
  });
});

describe('what the panel will need of an event', () => {
  it('says what the event stands on, and in which document each quote and passage is', () => {
    const view = toEventView(seed, 'le-ministre-annonce')!;
    expect(view.basis).toBe('documents');
    expect(view.dateBasis).toBe('document');
    expect(view.expression?.document).toBe('depeche');
    expect(view.quotes.map((q) => [q.id, q.document])).toEqual([['nous-partons', 'depeche']]);
    expect(view.passages.map((p) => p.document)).toEqual(['depeche']);
  });

  it('carries an event that rests on evidence, with a time and its zone', () => {
    const [first, second] = seed.events;
    const evidence = { note: 'Selon Reuters.', sources: [{ outlet: 'Reuters' }] };
    const story: Story = {
      ...seed,
      events: [
        first!,
        {
          ...second!,
          passages: [],
          basis: 'evidence',
          evidence,
          date: { ...second!.date, precision: 'time', time: '13:05', timeZone: 'Asia/Vladivostok' }
        }
      ]
    };
    const view = toEventView(story, second!.slug)!;
    expect(view).toMatchObject({
      basis: 'evidence',
      evidence,
      passages: [],
      time: '13:05',
      timeZone: 'Asia/Vladivostok'
    });
  });

  it.each([
    {
      media: { file: 'media/photo du train.jpg', alt: 'Le train', credit: 'KCNA' },
      view: {
        kind: 'image',
        src: '/mini/media/photo%20du%20train.jpg',
        alt: 'Le train',
        credit: 'KCNA'
      }
    },
    {
      media: { url: 'https://tass.com/politics/1674885', caption: 'La dépêche de TASS' },
      view: {
        kind: 'link',
        url: 'https://tass.com/politics/1674885',
        host: 'tass.com',
        caption: 'La dépêche de TASS'
      }
    }
  ])('shows a media item: $view.kind', ({ media, view }) => {
    expect(toMediaView('mini', media)).toEqual(view);
  });
});

describe('the counts a reader reads, written as the story’s language writes them', () => {
  const french = longStory(10_000);
  const english: Story = { ...french, language: 'en' };
  it.each([
    {
      story: french,
      labels: {
        number: '11',
        pages: '100',
        first: '1\u202f001',
        last: '1\u202f100',
        total: '10\u202f000'
      },
      eventCount: '10\u202f000'
    },
    {
      story: english,
      labels: { number: '11', pages: '100', first: '1,001', last: '1,100', total: '10,000' },
      eventCount: '10,000'
    }
  ])(
    'in $story.language: the list’s 11th page and the story’s count',
    ({ story, labels, eventCount }) => {
      expect(toListPage(story, 11)!.labels).toEqual(labels);
      expect(toStorySummary(story).eventCountLabel).toBe(eventCount);
    }
  );

  it('on the last page, up to the last event', () => {
    expect(toListPage(longStory(1_234), 13)!.labels).toEqual({
      number: '13',
      pages: '13',
      first: '1\u202f201',
      last: '1\u202f234',
      total: '1\u202f234'
    });
  });
});

describe('a story without documents or actors (an imported timeline)', () => {
  const imported = readStory(
    path.resolve('src/lib/server/fixtures/stories/valid-without-documents')
  ).story!;

  it('has no source, no publication date, and says nothing of them', () => {
    const summary = toStorySummary(imported);
    expect(summary).not.toHaveProperty('outlet');
    expect(summary).not.toHaveProperty('published');
    expect(summary).not.toHaveProperty('publishedLabel');
    expect(summary.outlets).toEqual([]);
    expect(summary.documents).toEqual([]);
    expect(JSON.stringify(summary)).not.toContain('undefined');
  });

  it('carries its introduction and its media', () => {
    const summary = toStorySummary(imported);
    expect(summary.introduction).toEqual(imported.introduction);
    expect(summary.media).toEqual([
      { kind: 'link', url: 'http://exemple.fr/carte', host: 'exemple.fr', caption: 'La carte' }
    ]);
  });

  it('gives each event its rich text, its own date words, unchecked quotations and background', () => {
    const war = toEventView(imported, 'la-guerre')!;
    expect(war.body).toEqual(imported.events[0]!.body);
    expect(war.background).toEqual({ color: '#1a2b3c' });
    expect(war.actors).toEqual([]);
    expect(war.dateLabel).toBe('1939–1945');
    const step = toEventView(imported, 'le-premier-pas')!;
    expect(step.displayDate).toBe('Été 1969');
    expect(step.dateLabel).toBe('juin–août 1969');
    expect(step.attributedQuotes).toEqual([
      { text: "Un petit pas pour l'homme", attribution: 'Neil Armstrong' }
    ]);
    expect(step.quotes).toEqual([]);
    expect(JSON.stringify(step)).not.toContain('undefined');
  });
});
