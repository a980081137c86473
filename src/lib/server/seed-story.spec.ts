/**
 * The seed story checked against its two documents and against the fact-checked dates in
 * ../shared/facts/seed-story-facts.md, independently of the validator: it reads the raw
 * story.json and text files, slices each span and compares. (Only the resolved dates of the
 * documents' expressions are asked of the validator, in the last block.)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory } from './stories.ts';

const DIR = path.resolve('content/stories/coree-du-nord-russie-armes');

interface RawSpan {
  document: string;
  text: string;
  start: number;
  end: number;
}
interface RawEvent {
  slug: string;
  date: {
    start: string;
    end: string;
    precision: string;
    expression?: RawSpan;
    evidence?: { sources: { outlet: string; published?: string; url?: string }[] };
  };
  claim: { status: string; by?: string; outlet?: string };
  passages: RawSpan[];
  evidence?: { note: string; sources: { outlet: string; published?: string; url?: string }[] };
  quotes: (RawSpan & { id: string; speaker: string; outlet?: string })[];
}
interface RawStory {
  documents: { id: string; file: string; published: { date: string } }[];
  bounds: { start: string; end: string };
  periods: { id: string; label: string; start: string; end: string }[];
  events: RawEvent[];
}

const raw = JSON.parse(readFileSync(path.join(DIR, 'story.json'), 'utf8')) as RawStory;
const texts = new Map(
  raw.documents.map((d) => [d.id, readFileSync(path.join(DIR, d.file), 'utf8')])
);
const textOf = (span: RawSpan) => texts.get(span.document)!;
const bySlug = (slug: string) => raw.events.find((e) => e.slug === slug)!;
const allQuotes = raw.events.flatMap((e) => e.quotes.map((q) => ({ ...q, event: e.slug })));

/** Each document, its file as the project keeps it, and where the original is. */
const DOCUMENTS = [
  {
    file: 'article.fr.txt',
    shared: '../shared/seeds/000_598ae30f228e6240.txt',
    sha256: 'a709e73b767e5335d69829592d9fa520226c2b037ee803c680ff7df74989e79a',
    published: '2023-09-05',
    quotations: 10
  },
  {
    file: '2023-09-12-kim-arrive-en-russie.fr.txt',
    shared: '../shared/articles/2023-09-12-kim-arrive-en-russie.fr.txt',
    sha256: 'b44b1050e7bdb025592e374d1ad561c429270f302dbb1fc7bedd61e17e16ba90',
    published: '2023-09-12',
    quotations: 2
  }
];
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the seed documents, byte for byte', () => {
  it('lists the two documents, in order, with their publication dates', () => {
    expect(raw.documents.map((d) => [d.file, d.published.date])).toEqual(
      DOCUMENTS.map((d) => [d.file, d.published])
    );
  });

  it.each(DOCUMENTS)('$file', ({ file, shared, sha256: recorded }) => {
    const bytes = readFileSync(path.join(DIR, file));
    // The original where ../shared is at hand; the digest recorded here otherwise (a clean clone).
    const original = path.resolve(shared);
    if (existsSync(original)) expect(sha256(readFileSync(original))).toBe(recorded);
    expect(sha256(bytes)).toBe(recorded);
  });

  it('keeps the quirks of the dispatch: the repeated paragraph and the stray credit', () => {
    const article = texts.get(raw.documents[0]!.id)!;
    const repeated =
      "Lundi, la Maison Blanche a affirmé que Kim Jong Un avait l'intention de se rendre en Russie pour discuter de ventes d'armes avec Vladimir Poutine.";
    expect(article.split(repeated).length - 1).toBe(2);
    expect(article).toContain('Vladimir Poutine. AFP\n');
  });
});

describe('every quotation of both documents is a quote, verbatim at its place', () => {
  it.each(DOCUMENTS.map((d, i) => [d.file, i, d.quotations] as const))(
    '%s',
    (_file, index, count) => {
      const id = raw.documents[index]!.id;
      const text = texts.get(id)!;
      const inner = [...text.matchAll(/«([^»]*)»|"([^"]*)"/g)].map((m) => m.index + 1);
      expect(inner).toHaveLength(count);
      const quoted = allQuotes.filter((q) => q.document === id).map((q) => q.start);
      expect(quoted.sort((a, b) => a - b)).toEqual(inner);
    }
  );

  it.each(allQuotes.map((q) => [q.id, q] as const))('%s', (_id, quote) => {
    const text = textOf(quote);
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(text[quote.start - 1]! + text[quote.end]!).toMatch(/^(«»|"")$/);
  });

  it('gives quote ids once', () => {
    expect(new Set(allQuotes.map((q) => q.id)).size).toBe(allQuotes.length);
  });
});

describe('every event stands on its documents, or says what else it stands on', () => {
  it.each(raw.events.map((e) => [e.slug, e] as const))('%s', (_slug, event) => {
    for (const span of [
      ...event.passages,
      ...(event.date.expression ? [event.date.expression] : [])
    ])
      expect(textOf(span).slice(span.start, span.end)).toBe(span.text);
    if (event.passages.length === 0)
      expect(event.evidence?.sources.length || event.claim.status === 'editorial').toBeTruthy();
    if (!event.date.expression) expect(event.date.evidence?.sources.length).toBeGreaterThan(0);
    expect(event.date.start <= event.date.end).toBe(true);
    expect(event.date.start >= raw.bounds.start && event.date.end <= raw.bounds.end).toBe(true);
  });

  it('names its periods within its bounds', () => {
    expect(raw.periods.map((p) => [p.label, p.start, p.end])).toEqual([
      ['Visite de Choïgou', '2023-07-25', '2023-07-27'],
      ['Voyage de Kim Jong Un en Russie', '2023-09-10', '2023-09-13']
    ]);
    expect(raw.bounds.end).toBe('2023-09-13');
  });
});

describe('the dates agree with the fact-check', () => {
  it.each([
    // slug, start, end, the document's words (or null), their document's date, the quotes' first words
    [
      'visite-de-choigou-en-coree-du-nord',
      '2023-07-25',
      '2023-07-27',
      'fin juillet',
      '2023-09-05',
      []
    ],
    [
      'defile-militaire-aux-cotes-de-kim-jong-un',
      '2023-07-27',
      '2023-07-27',
      'fin juillet',
      '2023-09-05',
      []
    ],
    [
      'la-maison-blanche-denonce-la-visite-de-choigou',
      '2023-08-30',
      '2023-08-30',
      null,
      null,
      ['tenter de convaincre']
    ],
    [
      'la-maison-blanche-kim-veut-se-rendre-en-russie',
      '2023-09-04',
      '2023-09-04',
      'Lundi',
      '2023-09-05',
      ['Comme nous', 'nous savons']
    ],
    [
      'choigou-evoque-des-exercices-conjoints',
      '2023-09-04',
      '2023-09-04',
      'lundi',
      '2023-09-05',
      ['Nous en discutons']
    ],
    [
      'le-new-york-times-sur-les-attentes-de-moscou-et-pyongyang',
      '2023-09-04',
      '2023-09-04',
      null,
      null,
      []
    ],
    [
      'jake-sullivan-met-en-garde-la-coree-du-nord',
      '2023-09-05',
      '2023-09-05',
      'mardi',
      '2023-09-05',
      ["l'image", 'ils en paieront', 'discussions actives', 'Cela reste', 'cela en dit long']
    ],
    [
      'le-kremlin-refuse-de-confirmer-le-sommet',
      '2023-09-05',
      '2023-09-05',
      'mardi',
      '2023-09-05',
      ['Non, nous ne pouvons pas']
    ],
    [
      'kim-jong-un-quitte-pyongyang-en-train-blinde',
      '2023-09-10',
      '2023-09-10',
      'dimanche',
      '2023-09-12',
      ['est parti en train dimanche']
    ],
    [
      'kim-jong-un-arrive-en-russie',
      '2023-09-12',
      '2023-09-12',
      'mardi',
      '2023-09-12',
      ['sujets sensibles']
    ],
    ['sommet-poutine-kim-au-cosmodrome-vostotchny', '2023-09-13', '2023-09-13', null, null, []]
  ] as const)('%s: %s…%s', (slug, start, end, words, documentDate, quotes) => {
    const event = bySlug(slug);
    expect([event.date.start, event.date.end]).toEqual([start, end]);
    expect(event.date.expression?.text ?? null).toBe(words);
    const document = raw.documents.find((d) => d.id === event.date.expression?.document);
    expect(document?.published.date ?? null).toBe(documentDate);
    expect(event.quotes.map((q, i) => q.text.slice(0, quotes[i]?.length))).toEqual(quotes);
  });

  it('reads "dimanche" where the dispatch says it, not inside KCNA\'s quotation', () => {
    const left = bySlug('kim-jong-un-quitte-pyongyang-en-train-blinde');
    const kcna = left.quotes[0]!;
    const expression = left.date.expression!;
    expect(expression.start < kcna.start || expression.start >= kcna.end).toBe(true);
    expect(textOf(expression).slice(expression.start - 6, expression.end + 13)).toBe(
      'parti dimanche de Pyongyang'
    );
  });

  it('rests the summit on evidence alone: Reuters of 13 September and TASS', () => {
    const summit = bySlug('sommet-poutine-kim-au-cosmodrome-vostotchny');
    expect(summit.passages).toEqual([]);
    expect(summit.evidence?.sources.map((s) => [s.outlet, s.published ?? s.url])).toEqual([
      ['Reuters', '2023-09-13'],
      ['TASS', 'https://tass.com/politics/1674885']
    ]);
  });

  it('attributes quotes to their speakers and outlets', () => {
    const quote = (id: string) => allQuotes.find((q) => q.id === id);
    expect(quote('choigou-pourquoi-pas')).toMatchObject({
      speaker: 'serguei-choigou',
      outlet: 'TASS'
    });
    expect(quote('peskov-sujets-sensibles')).toMatchObject({
      speaker: 'dmitri-peskov',
      outlet: 'Ria Novosti'
    });
    expect(quote('kcna-parti-en-train')?.speaker).toBe('kcna');
    expect(allQuotes.filter((q) => q.speaker === 'adrienne-watson')).toHaveLength(2);
    expect(allQuotes.filter((q) => q.speaker === 'jake-sullivan')).toHaveLength(5);
    expect(bySlug('le-new-york-times-sur-les-attentes-de-moscou-et-pyongyang').claim).toMatchObject(
      {
        status: 'reported',
        outlet: 'The New York Times'
      }
    );
    expect(bySlug('le-kremlin-refuse-de-confirmer-le-sommet').claim.status).toBe(
      'refused-to-confirm'
    );
  });
});

describe('the validator reads each expression against its own document', () => {
  const { story } = readStory(DIR);

  it('loads, its events in chronological order', () => {
    const starts = story!.events.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
  });

  it.each([
    ['kim-jong-un-arrive-en-russie', '2023-09-12', '2023-09-12'],
    ['kim-jong-un-quitte-pyongyang-en-train-blinde', '2023-09-12', '2023-09-10'],
    ['le-kremlin-refuse-de-confirmer-le-sommet', '2023-09-05', '2023-09-05'],
    ['visite-de-choigou-en-coree-du-nord', '2023-09-05', '2023-07-21']
  ])('%s: read on %s as from %s', (slug, anchor, start) => {
    const expression = story!.events.find((e) => e.slug === slug)!.date.expression!;
    expect([expression.anchor, expression.resolved.start]).toEqual([anchor, start]);
  });
});
