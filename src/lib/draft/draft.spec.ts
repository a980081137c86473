/**
 * Drafting a story from an article: the seed dispatch drafted again gives a story the build
 * accepts as it is, its quotations at the seed story's offsets, and events on the seed story's
 * days; every guess is marked as a draft.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textsContext, validateStory } from '../story/validate.ts';
import { draftStory } from './draft.ts';

const folder = 'content/stories/coree-du-nord-russie-armes/';
const seed = JSON.parse(readFileSync(folder + 'story.json', 'utf8')) as {
  events: {
    slug: string;
    date: { start: string; end: string; expression?: { document: string; text: string } };
    quotes: { document: string; start: number; end: number; text: string }[];
  }[];
};
const text = readFileSync(folder + 'article.fr.txt', 'utf8');
const drafted = draftStory({
  text,
  fileName: 'article.fr.txt',
  published: '2023-09-05',
  outlet: 'AFP',
  lang: 'fr'
});
const { story } = drafted;

describe('the seed dispatch, drafted', () => {
  it('is a story the build accepts as it is', () => {
    const result = validateStory(story, textsContext({ 'article.fr.txt': text }));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("holds the seed story's quotations of the dispatch at its offsets", () => {
    const expected = seed.events
      .flatMap((e) => e.quotes)
      .filter((q) => q.document === 'depeche-afp-2023-09-05')
      .map((q) => [q.start, q.end, q.text])
      .sort((a, b) => (a[0] as number) - (b[0] as number));
    const found = story.events
      .flatMap((e) => e.quotes)
      .map((q) => [q.start, q.end, q.text])
      .sort((a, b) => (a[0] as number) - (b[0] as number));
    expect(found).toEqual(expected);
  });

  it("proposes events for Tuesday's warning, Monday's statements and the visit of late July, on the seed story's days", () => {
    for (const slug of [
      'jake-sullivan-met-en-garde-la-coree-du-nord',
      'la-maison-blanche-kim-veut-se-rendre-en-russie',
      'choigou-evoque-des-exercices-conjoints',
      'le-kremlin-refuse-de-confirmer-le-sommet',
      'visite-de-choigou-en-coree-du-nord'
    ]) {
      const want = seed.events.find((e) => e.slug === slug)!;
      const words = want.date.expression!.text.toLowerCase();
      const match = story.events.filter(
        (e) =>
          e.date.expression?.text.toLowerCase() === words &&
          e.date.start <= want.date.start &&
          want.date.end <= e.date.end
      );
      expect(match.length, `${slug} (${words})`).toBeGreaterThan(0);
      // A day is the seed's day; "fin juillet" is all the days the words mean (the seed story
      // narrows it to 25–27 July with evidence the dispatch does not have).
      if (want.date.start === want.date.end && words !== 'fin juillet')
        expect(match[0]!.date).toMatchObject({ start: want.date.start, end: want.date.end });
    }
    const lateJuly = story.events.find((e) => e.date.expression?.text === 'fin juillet')!;
    expect(lateJuly.date).toMatchObject({
      start: '2023-07-21',
      end: '2023-07-31',
      precision: 'part-of-month'
    });
  });

  it('marks every event and every quote as a draft, with notes', () => {
    for (const e of story.events) expect(e.draft?.notes.length).toBeGreaterThan(0);
    for (const q of story.events.flatMap((e) => e.quotes))
      expect(q.draft?.notes.length).toBeGreaterThan(0);
    const peskov = story.events
      .flatMap((e) => e.quotes)
      .find((q) => q.text.startsWith('Non, nous'))!;
    expect(story.actors.find((a) => a.id === peskov.speaker)?.name).toBe('Dmitri Peskov');
  });

  it("reports every detection in the issue's shape", () => {
    expect(drafted.report.quotes).toContainEqual({
      text: "l'image",
      start: text.indexOf("l'image"),
      end: text.indexOf("l'image") + 7,
      speaker: 'Jake Sullivan',
      scare: false
    });
    expect(drafted.report.dates).toContainEqual({
      text: 'fin juillet',
      start: text.indexOf('fin juillet'),
      end: text.indexOf('fin juillet') + 11,
      resolved: { start: '2023-07-21', end: '2023-07-31' },
      precision: 'part-of-month'
    });
  });
});

describe('a future weekday', () => {
  // Tuesday 5 September 2023: "vendredi" in a future-tense clause is Friday the 8th, ahead.
  const text =
    'Les ministres des Finances de la zone euro doivent se rencontrer vendredi à Bruxelles, a annoncé lundi la Commission européenne.';
  const { story } = draftStory({
    text,
    fileName: 'a.fr.txt',
    published: '2023-09-05',
    outlet: 'AFP',
    lang: 'fr'
  });

  it('dates its event ahead of publication, with the tense in the file, and the build agrees', () => {
    const friday = story.events.find((e) => e.date.expression?.text === 'vendredi');
    expect(friday?.date).toMatchObject({ start: '2023-09-08', end: '2023-09-08' });
    expect(friday?.date.expression?.tense).toBe('future');
    const result = validateStory(story, textsContext({ 'a.fr.txt': text }));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
