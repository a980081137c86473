import { describe, expect, it } from 'vitest';
import {
  eventDates,
  eventPageData,
  storyPageData,
  type DatedEvent,
  type EventFacts,
  type SourceDocument,
  type StoryFacts
} from './structured-data.ts';

describe('eventDates', () => {
  it.each<{ name: string; date: DatedEvent; expected: ReturnType<typeof eventDates> }>([
    {
      name: 'a day is its day',
      date: { start: '2023-09-05', end: '2023-09-05', precision: 'day' },
      expected: { startDate: '2023-09-05' }
    },
    {
      name: 'a range of days runs from its first day to its last',
      date: { start: '2023-09-05', end: '2023-09-07', precision: 'days' },
      expected: { startDate: '2023-09-05', endDate: '2023-09-07' }
    },
    {
      name: 'a part of a month is the days it resolves to',
      date: { start: '2023-07-21', end: '2023-07-31', precision: 'part-of-month' },
      expected: { startDate: '2023-07-21', endDate: '2023-07-31' }
    },
    {
      name: 'a month is its month, never its first day',
      date: { start: '2023-07-01', end: '2023-07-31', precision: 'month' },
      expected: { startDate: '2023-07' }
    },
    {
      name: 'a year is its year',
      date: { start: '2023-01-01', end: '2023-12-31', precision: 'year' },
      expected: { startDate: '2023' }
    },
    {
      name: 'a year before the common era keeps its sign and digits',
      date: { start: '-0500-01-01', end: '-0500-12-31', precision: 'year' },
      expected: { startDate: '-0500' }
    },
    {
      name: 'a deep-time year keeps all its digits',
      date: { start: '-13800000000-01-01', end: '-13800000000-12-31', precision: 'year' },
      expected: { startDate: '-13800000000' }
    },
    {
      name: 'a month of year 1 BC',
      date: { start: '0000-02-01', end: '0000-02-29', precision: 'month' },
      expected: { startDate: '0000-02' }
    },
    {
      name: 'a time is local, as the page gives it: no offset, no zone invented',
      date: { start: '2023-09-05', end: '2023-09-05', precision: 'time', time: '13:05' },
      expected: { startDate: '2023-09-05T13:05' }
    },
    {
      name: 'a time a list does not carry is its day',
      date: { start: '2023-09-05', end: '2023-09-05', precision: 'time' },
      expected: { startDate: '2023-09-05' }
    },
    {
      name: 'an unknown date states no date',
      date: { start: '2023-09-01', end: '2023-09-30', precision: 'unknown' },
      expected: {}
    }
  ])('$name', ({ date, expected }) => {
    expect(eventDates(date)).toEqual(expected);
  });

  it('never writes an instant: no "Z", no offset, no seconds', () => {
    for (const precision of ['year', 'month', 'part-of-month', 'days', 'day', 'time'] as const) {
      const { startDate, endDate } = eventDates({
        start: '2023-03-01',
        end: precision === 'day' || precision === 'time' ? '2023-03-01' : '2023-03-31',
        precision,
        time: '23:30'
      });
      for (const d of [startDate, endDate]) if (d) expect(d).not.toMatch(/Z|[+-]\d\d:\d\d$|:\d\d:/);
    }
  });
});

const STORY: StoryFacts = {
  title: 'La Corée du Nord et la Russie',
  lang: 'fr',
  url: 'https://example.org/coree/',
  image: 'https://example.org/coree/share.png',
  published: '2023-09-05',
  outlets: ['AFP', 'Reuters'],
  site: { name: 'Chronologie de l’actualité', url: 'https://example.org/' }
};

const event = (n: number) => ({
  title: `Événement ${n}`,
  start: `2023-09-${String(n).padStart(2, '0')}`,
  end: `2023-09-${String(n).padStart(2, '0')}`,
  precision: 'day' as const,
  url: `https://example.org/coree/e${n}/`
});

describe('storyPageData', () => {
  it('states the story, with its outlets, day, address and image', () => {
    const data = storyPageData(STORY, { offset: 0, total: 2, events: [event(1), event(2)] });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      headline: STORY.title,
      inLanguage: 'fr',
      url: STORY.url,
      image: STORY.image,
      datePublished: '2023-09-05',
      publisher: [
        { '@type': 'Organization', name: 'AFP' },
        { '@type': 'Organization', name: 'Reuters' }
      ]
    });
  });

  it('lists the events it is given, at their places in the whole story', () => {
    const data = storyPageData(
      STORY,
      { offset: 100, total: 250, events: [event(1), event(2)] },
      'https://example.org/coree/liste/2/'
    );
    const list = data.mainEntity as unknown as {
      numberOfItems: number;
      itemListElement: unknown[];
    };
    expect(list.numberOfItems).toBe(250);
    expect(list.itemListElement).toEqual([
      {
        '@type': 'ListItem',
        position: 101,
        item: {
          '@type': 'Event',
          name: 'Événement 1',
          startDate: '2023-09-01',
          url: 'https://example.org/coree/e1/'
        }
      },
      {
        '@type': 'ListItem',
        position: 102,
        item: {
          '@type': 'Event',
          name: 'Événement 2',
          startDate: '2023-09-02',
          url: 'https://example.org/coree/e2/'
        }
      }
    ]);
    // A later page of the list is its own address, part of the story's.
    expect(data.url).toBe('https://example.org/coree/liste/2/');
    expect(data.isPartOf).toContainEqual(expect.objectContaining({ url: STORY.url }));
  });

  it('states no publisher nor day for a story without documents', () => {
    const data = storyPageData(
      { ...STORY, outlets: [], published: undefined },
      { offset: 0, total: 1, events: [event(1)] }
    );
    expect(data).not.toHaveProperty('publisher');
    expect(data).not.toHaveProperty('datePublished');
  });
});

const DOCUMENT: SourceDocument = {
  id: 'depeche',
  name: 'Dépêche AFP du 5 septembre 2023',
  outlet: 'AFP',
  language: 'fr',
  published: '2023-09-05',
  url: 'https://example.org/coree/sources/depeche/'
};

const EVENT: EventFacts = {
  ...event(4),
  summary: 'Un résumé.',
  image: 'https://example.org/coree/e4/share.png',
  quotes: [
    {
      id: 'q1',
      text: '</script><!-- « des armes » \u2028',
      document: 'depeche',
      speaker: { name: 'Jake Sullivan', kind: 'person', role: 'conseiller' }
    },
    {
      id: 'q2',
      text: 'Nous démentons.',
      document: 'depeche',
      speaker: { name: 'Le Kremlin', kind: 'institution', role: 'présidence russe' }
    }
  ],
  attributedQuotes: [{ text: 'One small step', attribution: 'Neil Armstrong' }]
};

describe('eventPageData', () => {
  const data = eventPageData(STORY, EVENT, [DOCUMENT]);
  const main = data.mainEntity as unknown as Record<string, unknown> & { recordedIn: unknown[] };

  it('states the event, its date, its address, and the story it is part of', () => {
    expect(data['@type']).toBe('ItemPage');
    expect(data.url).toBe(EVENT.url);
    expect(data.isPartOf).toMatchObject({ '@type': 'CollectionPage', url: STORY.url });
    expect(main).toMatchObject({
      '@type': 'Event',
      name: 'Événement 4',
      description: 'Un résumé.',
      startDate: '2023-09-04',
      url: EVENT.url
    });
  });

  it('gives each quotation verbatim, with its speaker and the document it stands in', () => {
    expect(main.recordedIn[0]).toEqual({
      '@type': 'Quotation',
      text: EVENT.quotes[0]!.text,
      inLanguage: 'fr',
      url: `${EVENT.url}#q1`,
      spokenByCharacter: { '@type': 'Person', name: 'Jake Sullivan', jobTitle: 'conseiller' },
      isPartOf: {
        '@type': 'NewsArticle',
        name: DOCUMENT.name,
        inLanguage: 'fr',
        datePublished: '2023-09-05',
        publisher: { '@type': 'Organization', name: 'AFP' },
        url: DOCUMENT.url
      }
    });
    expect(main.recordedIn[1]).toMatchObject({
      text: 'Nous démentons.',
      spokenByCharacter: { '@type': 'Organization', name: 'Le Kremlin' }
    });
  });

  it("gives the author's unchecked quotations with their attribution, and no document", () => {
    expect(main.recordedIn[2]).toEqual({
      '@type': 'Quotation',
      text: 'One small step',
      creditText: 'Neil Armstrong'
    });
  });

  it('states no quotations for an event without any', () => {
    const bare = eventPageData(STORY, { ...EVENT, quotes: [], attributedQuotes: [] }, []);
    expect(bare.mainEntity).not.toHaveProperty('recordedIn');
  });

  it('refuses a quote whose document it is not given', () => {
    expect(() => eventPageData(STORY, EVENT, [])).toThrow('quote q1: no document "depeche"');
  });
});
