import { describe, expect, it } from 'vitest';
import { loadStories } from '../server/stories.ts';
import {
  LIST_PAGE_SIZE,
  listPageCount,
  listPageNumber,
  toListPage,
  toStorySummary
} from './page-data.ts';
import type { Story } from './types.ts';

const seed = loadStories().find((s) => s.id === 'coree-du-nord-russie-armes')!;
/** The seed, its events repeated under new slugs: a story of n events. */
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
    expect(page).toMatchObject({ number: 1, pages: 1, total: 8, offset: 0 });
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
    expect(JSON.stringify(summary).length).toBeLessThan(1000);
    expect(toStorySummary(seed).lastDayLabel).toBe('mardi 5 septembre 2023');
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
