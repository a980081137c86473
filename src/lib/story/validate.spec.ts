import { describe, expect, it } from 'vitest';
import { textsContext, validateStory, type ValidationContext } from './validate.ts';

/**
 * A small story of two documents: a dispatch of Tuesday 5 September and its follow-up of
 * Tuesday 12 September. "mardi" is the 5th in the first and the 12th in the second.
 */
const FIRST = 'Mardi, le ministre a déclaré «nous partons» à la presse.';
const SECOND = 'Le ministre est arrivé mardi à Paris, selon «une source».';
const at = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { text: words, start, end: start + words.length };
};
const texts = { 'premiere.fr.txt': FIRST, 'suite.fr.txt': SECOND };

function storyFile() {
  return {
    id: 'deux-documents',
    title: 'Deux documents',
    language: 'fr',
    documents: [
      {
        id: 'premiere',
        file: 'premiere.fr.txt',
        outlet: 'AFP',
        credit: 'AFP',
        language: 'fr',
        published: { date: '2023-09-05' }
      },
      {
        id: 'suite',
        file: 'suite.fr.txt',
        outlet: 'Libération',
        credit: 'Libération avec AFP',
        language: 'fr',
        published: { date: '2023-09-12', time: '08:30', timeZone: 'Europe/Paris' }
      }
    ],
    bounds: { start: '2023-01-01', end: '2023-12-31' },
    actors: [
      {
        id: 'ministre',
        name: 'Le ministre',
        kind: 'person',
        role: 'ministre',
        represents: 'France'
      }
    ],
    periods: [{ id: 'le-voyage', label: 'Le voyage', start: '2023-09-05', end: '2023-09-12' }],
    events: [
      {
        slug: 'arrivee',
        title: 'Le ministre arrive à Paris',
        summary: 'Il arrive, selon « une source ».',
        date: {
          start: '2023-09-12',
          end: '2023-09-12',
          precision: 'time',
          time: '14:30',
          timeZone: 'Europe/Paris',
          expression: { document: 'suite', ...at(SECOND, 'mardi') }
        },
        actors: ['ministre'],
        claim: { status: 'established' },
        passages: [{ document: 'suite', ...at(SECOND, SECOND) }],
        quotes: [
          { id: 'une-source', document: 'suite', ...at(SECOND, 'une source'), speaker: 'ministre' }
        ],
        media: [
          { file: 'media/arrivee.jpg', alt: 'Le ministre sur le quai', credit: 'AFP' },
          { url: 'https://www.example.org/arrivee', caption: 'Le récit' }
        ]
      },
      {
        slug: 'annonce',
        title: 'Le ministre annonce son départ',
        summary: 'Il le dit.',
        date: {
          start: '2023-09-05',
          end: '2023-09-05',
          precision: 'day',
          expression: { document: 'premiere', ...at(FIRST, 'Mardi') }
        },
        actors: ['ministre'],
        claim: { status: 'stated', by: 'ministre' },
        passages: [{ document: 'premiere', ...at(FIRST, FIRST) }],
        quotes: [
          {
            id: 'nous-partons',
            document: 'premiere',
            ...at(FIRST, 'nous partons'),
            speaker: 'ministre'
          }
        ]
      },
      {
        slug: 'le-point',
        title: 'Le point sur l’année',
        summary: 'La rédaction fait le point.',
        date: {
          start: '2023-01-01',
          end: '2023-12-31',
          precision: 'year',
          evidence: { note: 'Toute l’année.', sources: [{ outlet: 'La rédaction' }] }
        },
        actors: ['ministre'],
        claim: { status: 'editorial' },
        passages: [],
        quotes: []
      },
      {
        slug: 'selon-reuters',
        title: 'Un entretien rapporté par Reuters',
        summary: 'D’autres sources le rapportent.',
        date: {
          start: '2023-09-05',
          end: '2023-09-05',
          precision: 'day',
          evidence: { note: 'Reuters, le jour même.', sources: [{ outlet: 'Reuters' }] }
        },
        actors: ['ministre'],
        claim: { status: 'reported', outlet: 'Reuters' },
        passages: [],
        evidence: {
          note: 'Reuters le rapporte.',
          sources: [{ outlet: 'Reuters', published: '2023-09-05' }]
        },
        quotes: []
      }
    ]
  };
}

const withMedia: ValidationContext = {
  ...textsContext(texts),
  fileExists: (file) => file === 'media/arrivee.jpg'
};

describe('a story of several documents', () => {
  const result = validateStory(storyFile(), withMedia);
  const story = result.ok ? result.story : undefined;
  const event = (slug: string) => story!.events.find((e) => e.slug === slug)!;

  it('is valid, with each document and its text', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(story!.documents.map((d) => [d.id, d.text])).toEqual([
      ['premiere', FIRST],
      ['suite', SECOND]
    ]);
    expect(story!.periods.map((p) => p.id)).toEqual(['le-voyage']);
  });

  it('reads each date expression against its own document’s date', () => {
    expect(event('annonce').date.expression).toMatchObject({ anchor: '2023-09-05' });
    expect(event('arrivee').date.expression).toMatchObject({
      anchor: '2023-09-12',
      resolved: { start: '2023-09-12', end: '2023-09-12' }
    });
  });

  it('says what each event stands on', () => {
    expect(story!.events.map((e) => [e.slug, e.basis])).toEqual([
      ['le-point', 'editorial'],
      ['annonce', 'documents'],
      ['selon-reuters', 'evidence'],
      ['arrivee', 'documents']
    ]);
    expect(event('selon-reuters').evidence?.sources[0]?.outlet).toBe('Reuters');
  });

  it('keeps a time with its zone, and the media', () => {
    expect(event('arrivee').date).toMatchObject({
      precision: 'time',
      time: '14:30',
      timeZone: 'Europe/Paris'
    });
    expect(event('arrivee').media).toEqual([
      { file: 'media/arrivee.jpg', alt: 'Le ministre sur le quai', credit: 'AFP' },
      { url: 'https://www.example.org/arrivee', caption: 'Le récit' }
    ]);
    expect(event('annonce').media).toEqual([]);
  });
});

describe('the problems of a story of several documents, one message each', () => {
  type StoryFile = ReturnType<typeof storyFile>;
  it.each<[string, (s: StoryFile) => void, string[]]>([
    [
      'a quote in the wrong document',
      (s) => (s.events[1]!.quotes[0]!.document = 'suite'),
      [
        'events[1].quotes[0].text: not found in suite.fr.txt',
        'documents[0]: the quotation "nous partons" at 30–42 of premiere.fr.txt belongs to no event\'s quotes'
      ]
    ],
    [
      'a document whose file is missing',
      (s) => (s.documents[1]!.file = 'absente.fr.txt'),
      ['documents[1].file: file "absente.fr.txt" not found beside story.json']
    ],
    [
      'two documents with one id',
      (s) => (s.documents[1]!.id = 'premiere'),
      [
        'documents[1].id: duplicate document "premiere" (also documents[0])',
        'events[0].date.expression.document: unknown document "suite" (not in documents)',
        'events[0].passages[0].document: unknown document "suite" (not in documents)',
        'events[0].quotes[0].document: unknown document "suite" (not in documents)'
      ]
    ],
    [
      'a year that is not a whole year',
      (s) => (s.events[2]!.date.end = '2023-12-30'),
      [
        'events[2].date.precision: "year" but 2023-01-01…2023-12-30: a year must run from 1 January to 31 December of one year'
      ]
    ],
    [
      'a time on a day',
      (s) => (s.events[0]!.date.precision = 'day'),
      [
        'events[0].date.time: only a date of precision "time" has a time',
        'events[0].date.timeZone: only a date of precision "time" has a timeZone'
      ]
    ],
    [
      'a time with no time',
      (s) => delete (s.events[0]!.date as { time?: string }).time,
      ['events[0].date.time: required with precision "time" (HH:MM, with its timeZone)']
    ],
    [
      'an image with no alt, and a media item with both a file and a url',
      (s) => {
        delete (s.events[0]!.media![0] as { alt?: string }).alt;
        Object.assign(s.events[0]!.media![1]!, { file: 'media/arrivee.jpg' });
      },
      [
        'events[0].media[0].alt: required for an image (what it shows, for readers who cannot see it)',
        'events[0].media[1]: give a file or a url, not both'
      ]
    ],
    [
      'a period outside the bounds, and one id twice',
      (s) =>
        s.periods.push({ id: 'le-voyage', label: 'Après', start: '2024-01-01', end: '2024-01-02' }),
      [
        'periods[1].id: duplicate period "le-voyage" (also periods[0])',
        "periods[1]: 2024-01-01…2024-01-02 lies outside the story's bounds 2023-01-01…2023-12-31"
      ]
    ]
  ])('%s', (_name, change, errors) => {
    const file = storyFile();
    change(file);
    const result = validateStory(file, withMedia);
    expect(result.ok ? [] : result.errors).toEqual(errors);
  });
});

describe('the tense a date expression is read in', () => {
  const FUTURE = 'Le ministre partira vendredi, a-t-il dit.';
  /** The story with one more document, published Tuesday 5 September, and its event. */
  function withFutureEvent(day: string, tense?: 'past' | 'future') {
    const story = storyFile() as ReturnType<typeof storyFile> & Record<string, never>;
    (story.documents as unknown[]).push({
      id: 'annonce-depart',
      file: 'annonce.fr.txt',
      outlet: 'AFP',
      credit: 'AFP',
      language: 'fr',
      published: { date: '2023-09-05' }
    });
    (story.events as unknown[]).push({
      slug: 'depart',
      title: 'Le ministre part',
      summary: 'Il part.',
      date: {
        start: day,
        end: day,
        precision: 'day',
        expression: {
          document: 'annonce-depart',
          ...at(FUTURE, 'vendredi'),
          ...(tense && { tense })
        }
      },
      actors: ['ministre'],
      claim: { status: 'announced', by: 'ministre' },
      passages: [{ document: 'annonce-depart', ...at(FUTURE, FUTURE) }],
      quotes: []
    });
    return validateStory(story, {
      ...textsContext({ ...texts, 'annonce.fr.txt': FUTURE }),
      fileExists: withMedia.fileExists
    });
  }

  it('reads a bare weekday of a future sentence ahead: "vendredi" after Tuesday the 5th is the 8th', () => {
    const result = withFutureEvent('2023-09-08', 'future');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('reads it behind without the tense, and then refuses the 8th', () => {
    const result = withFutureEvent('2023-09-08');
    expect(result.ok ? [] : result.errors).toEqual([
      'events[4].date: 2023-09-08…2023-09-08 is outside 2023-09-01…2023-09-01, what "vendredi" means on 2023-09-05'
    ]);
  });
});
