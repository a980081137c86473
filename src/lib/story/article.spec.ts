import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/catalogues.ts';
import { documentRefs, toArticleView, toDocumentPage } from './article.ts';
import type { DocumentSpan, Story, StoryDocument, StoryEvent } from './types.ts';

// A small story of two documents, made here: offsets are found in the texts, never typed.
const DEPECHE = [
  'Lundi, la ministre des Transports a déclaré «le port rouvrira» devant la presse réunie. AFP',
  'Un port fermé',
  'Lundi, la ministre des Transports a déclaré «le port rouvrira» devant la presse réunie. Elle l’a redit.',
  'Le port a rouvert mardi.'
].join('\n\n');
const DISPATCH = 'The harbour master said the first ship was “already in sight”.\n';

const span = (document: string, text: string, needle: string, from = 0): DocumentSpan => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in ${document}`);
  return { document, text: needle, start, end: start + needle.length };
};
const doc = (d: Partial<StoryDocument> & Pick<StoryDocument, 'id' | 'text'>): StoryDocument => ({
  file: `${d.id}.txt`,
  outlet: 'AFP',
  credit: 'AFP',
  language: 'fr',
  published: { date: '2023-09-05' },
  ...d
});
const event = (e: Partial<StoryEvent> & Pick<StoryEvent, 'slug'>): StoryEvent => ({
  title: e.slug,
  lane: 'france',
  summary: '…',
  date: { start: '2023-09-04', end: '2023-09-04', precision: 'day', basis: 'document' },
  actors: ['ministre'],
  claim: { status: 'stated', by: 'ministre' },
  basis: 'documents',
  passages: [],
  quotes: [],
  attributedQuotes: [],
  media: [],
  ...e
});

const story: Story = {
  id: 'port',
  title: 'Le port rouvre',
  language: 'fr',
  media: [],
  documents: [
    doc({ id: 'depeche', text: DEPECHE }),
    doc({
      id: 'dispatch',
      text: DISPATCH,
      title: 'Harbour reopens',
      outlet: 'Reuters',
      credit: 'Reuters',
      language: 'en',
      published: { date: '2023-09-06', time: '09:15', timeZone: 'Asia/Vladivostok' },
      url: 'https://www.reuters.com/world/harbour/'
    })
  ],
  bounds: { start: '2023-09-01', end: '2023-09-07' },
  actors: [
    { id: 'ministre', name: 'La ministre', kind: 'person', role: 'ministre', represents: 'France' },
    { id: 'capitaine', name: 'Le capitaine', kind: 'person', role: 'capitaine', represents: 'Port' }
  ],
  lanes: [],
  periods: [],
  events: [
    event({
      slug: 'annonce',
      title: 'La ministre annonce',
      date: {
        start: '2023-09-04',
        end: '2023-09-04',
        precision: 'day',
        basis: 'document',
        expression: {
          ...span('depeche', DEPECHE, 'Lundi'),
          anchor: '2023-09-05',
          resolved: {
            start: '2023-09-04',
            end: '2023-09-04',
            precision: 'day',
            rule: 'last-weekday-before',
            explanation: '…'
          }
        }
      },
      quotes: [
        { ...span('depeche', DEPECHE, 'le port rouvrira'), id: 'rouvrira', speaker: 'ministre' }
      ]
    }),
    event({
      slug: 'navire',
      title: 'Le navire arrive',
      quotes: [
        {
          ...span('dispatch', DISPATCH, 'already in sight'),
          id: 'en-vue',
          speaker: 'capitaine'
        }
      ]
    })
  ]
};

const joined = (p: { segments: { text: string }[] }) => p.segments.map((s) => s.text).join('');
const t = messagesFor('fr');

describe('a document’s text as its page shows it', () => {
  const paragraphs = toArticleView(story, 'depeche');

  it('keeps every character of every paragraph, in order, each with its anchor', () => {
    expect(paragraphs.map(joined)).toEqual(DEPECHE.split('\n').filter((l) => l !== ''));
    expect(paragraphs.map((p) => p.id)).toEqual([1, 2, 3, 4].map((n) => `paragraphe-${n}`));
  });

  it('shows a short line without closing punctuation as a heading', () => {
    expect(paragraphs.map((p) => p.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph'
    ]);
  });

  it('flags a paragraph that repeats an earlier one, and keeps it', () => {
    expect(paragraphs.map((p) => p.repeats)).toEqual([undefined, undefined, 1, undefined]);
  });

  it('marks only its own document’s quotations, each tied to its event', () => {
    const quotes = paragraphs.flatMap((p) => p.segments.filter((s) => s.kind === 'quote'));
    expect(quotes).toEqual([
      expect.objectContaining({ id: 'rouvrira', event: 'annonce', speaker: 'La ministre' })
    ]);
    const other = toArticleView(story, 'dispatch').flatMap((p) => p.segments);
    expect(other.filter((s) => s.kind === 'quote').map((s) => s.text)).toEqual([
      'already in sight'
    ]);
  });

  it('marks a date expression with the day it resolves to', () => {
    const dates = paragraphs.flatMap((p) => p.segments.filter((s) => s.kind === 'date'));
    expect(dates).toEqual([
      expect.objectContaining({ text: 'Lundi', resolvedLabel: 'lundi 4 septembre 2023' })
    ]);
  });
});

describe('a document’s page', () => {
  it('names an untitled document by its outlet and day, a titled one by its title', () => {
    expect(toDocumentPage(story, 'depeche', t)!.document.name).toBe(
      'Dépêche AFP du mardi 5 septembre 2023'
    );
    expect(toDocumentPage(story, 'dispatch', t)!.document.name).toBe('Harbour reopens');
  });

  it('gives the text its language when it is not the story’s', () => {
    expect(toDocumentPage(story, 'depeche', t)!.textLang).toBeUndefined();
    const page = toDocumentPage(story, 'dispatch', t)!;
    expect(page.textLang).toBe('en');
    expect(page.document.languageName).toBe('anglais');
  });

  it('says the time of publication in its zone, and the address by its host', () => {
    const { document } = toDocumentPage(story, 'dispatch', t)!;
    expect(document.publishedLabel).toBe('6 septembre 2023 à 9 h 15 (heure de Vladivostok)');
    expect(document.host).toBe('www.reuters.com');
  });

  it('lists every document of the story, and has no page for one it lacks', () => {
    expect(documentRefs(story).map((d) => d.id)).toEqual(['depeche', 'dispatch']);
    expect(toDocumentPage(story, 'inconnu', t)).toBeUndefined();
  });
});
