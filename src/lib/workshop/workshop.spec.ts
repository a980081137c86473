import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftStory } from '../draft/draft.ts';
import type { StoryFile } from '../story/schema.ts';
import { checkStory } from './check.ts';
import {
  acceptEvent,
  acceptQuote,
  draftsLeft,
  mergeEvents,
  moveQuote,
  rejectEvent,
  rejectSpeaker,
  renameEvent,
  setEventActors,
  setEventDate,
  setEventLane,
  setSpeaker,
  splitEvent,
  WorkshopError
} from './workshop.ts';

const TEXT = readFileSync('content/stories/coree-du-nord-russie-armes/article.fr.txt', 'utf8');
const FILE = 'article.fr.txt';
const drafted = (): StoryFile =>
  draftStory({ text: TEXT, fileName: FILE, published: '2023-09-05', outlet: 'AFP', lang: 'fr' })
    .story;

/** The build's verdict on a story edited in the workshop: its errors, none when it is valid. */
function errorsOf(story: StoryFile): string[] {
  const result = checkStory(story, FILE, TEXT);
  return result.ok ? [] : result.errors;
}
const quotes = (s: StoryFile) => s.events.flatMap((e) => e.quotes);
const eventOf = (s: StoryFile, quoteId: string) =>
  s.events.find((e) => e.quotes.some((q) => q.id === quoteId))!;

describe('the workshop’s edits of the seed dispatch’s draft', () => {
  const story = drafted();

  it('start from a draft the build accepts, with marks to look at', () => {
    expect(errorsOf(story)).toEqual([]);
    expect(story.events.length).toBeGreaterThan(1);
    expect(draftsLeft(story).quotes).toBeGreaterThan(0);
  });

  it('accept a quote: its mark goes, nothing else changes', () => {
    const q = quotes(story)[0]!;
    const after = acceptQuote(story, q.id);
    const accepted = quotes(after).find((x) => x.id === q.id)!;
    expect(accepted.draft).toBeUndefined();
    expect(accepted.speaker).toBe(q.speaker);
    expect(draftsLeft(after).quotes).toBe(draftsLeft(story).quotes - 1);
    expect(quotes(story)[0]!.draft, 'the old story is left as it was').toBeDefined();
    expect(errorsOf(after)).toEqual([]);
  });

  it('correct a speaker with a new name: a new actor, in the event, no longer a draft', () => {
    const q = quotes(story)[1]!;
    const after = setSpeaker(story, q.id, { name: 'Antony Blinken' });
    const actor = after.actors.find((a) => a.name === 'Antony Blinken')!;
    const corrected = quotes(after).find((x) => x.id === q.id)!;
    expect(corrected.speaker).toBe(actor.id);
    expect(corrected.draft).toBeUndefined();
    expect(eventOf(after, q.id).actors).toContain(actor.id);
    expect(after.lanes!.map((l) => l.id)).toContain('a-classer');
    expect(errorsOf(after)).toEqual([]);
  });

  it('correct a speaker with an actor of the story: no actor added', () => {
    const q = quotes(story)[0]!;
    const other = story.actors.find((a) => a.id !== q.speaker)!;
    const after = setSpeaker(story, q.id, { actor: other.id });
    expect(after.actors.length).toBeLessThanOrEqual(story.actors.length);
    expect(quotes(after).find((x) => x.id === q.id)!.speaker).toBe(other.id);
    expect(errorsOf(after)).toEqual([]);
  });

  it('reject a speaker: the quote goes to the speaker to identify and stays a draft', () => {
    const q = quotes(story).find((x) => {
      const name = story.actors.find((a) => a.id === x.speaker)!.name;
      return name !== 'Locuteur à identifier';
    })!;
    const after = rejectSpeaker(story, q.id);
    const rejected = quotes(after).find((x) => x.id === q.id)!;
    expect(after.actors.find((a) => a.id === rejected.speaker)!.name).toBe('Locuteur à identifier');
    expect(rejected.draft!.notes[0]).toMatch(/rejeté/);
    expect(errorsOf(after)).toEqual([]);
  });

  it('merge two events: one event with the passages and quotes of both', () => {
    const [a, b] = story.events;
    const after = mergeEvents(story, a!.slug, b!.slug);
    expect(after.events.length).toBe(story.events.length - 1);
    const merged = after.events.find((e) => e.slug === a!.slug)!;
    expect(merged.quotes.map((q) => q.id).sort()).toEqual(
      [...a!.quotes, ...b!.quotes].map((q) => q.id).sort()
    );
    expect(merged.passages.length).toBe(a!.passages.length + b!.passages.length);
    expect(after.events.some((e) => e.slug === b!.slug)).toBe(false);
    expect(quotes(after).length, 'no quotation lost').toBe(quotes(story).length);
    expect(errorsOf(after)).toEqual([]);
  });

  it('split an event by its passages, then merge it back', () => {
    const event = story.events.find((e) => e.passages.length > 1)!;
    const after = splitEvent(story, event.slug, [event.passages.length - 1]);
    expect(after.events.length).toBe(story.events.length + 1);
    const part = after.events[after.events.findIndex((e) => e.slug === event.slug) + 1]!;
    expect(part.passages).toEqual([event.passages.at(-1)]);
    expect(part.draft).toBeDefined();
    expect(quotes(after).length).toBe(quotes(story).length);
    expect(errorsOf(after)).toEqual([]);
    const back = mergeEvents(after, event.slug, part.slug);
    expect(back.events.find((e) => e.slug === event.slug)!.passages).toEqual(event.passages);
  });

  it('refuse a split that leaves a side empty', () => {
    const event = story.events[0]!;
    expect(() => splitEvent(story, event.slug, [])).toThrow(WorkshopError);
    expect(() =>
      splitEvent(
        story,
        event.slug,
        event.passages.map((_, i) => i)
      )
    ).toThrow(WorkshopError);
  });

  it('move a quote to another event', () => {
    const from = story.events.find((e) => e.quotes.length > 0)!;
    const q = from.quotes[0]!;
    const target = story.events.find((e) => e !== from)!;
    const after = moveQuote(story, q.id, target.slug);
    expect(eventOf(after, q.id).slug).toBe(target.slug);
    expect(errorsOf(after)).toEqual([]);
  });

  it('correct an event’s date: its days, resting on the document, its date note gone', () => {
    const event = story.events[0]!;
    const after = setEventDate(story, event.slug, { start: '2023-07-01', end: '2023-07-03' });
    const corrected = after.events.find((e) => e.slug === event.slug)!;
    expect(corrected.date).toMatchObject({
      start: '2023-07-01',
      end: '2023-07-03',
      precision: 'days'
    });
    expect(corrected.date.expression).toBeUndefined();
    expect(corrected.date.evidence!.sources).toEqual([{ outlet: 'AFP', published: '2023-09-05' }]);
    expect((corrected.draft?.notes ?? []).filter((n) => n.startsWith('date'))).toEqual([]);
    expect(after.bounds.start <= '2023-07-01').toBe(true);
    expect(errorsOf(after)).toEqual([]);
    expect(() =>
      setEventDate(story, event.slug, { start: '2023-07-03', end: '2023-07-01' })
    ).toThrow(WorkshopError);
  });

  it('rename an event: its title, its address kept, the title note gone', () => {
    const event = story.events[0]!;
    const after = renameEvent(story, event.slug, '  Kim en Russie ');
    const renamed = after.events[0]!;
    expect(renamed).toMatchObject({ slug: event.slug, title: 'Kim en Russie' });
    expect(renamed.draft?.notes.some((n) => n.startsWith('titre proposé')) ?? false).toBe(false);
    expect(() => renameEvent(story, event.slug, ' ')).toThrow(WorkshopError);
  });

  it('put an event in a lane: its lead actor stands for it, the lanes follow', () => {
    const event = story.events.find((e) => e.actors.length > 0)!;
    const after = setEventLane(story, event.slug, 'États-Unis');
    const lead = after.actors.find((a) => a.id === (event.claim.by ?? event.actors[0]))!;
    expect(lead.represents).toBe('États-Unis');
    expect(after.lanes!.map((l) => l.id)).toContain('etats-unis');
    expect(errorsOf(after)).toEqual([]);
  });

  it('leave an event without actors in the lane it was in', () => {
    const event = story.events.find((e) => e.actors.length > 0)!;
    const after = setEventActors(story, event.slug, []);
    const bare = after.events.find((e) => e.slug === event.slug)!;
    expect(bare.actors).toEqual([]);
    expect(bare.lane).toBeDefined();
    expect(errorsOf(after)).toEqual([]);
  });

  it('accept an event, and reject one: its quotes join its neighbour', () => {
    const [a, b] = story.events;
    expect(acceptEvent(story, a!.slug).events[0]!.draft).toBeUndefined();
    const after = rejectEvent(story, b!.slug);
    expect(after.events.length).toBe(story.events.length - 1);
    expect(quotes(after).length).toBe(quotes(story).length);
    expect(errorsOf(after)).toEqual([]);
  });
});
