/**
 * The seed story (AFP, 5 September 2023) checked against its article and against the
 * fact-checked dates in shared/facts/seed-story-facts.md, independently of the validator.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../story/calendar-date.ts';
import { loadStories } from './stories.ts';

const stories = loadStories();
const story = stories.find((s) => s.id === 'coree-du-nord-russie-armes')!;
const article = story.documents[0]!.text;
const bySlug = (slug: string) => story.events.find((e) => e.slug === slug)!;
const allQuotes = story.events.flatMap((e) => e.quotes.map((q) => ({ ...q, event: e.slug })));

describe('the seed article', () => {
  const file = path.resolve('content/stories/coree-du-nord-russie-armes/article.fr.txt');
  const bytes = readFileSync(file);

  it('is the AFP dispatch byte for byte', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      'a709e73b767e5335d69829592d9fa520226c2b037ee803c680ff7df74989e79a'
    );
    const seed = path.resolve('../shared/seeds/000_598ae30f228e6240.txt');
    if (existsSync(seed)) expect(bytes.equals(readFileSync(seed))).toBe(true);
  });

  it('keeps its quirks: the repeated paragraph and the stray credit', () => {
    const repeated =
      "Lundi, la Maison Blanche a affirmé que Kim Jong Un avait l'intention de se rendre en Russie pour discuter de ventes d'armes avec Vladimir Poutine.";
    expect(article.split(repeated).length - 1).toBe(2);
    expect(article).toContain('Vladimir Poutine. AFP\n');
  });
});

describe('every quote is verbatim at its recorded place', () => {
  it('has the ten quotations of the article: nine in «…» and one in "…"', () => {
    const guillemets = [...article.matchAll(/«([^»]*)»/g)].map((m) => m.index + 1);
    const doubleQuotes = [...article.matchAll(/"([^"]*)"/g)].map((m) => m.index + 1);
    expect(guillemets).toHaveLength(9);
    expect(doubleQuotes).toHaveLength(1);
    expect(allQuotes.map((q) => q.start).sort((a, b) => a - b)).toEqual(
      [...guillemets, ...doubleQuotes].sort((a, b) => a - b)
    );
  });

  it.each(allQuotes.map((q) => [q.id, q] as const))('%s', (_id, quote) => {
    expect(article.slice(quote.start, quote.end)).toBe(quote.text);
    const before = article[quote.start - 1];
    const after = article[quote.end];
    expect([before, after].join('')).toMatch(/^(«»|"")$/);
  });

  it('gives quote ids once', () => {
    expect(new Set(allQuotes.map((q) => q.id)).size).toBe(allQuotes.length);
  });
});

describe('every event stands on the article', () => {
  it.each(story.events.map((e) => [e.slug, e] as const))('%s', (_slug, event) => {
    expect(event.passages.length).toBeGreaterThan(0);
    for (const passage of event.passages)
      expect(article.slice(passage.start, passage.end)).toBe(passage.text);
    const expression = event.date.expression;
    if (expression) expect(article.slice(expression.start, expression.end)).toBe(expression.text);
    else expect(event.date.evidence?.sources.length).toBeGreaterThan(0);
    expect(isCalendarDate(event.date.start) && isCalendarDate(event.date.end)).toBe(true);
    expect(event.date.start <= event.date.end).toBe(true);
    expect(event.date.start >= story.bounds.start && event.date.end <= story.bounds.end).toBe(true);
    expect(event.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has unique slugs', () => {
    const slugs = story.events.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('lists the events in chronological order', () => {
    const starts = story.events.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
  });
});

describe('the dates agree with the fact-check', () => {
  it.each([
    // slug, start, end, what the article says (or null), the quotes it must carry
    ['visite-de-choigou-en-coree-du-nord', '2023-07-25', '2023-07-27', 'fin juillet', []],
    ['defile-militaire-aux-cotes-de-kim-jong-un', '2023-07-27', '2023-07-27', 'fin juillet', []],
    [
      'la-maison-blanche-denonce-la-visite-de-choigou',
      '2023-08-30',
      '2023-08-30',
      null,
      ['tenter de convaincre']
    ],
    [
      'la-maison-blanche-kim-veut-se-rendre-en-russie',
      '2023-09-04',
      '2023-09-04',
      'Lundi',
      ['Comme nous', 'nous savons']
    ],
    [
      'choigou-evoque-des-exercices-conjoints',
      '2023-09-04',
      '2023-09-04',
      'lundi',
      ['Nous en discutons']
    ],
    [
      'le-new-york-times-sur-les-attentes-de-moscou-et-pyongyang',
      '2023-09-04',
      '2023-09-04',
      null,
      []
    ],
    [
      'jake-sullivan-met-en-garde-la-coree-du-nord',
      '2023-09-05',
      '2023-09-05',
      'mardi',
      ["l'image", 'ils en paieront', 'discussions actives', 'Cela reste', 'cela en dit long']
    ],
    [
      'le-kremlin-refuse-de-confirmer-le-sommet',
      '2023-09-05',
      '2023-09-05',
      'mardi',
      ['Non, nous ne pouvons pas']
    ]
  ] as const)('%s: %s…%s', (slug, start, end, expression, quotes) => {
    const event = bySlug(slug);
    expect(event, slug).toBeDefined();
    expect([event.date.start, event.date.end]).toEqual([start, end]);
    expect(event.date.expression?.text ?? null).toBe(expression);
    expect(event.date.basis).toBe(expression ? 'document' : 'other-sources');
    // Each quote, in article order, begins with the words the fact-check expects.
    expect(event.quotes.map((q, i) => q.text.slice(0, quotes[i]?.length))).toEqual(quotes);
  });

  it('reads "fin juillet" as the last third of July 2023, narrowed by the evidence to 25–27 July', () => {
    const visit = bySlug('visite-de-choigou-en-coree-du-nord');
    expect(visit.date.expression?.resolved).toMatchObject({
      start: '2023-07-21',
      end: '2023-07-31',
      precision: 'part-of-month'
    });
    expect(visit.date.precision).toBe('days');
    expect(visit.date.evidence?.sources.map((s) => s.published)).toEqual([
      '2023-07-25',
      '2023-07-25'
    ]);
  });

  it('attributes quotes to their speakers and outlets', () => {
    const speaker = (id: string) => allQuotes.find((q) => q.id === id);
    expect(speaker('choigou-pourquoi-pas')).toMatchObject({
      speaker: 'serguei-choigou',
      outlet: 'TASS'
    });
    expect(speaker('peskov-rien-a-dire')?.speaker).toBe('dmitri-peskov');
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
