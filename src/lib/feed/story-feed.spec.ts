import { parseAtomFeed } from 'feedsmith';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xmlError } from '../../../tests/well-formed-xml.ts';
import { readStory } from '../server/stories.ts';
import { compareCalendarDates } from '../story/calendar-date.ts';
import { formatEventDate } from '../story/format.ts';
import type { Story } from '../story/types.ts';
import {
  edtfDate,
  EVENT_DATE_SCHEME,
  storiesFeed,
  storyFeedEntries,
  storyFeedFiles,
  storyUpdated,
  UNKNOWN_UPDATED,
  type FeedSite
} from './story-feed.ts';

const SITE: FeedSite = {
  origin: 'https://chronologie.example.org',
  name: 'Chronologie de l’actualité',
  home: 'https://chronologie.example.org/',
  icon: 'https://chronologie.example.org/favicon.svg'
};

function story(dir: string): Story {
  const { story, problems } = readStory(path.resolve(dir));
  if (!story) throw new Error(problems.join('\n'));
  return story;
}
const SEED = story('content/stories/coree-du-nord-russie-armes');
const HOSTILE = story('tests/fixtures/stories/histoire-piegee');

/** A feed document as a reader gets it: refused by a strict XML parser, or parsed. */
function parse(xml: string) {
  expect(xmlError(xml)).toBeUndefined();
  return parseAtomFeed(xml);
}

/** The latest day of the documents an event stands in, worked out here from the story. */
function reportDay(s: Story, slug: string): string | undefined {
  const event = s.events.find((e) => e.slug === slug)!;
  const ids = new Set([...event.passages, ...event.quotes].map((p) => p.document));
  return s.documents
    .filter((d) => ids.has(d.id))
    .map((d) => d.published.date)
    .sort(compareCalendarDates)
    .at(-1);
}

describe('edtfDate: the event date as EDTF', () => {
  it.each([
    { precision: 'day', start: '2023-09-05', end: '2023-09-05', out: '2023-09-05' },
    {
      precision: 'time',
      start: '2023-09-13',
      end: '2023-09-13',
      time: '13:05',
      out: '2023-09-13T13:05:00'
    },
    { precision: 'days', start: '2023-07-25', end: '2023-07-27', out: '2023-07-25/2023-07-27' },
    {
      precision: 'part-of-month',
      start: '2023-07-21',
      end: '2023-07-31',
      out: '2023-07-21/2023-07-31'
    },
    { precision: 'month', start: '2023-07-01', end: '2023-07-31', out: '2023-07' },
    { precision: 'year', start: '1969-01-01', end: '1969-12-31', out: '1969' },
    { precision: 'year', start: '-0500-01-01', end: '-0500-12-31', out: '-0500' },
    {
      precision: 'year',
      start: '-13800000000-01-01',
      end: '-13800000000-12-31',
      out: 'Y-13800000000'
    },
    { precision: 'day', start: '-13800000000-01-01', end: '-13800000000-01-01', out: undefined },
    { precision: 'unknown', start: '2023-01-01', end: '2023-12-31', out: undefined }
  ] as const)('$precision $start $end', ({ out, ...date }) => {
    expect(edtfDate(date)).toBe(out);
  });
});

describe('a story’s feed', () => {
  const entries = storyFeedEntries(SEED, SITE);

  it('has one entry per event, its title, summary and page', () => {
    expect(entries).toHaveLength(SEED.events.length);
    const bySlug = new Map<string, Story['events'][number]>(
      SEED.events.map((e) => [`${SITE.origin}/${SEED.id}/${e.slug}/`, e])
    );
    expect(new Set(entries.map((e) => e.id)).size).toBe(SEED.events.length);
    for (const entry of entries) {
      const event = bySlug.get(entry.id)!;
      expect(event, entry.id).toBeDefined();
      expect(entry.link).toBe(entry.id);
      expect(entry.title).toBe(event.title);
      expect(entry.summary).toBe(event.summary);
      // The date as the story tells it, in its language, and in EDTF.
      const label = formatEventDate(event.date, 'fr');
      expect(entry.categories).toEqual([
        { term: edtfDate(event.date), scheme: EVENT_DATE_SCHEME, label }
      ]);
      expect(entry.contentHtml).toContain(label);
    }
  });

  it('dates each entry by its latest reporting document, newest first, then in story order', () => {
    const days = entries.map((e) => e.updated.slice(0, 10));
    for (const [i, entry] of entries.entries()) {
      const slug = entry.id.split('/').at(-2)!;
      const day = reportDay(SEED, slug);
      if (day) expect(entry.updated, slug).toBe(`${day}T00:00:00Z`);
      if (i > 0) {
        expect(compareCalendarDates(days[i - 1]!, days[i]!)).toBeGreaterThanOrEqual(0);
        if (days[i - 1] === days[i]) {
          const order = (id: string) => SEED.events.findIndex((e) => id.endsWith(`/${e.slug}/`));
          expect(order(entries[i - 1]!.id)).toBeLessThan(order(entry.id));
        }
      }
    }
    // The summit, which no document reports, is dated by the sources its evidence cites; then
    // the second dispatch's events come before the first's.
    const summit = SEED.events.find(
      (e) => e.slug === 'sommet-poutine-kim-au-cosmodrome-vostotchny'
    )!;
    const cited = [...(summit.evidence?.sources ?? []), ...(summit.date.evidence?.sources ?? [])]
      .flatMap((c) => (c.published ? [c.published] : []))
      .sort(compareCalendarDates);
    expect(entries[0]!.id).toContain(`/${summit.slug}/`);
    expect(days[0]).toBe(cited.at(-1));
    expect(days[1]).toBe('2023-09-12');
    expect(days.at(-1)).toBe('2023-09-05');
  });

  it('names the outlet of the documents that report an entry', () => {
    const arrives = entries.find((e) => e.id.endsWith('/kim-jong-un-arrive-en-russie/'))!;
    expect(arrives.authors).toEqual([{ name: 'Libération' }]);
  });

  it('gives the hostile story’s texts back intact, in a well-formed document', () => {
    const [feed] = storyFeedFiles(HOSTILE, SITE);
    expect(feed.xml).not.toMatch(/<script|<img/);
    const parsed = parse(feed.xml);
    expect(parsed.title?.value).toBe(HOSTILE.title);
    expect(parsed.entries).toHaveLength(HOSTILE.events.length);
    const titles = parsed.entries!.map((e) => e.title?.value).sort();
    expect(titles).toEqual(HOSTILE.events.map((e) => e.title).sort());
    const summaries = parsed.entries!.map((e) => e.summary?.value).sort();
    expect(summaries).toEqual(HOSTILE.events.map((e) => e.summary).sort());
    expect(parsed.authors?.map((a) => a.name)).toEqual(['<i>AFP</i>']);
  });

  it('survives texts with the characters XML forbids', () => {
    const bad = '\u0000\u0001\ufffe\uffff\ud800';
    const hostile: Story = {
      ...HOSTILE,
      title: `Titre${bad}`,
      events: HOSTILE.events.map((e) => ({ ...e, title: `${e.title}${bad}`, summary: bad }))
    };
    const parsed = parse(storyFeedFiles(hostile, SITE)[0].xml);
    expect(parsed.title?.value).toBe('Titre');
    expect(parsed.entries!.map((e) => e.title?.value).sort()).toEqual(
      HOSTILE.events.map((e) => e.title).sort()
    );
  });

  it('is one complete document up to its limit', () => {
    const files = storyFeedFiles(SEED, SITE);
    expect(files.map((f) => f.file)).toEqual(['feed.xml']);
    expect(files[0].xml).toContain('<fh:complete/>');
    const parsed = parse(files[0].xml);
    expect(parsed.id).toBe(`${SITE.origin}/${SEED.id}/feed.xml`);
    expect(parsed.links).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: `${SITE.origin}/${SEED.id}/feed.xml` },
      { rel: 'alternate', type: 'text/html', href: `${SITE.origin}/${SEED.id}/` }
    ]);
    expect(parsed.updated).toBe(parsed.entries![0]!.updated);
    // The day the stories' feed dates the story by.
    expect(`${storyUpdated(SEED)}T00:00:00Z`).toBe(parsed.updated);
    expect(parsed.xml?.lang).toBe('fr');
    expect(parsed.icon).toBe(SITE.icon);
    expect(parsed.authors?.map((a) => a.name)).toEqual(['AFP', 'Libération']);
  });

  it('past its limit, is archived: every event once across the documents, linked both ways', () => {
    const files = storyFeedFiles(SEED, SITE, 4);
    // 11 events: 4 in feed.xml, then archives of 4 from the oldest: 4, and the rest, 3.
    expect(files.map((f) => f.file)).toEqual([
      'feed.xml',
      'feed-archive-1.xml',
      'feed-archive-2.xml'
    ]);
    const docs = files.map((f) => ({ file: f.file, xml: f.xml, feed: parse(f.xml) }));
    const ids = docs.flatMap((d) => d.feed.entries!.map((e) => e.id));
    expect(ids.sort()).toEqual(
      SEED.events.map((e) => `${SITE.origin}/${SEED.id}/${e.slug}/`).sort()
    );
    expect(docs.map((d) => d.feed.entries!.length)).toEqual([4, 4, 3]);
    const url = (file: string) => `${SITE.origin}/${SEED.id}/${file}`;
    const links = (i: number) =>
      Object.fromEntries(docs[i]!.feed.links!.map((l) => [l.rel, l.href]));
    expect(links(0)).toEqual({
      self: url('feed.xml'),
      alternate: `${SITE.origin}/${SEED.id}/`,
      'prev-archive': url('feed-archive-2.xml')
    });
    expect(links(1)).toEqual({
      self: url('feed-archive-1.xml'),
      alternate: `${SITE.origin}/${SEED.id}/`,
      current: url('feed.xml'),
      'next-archive': url('feed-archive-2.xml')
    });
    expect(links(2)).toEqual({
      self: url('feed-archive-2.xml'),
      alternate: `${SITE.origin}/${SEED.id}/`,
      current: url('feed.xml'),
      'prev-archive': url('feed-archive-1.xml')
    });
    expect(docs[0]!.xml).not.toContain('<fh:');
    for (const d of docs.slice(1)) expect(d.xml).toContain('<fh:archive/>');
    // One feed: the same id throughout; each document dated by its own newest entry.
    expect(new Set(docs.map((d) => d.feed.id))).toEqual(new Set([url('feed.xml')]));
    for (const d of docs)
      expect(d.feed.updated).toBe(
        d.feed
          .entries!.map((e) => e.updated)
          .sort()
          .at(-1)
      );
  });
});

describe('an entry no document dates', () => {
  const IMPORTED = story('tests/fixtures/stories/chronologie-importee');

  it('is dated by the day its story last changed, not by the epoch', () => {
    expect(IMPORTED.documents).toEqual([]);
    const entries = storyFeedEntries(IMPORTED, SITE, '2025-02-03');
    expect(entries).toHaveLength(IMPORTED.events.length);
    expect(new Set(entries.map((e) => e.updated))).toEqual(new Set(['2025-02-03T00:00:00Z']));
    // The day is no publication: an entry claims none.
    expect(entries.filter((e) => e.published)).toEqual([]);
    // The story is dated so too, as the stories' feed lists it.
    expect(storyUpdated(IMPORTED, '2025-02-03')).toBe('2025-02-03');
    expect(storyUpdated(SEED, '2099-01-01')).toBe(storyUpdated(SEED));
    // Only a story whose change day is unknown falls back on the epoch.
    expect(new Set(storyFeedEntries(IMPORTED, SITE).map((e) => e.updated))).toEqual(
      new Set([UNKNOWN_UPDATED])
    );
  });

  it('leaves the entries its documents date as they are', () => {
    expect(storyFeedEntries(SEED, SITE, '2099-01-01')).toEqual(storyFeedEntries(SEED, SITE));
  });
});

describe('the stories’ feed', () => {
  it('has one entry per story, the most recently published first', () => {
    const xml = storiesFeed(
      [
        {
          id: 'a',
          title: 'A <b>',
          lang: 'fr',
          summary: 'a',
          updated: '2023-01-01',
          outlets: ['AFP']
        },
        { id: 'b', title: 'B', lang: 'en', summary: 'b & c', outlets: [] },
        {
          id: 'c',
          title: 'C',
          lang: 'fr',
          summary: 'c',
          updated: '2024-05-01',
          published: '2024-04-01',
          outlets: []
        }
      ],
      SITE,
      `${SITE.origin}/feed.xml`
    );
    const parsed = parse(xml);
    expect(parsed.entries!.map((e) => e.title?.value)).toEqual(['C', 'A <b>', 'B']);
    expect(parsed.entries!.map((e) => e.updated)).toEqual([
      '2024-05-01T00:00:00Z',
      '2023-01-01T00:00:00Z',
      UNKNOWN_UPDATED
    ]);
    expect(parsed.entries![0]!.published).toBe('2024-04-01T00:00:00Z');
    expect(parsed.entries!.map((e) => e.links?.[0]?.href)).toEqual([
      `${SITE.origin}/c/`,
      `${SITE.origin}/a/`,
      `${SITE.origin}/b/`
    ]);
    expect(parsed.entries![2]!.summary?.value).toBe('b & c');
    expect(parsed.entries![2]!.xml?.lang).toBe('en');
    expect(parsed.updated).toBe('2024-05-01T00:00:00Z');
  });
});
