import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory } from '../server/stories.ts';
import { eventHref } from '../paths.ts';
import type { Story, StoryEvent } from '../story/types.ts';
import { escapeHtml, eventDates, toTimelineJs, type TimelineJsFile } from './export.ts';

function load(dir: string): Story {
  const { story, problems } = readStory(path.resolve(dir));
  if (!story) throw new Error(problems.join('\n'));
  return story;
}
const seed = load('content/stories/coree-du-nord-russie-armes');
const hostile = load('tests/fixtures/stories/histoire-piegee');
const deepTime = load('tests/fixtures/stories/temps-profond');
const illustrated = load('tests/fixtures/stories/histoire-illustree');

/** Every string of a value, with where it is. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

/** A day of TimelineJS's as our calendar writes it. */
function dayOf(date: { year: number; month?: number; day?: number }): string {
  const year = date.year;
  const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${y}-${String(date.month ?? 1).padStart(2, '0')}-${String(date.day ?? 1).padStart(2, '0')}`;
}

describe('toTimelineJs: the seed story', () => {
  const file = toTimelineJs(seed);

  it('has a title slide with the story title, a line about it and a link to its page', () => {
    expect(file.title.text.headline).toBe(escapeHtml(seed.title));
    expect(file.title.start_date).toBeUndefined();
    expect(file.title.text.text).toContain(`${seed.events.length} événements datés`);
    expect(file.title.text.text).toContain(`href="/${seed.id}/"`);
  });

  it('has one slide per event, in order, each with its slug, title and lane', () => {
    expect(file.events.map((e) => e.unique_id)).toEqual(seed.events.map((e) => e.slug));
    expect(file.events.map((e) => e.text.headline)).toEqual(
      seed.events.map((e) => escapeHtml(e.title))
    );
    const label = (lane: string) => seed.lanes.find((l) => l.id === lane)!.label;
    expect(file.events.map((e) => e.group)).toEqual(seed.events.map((e) => label(e.lane)));
    expect(file.scale).toBe('human');
  });

  it('starts and ends each slide on the event’s days', () => {
    file.events.forEach((slide, i) => {
      const event = seed.events[i]!;
      expect(dayOf(slide.start_date!), event.slug).toBe(event.date.start);
      if (event.date.end !== event.date.start) expect(dayOf(slide.end_date!)).toBe(event.date.end);
      else expect(slide.end_date).toBeUndefined();
    });
  });

  it('gives the summary, each quote with its speaker and outlet, and a link to the event', () => {
    seed.events.forEach((event, i) => {
      const text = file.events[i]!.text.text;
      expect(text).toContain(`<p>${escapeHtml(event.summary)}</p>`);
      expect(text.match(/<blockquote>/g)?.length ?? 0).toBe(event.quotes.length);
      for (const quote of event.quotes) {
        const speaker = seed.actors.find((a) => a.id === quote.speaker)!.name;
        expect(text).toContain(`<blockquote><p>${escapeHtml(quote.text)}</p>`);
        expect(text).toContain(escapeHtml(speaker));
      }
      expect(text).toContain(`<a href="${eventHref(seed.id, event.slug)}">`);
    });
  });

  it('makes its links absolute when the site’s address is known', () => {
    const absolute = toTimelineJs(seed, { siteUrl: 'https://chronologie.example.org' });
    expect(absolute.events[0]!.text.text).toContain(
      `<a href="https://chronologie.example.org${eventHref(seed.id, seed.events[0]!.slug)}">`
    );
    expect(absolute.title.text.text).toContain(
      `href="https://chronologie.example.org/${seed.id}/"`
    );
  });

  it('makes each period an era with its label and days', () => {
    expect(file.eras).toEqual(
      seed.periods.map((p) => ({
        start_date: expect.objectContaining({}),
        end_date: expect.objectContaining({}),
        text: { headline: escapeHtml(p.label) }
      }))
    );
    file.eras.forEach((era, i) => {
      expect(dayOf(era.start_date)).toBe(seed.periods[i]!.start);
      expect(dayOf(era.end_date)).toBe(seed.periods[i]!.end);
    });
  });
});

describe('eventDates: each precision as TimelineJS reads it', () => {
  const base = seed.events[1]!;
  const event = (date: Partial<StoryEvent['date']>): StoryEvent => ({
    ...base,
    date: { ...base.date, ...date }
  });
  const rows: {
    name: string;
    date: Partial<StoryEvent['date']>;
    lang?: 'fr' | 'en';
    expected: ReturnType<typeof eventDates>;
  }[] = [
    {
      name: 'a year',
      date: { start: '1969-01-01', end: '1969-12-31', precision: 'year' },
      expected: { start_date: { year: 1969 } }
    },
    {
      name: 'a month',
      date: { start: '1969-07-01', end: '1969-07-31', precision: 'month' },
      expected: { start_date: { year: 1969, month: 7 } }
    },
    {
      name: 'a day',
      date: { start: '1969-07-20', end: '1969-07-20', precision: 'day' },
      expected: { start_date: { year: 1969, month: 7, day: 20 } }
    },
    {
      name: 'days',
      date: { start: '2023-07-25', end: '2023-07-27', precision: 'days' },
      expected: {
        start_date: { year: 2023, month: 7, day: 25 },
        end_date: { year: 2023, month: 7, day: 27 }
      }
    },
    {
      name: 'days that are whole years',
      date: { start: '1939-01-01', end: '1945-12-31', precision: 'days' },
      expected: { start_date: { year: 1939 }, end_date: { year: 1945 } }
    },
    {
      name: 'days that are whole months',
      date: { start: '1969-03-01', end: '1969-06-30', precision: 'days' },
      expected: { start_date: { year: 1969, month: 3 }, end_date: { year: 1969, month: 6 } }
    },
    {
      name: 'days that are one whole year end in a month (TimelineJS would drop an equal end)',
      date: { start: '1969-01-01', end: '1969-12-31', precision: 'days' },
      expected: { start_date: { year: 1969, month: 1 }, end_date: { year: 1969, month: 12 } }
    },
    {
      name: 'days from a whole month to a whole year, as a sheet writes them',
      date: { start: '1943-07-01', end: '1946-12-31', precision: 'days' },
      expected: { start_date: { year: 1943, month: 7 }, end_date: { year: 1946 } }
    },
    {
      name: 'days that are one whole month stay days',
      date: { start: '2023-07-01', end: '2023-07-31', precision: 'days' },
      expected: {
        start_date: { year: 2023, month: 7, day: 1 },
        end_date: { year: 2023, month: 7, day: 31 }
      }
    },
    {
      name: 'a part of a month, in our words',
      date: { start: '2023-07-21', end: '2023-07-31', precision: 'part-of-month' },
      expected: {
        start_date: { year: 2023, month: 7, day: 21 },
        end_date: { year: 2023, month: 7, day: 31 },
        display_date: 'fin juillet 2023'
      }
    },
    {
      name: 'a part of a month, in English',
      date: { start: '2023-07-11', end: '2023-07-20', precision: 'part-of-month' },
      lang: 'en',
      expected: {
        start_date: { year: 2023, month: 7, day: 11 },
        end_date: { year: 2023, month: 7, day: 20 },
        display_date: 'mid-July 2023'
      }
    },
    {
      name: 'a time, local to its zone, the zone named',
      date: {
        start: '2023-09-13',
        end: '2023-09-13',
        precision: 'time',
        time: '14:30',
        timeZone: 'Asia/Vladivostok'
      },
      expected: {
        start_date: { year: 2023, month: 9, day: 13, hour: 14, minute: 30 },
        display_date: '13 septembre 2023 à 14 h 30 (heure de Vladivostok)'
      }
    },
    {
      name: 'a year before year 1, as TimelineJS shows it and the importer reads it: -0499 (500 BC) is -500',
      date: { start: '-0499-01-01', end: '-0499-12-31', precision: 'year' },
      expected: { start_date: { year: -500 } }
    },
    {
      name: 'the author’s own words for the date',
      date: {
        start: '1969-06-01',
        end: '1969-08-31',
        precision: 'days',
        display: 'Summer & <em>1969</em>'
      },
      expected: {
        start_date: { year: 1969, month: 6 },
        end_date: { year: 1969, month: 8 },
        display_date: 'Summer &amp;amp; &amp;lt;em&amp;gt;1969&amp;lt;/em&amp;gt;'
      }
    }
  ];
  it.each(rows)('$name', ({ date, lang, expected }) => {
    expect(eventDates(event(date), lang ?? 'fr', 'human')).toEqual(expected);
  });

  it('gives years only, and our words, on the cosmological scale', () => {
    const e = event({ start: '2023-09-13', end: '2023-09-13', precision: 'day' });
    expect(eventDates(e, 'fr', 'cosmological')).toEqual({
      start_date: { year: 2023 },
      display_date: 'mercredi 13 septembre 2023'
    });
  });
});

describe('toTimelineJs: deep time', () => {
  const file: TimelineJsFile = toTimelineJs(deepTime);
  it('is cosmological, with years as numbers', () => {
    expect(file.scale).toBe('cosmological');
    expect(file.events[0]!.start_date!.year).toBeLessThan(-271_820);
    for (const slide of file.events) expect(typeof slide.start_date!.year).toBe('number');
  });
  it('keeps a story of our era on the human scale', () => {
    expect(toTimelineJs(illustrated).scale).toBe('human');
  });
});

describe('toTimelineJs: the fields of imported stories', () => {
  const story: Story = {
    ...seed,
    introduction: [{ tag: 'p', children: [{ text: 'Une <introduction>' }] }],
    media: [{ url: 'http://example.org/a"b', caption: 'Légende <b>', credit: 'AFP' }],
    events: seed.events.map((event, i) =>
      i === 0
        ? {
            ...event,
            body: [
              {
                tag: 'p',
                children: [{ text: 'Un ' }, { tag: 'em', children: [{ text: 'corps' }] }]
              },
              { tag: 'ul', children: [{ tag: 'li', children: [{ text: 'un point' }] }] }
            ],
            attributedQuotes: [{ text: 'That’s one small step', attribution: 'Neil Armstrong' }],
            background: { color: '#336699' },
            media: [{ file: 'media/train.jpg', alt: 'Le train', caption: 'Le train' }]
          }
        : event
    )
  };
  const file = toTimelineJs(story, { siteUrl: 'https://chronologie.example.org' });

  it('gives the introduction and the story’s media on the title slide', () => {
    expect(file.title.text.text).toContain('<p>Une &lt;introduction&gt;</p>');
    expect(file.title.media).toEqual({
      url: 'http://example.org/a%22b',
      caption: 'Légende &lt;b&gt;',
      credit: 'AFP'
    });
  });

  it('gives the body in place of the summary, then the author’s quotations', () => {
    const text = file.events[0]!.text.text;
    expect(text).toMatch(/^<p>Un <em>corps<\/em><\/p><ul><li>un point<\/li><\/ul>/);
    expect(text).not.toContain(escapeHtml(seed.events[0]!.summary));
    expect(text).toContain(
      '<blockquote><p>That’s one small step</p><p>— Neil Armstrong</p></blockquote>'
    );
  });

  it('gives the background, and our own image by its absolute address', () => {
    expect(file.events[0]!.background).toEqual({ color: '#336699' });
    expect(file.events[0]!.media).toEqual({
      url: `https://chronologie.example.org/${seed.id}/media/train.jpg`,
      caption: 'Le train',
      alt: 'Le train'
    });
  });
});

describe('toTimelineJs: the hostile story comes out inert', () => {
  const file = toTimelineJs(hostile);
  const all = strings(file);

  it('has no markup but ours: paragraphs, quotations and links to http(s) or our pages', () => {
    for (const [at, text] of all) {
      for (const [tag] of text.matchAll(/<[^>]*>/g))
        expect(tag, at).toMatch(/^<(\/?(p|blockquote)|\/a|a href="(https?:\/\/|\/)[^"<>]*")>$/);
    }
  });

  it('has no bidi override or isolate control', () => {
    for (const [at, text] of all) expect(text, at).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('escapes the lane’s label twice, since TimelineJS decodes a group twice', () => {
    expect(file.events[0]!.group).toBe('&amp;quot;&amp;gt;&amp;lt;svg onload=alert(6)&amp;gt;');
  });

  it('writes outside addresses as URLs, quotes and brackets encoded', () => {
    const media = file.events.find((e) => e.media)!.media!;
    expect(media.url).toBe('https://example.org/%22%3E%3Cscript%3Ealert(17)%3C/script%3E');
  });

  it('still says the words: the quote’s text, escaped', () => {
    expect(file.events.find((e) => e.unique_id === 'titre-script')!.text.text).toContain(
      '<blockquote><p>&lt;script&gt;alert(&quot;citation&quot;)&lt;/script&gt;</p>'
    );
  });
});

describe('eras', () => {
  it('keeps the end of an era of one whole year (TimelineJS compares only the start’s parts)', () => {
    const story = {
      ...seed,
      periods: [{ id: 'annee', label: 'Année', start: '2019-01-01', end: '2019-12-31' }]
    };
    const era = toTimelineJs(story).eras[0]!;
    const startParts = Object.keys(era.start_date) as (keyof typeof era.start_date)[];
    expect(startParts.some((part) => era.start_date[part] !== era.end_date[part])).toBe(true);
  });

  it('ends an era of one day at 23:59, so that TimelineJS keeps its end', () => {
    const story = {
      ...seed,
      periods: [{ id: 'sommet', label: 'Sommet', start: '2023-09-13', end: '2023-09-13' }]
    };
    expect(toTimelineJs(story).eras[0]).toEqual({
      start_date: { year: 2023, month: 9, day: 13 },
      end_date: { year: 2023, month: 9, day: 13, hour: 23, minute: 59 },
      text: { headline: 'Sommet' }
    });
  });
});
