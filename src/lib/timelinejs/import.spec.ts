import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// TimelineJS's own CSV reader, as a second reading of its sample sheets (untyped JavaScript).
// @ts-expect-error no declaration file
import { parseObjects } from '@knight-lab/timelinejs/src/js/core/CSV.js';
import { parseRichText } from '../story/rich-text.ts';
import type { StoryFile } from '../story/schema.ts';
import { textsContext, validateStory } from '../story/validate.ts';
import {
  cutAtWord,
  guessLanguage,
  importSheetCsv,
  importTimeline,
  importTimelineJson,
  type ImportOptions,
  type ImportReport
} from './import.ts';

const FIXTURES = 'tests/fixtures/timelinejs';
const PACKAGE = 'node_modules/@knight-lab/timelinejs/src';

const read = (file: string) => readFileSync(file, 'utf8');

/** Imports a file that must import, and checks that the build would accept the story. */
function imported(
  file: string,
  options: ImportOptions = {}
): { story: StoryFile; report: ImportReport } {
  const result = importTimeline(read(file), { fileName: path.basename(file), ...options });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.place}: ${e.message}`).join('\n'));
  const validation = validateStory(result.story, textsContext({}));
  expect(validation.ok ? [] : validation.errors).toEqual([]);
  return result;
}
const fixture = (name: string, options: ImportOptions = {}) =>
  imported(path.join(FIXTURES, name), options);
const eventTitled = (story: StoryFile, title: string) => {
  const event = story.events.find((e) => e.title === title);
  if (!event) throw new Error(`no event titled ${title}`);
  return event;
};
const warningsOf = (report: ImportReport) => report.warnings.map((w) => `${w.place}: ${w.message}`);

describe('dates', () => {
  it('reads a year alone as that whole year', () => {
    const { story } = fixture('year-only.json');
    expect(story.events.map((e) => e.date)).toEqual([
      { start: '1815-01-01', end: '1815-12-31', precision: 'year' },
      { start: '1843-01-01', end: '1843-12-31', precision: 'year' }
    ]);
  });

  it('reads negative years as TimelineJS shows them: -500 is 500 BC, stored astronomically as -0499', () => {
    const { story } = fixture('bce.json');
    expect(story.events.map((e) => [e.title, e.date.start, e.date.end])).toEqual([
      ['A year before the common era', '-0499-01-01', '-0499-12-31'],
      ['The Ides of March', '-0043-03-15', '-0043-03-15'],
      ['Year zero, 1 BC', '0000-01-01', '0000-12-31']
    ]);
    expect(story.bounds).toEqual({ start: '-0499-01-01', end: '0000-12-31' });
  });

  it('reads a cosmological timeline in years, billions of them', () => {
    const { story, report } = fixture('cosmological.json');
    expect(story.bounds).toEqual({ start: '-13799999999-01-01', end: '2024-12-31' });
    expect(eventTitled(story, 'The Earth forms').date).toEqual({
      start: '-4539999999-01-01',
      end: '-4539999999-12-31',
      precision: 'year'
    });
    expect(eventTitled(story, 'The dinosaurs die out').date).toMatchObject({
      start: '-65999999-01-01',
      end: '-64999999-12-31'
    });
    expect(warningsOf(report)).toContain(
      'events[1].start_date.month: months, days and times (a cosmological timeline reads years alone) not kept'
    );
  });

  it('reads hours and minutes in UTC without --time-zone, and warns', () => {
    const { story, report } = fixture('times.json');
    expect(story.events.map((e) => [e.date.time, e.date.timeZone, e.date.precision])).toEqual([
      ['09:30', 'UTC', 'time'],
      ['14:00', 'UTC', 'time'],
      ['16:00', 'UTC', 'time']
    ]);
    expect(warningsOf(report)).toEqual(
      expect.arrayContaining([
        'events[0].start_date.hour: TimelineJS times carry no time zone: read as UTC; give --time-zone (such as Europe/Paris) for the zone they were written in',
        'events[2].end_date.hour: the end time 18:45 not kept'
      ])
    );
  });

  it('reads hours and minutes in the zone --time-zone gives, without the UTC warning', () => {
    const { story, report } = fixture('times.json', { timeZone: 'Europe/Paris' });
    expect(story.events.map((e) => e.date.timeZone)).toEqual([
      'Europe/Paris',
      'Europe/Paris',
      'Europe/Paris'
    ]);
    expect(warningsOf(report).join('\n')).not.toMatch(/UTC/);
  });

  it('takes blank end dates for no end, and drops an end equal to the start', () => {
    const { story } = fixture('blank-end-date.json');
    expect(story.events.map((e) => e.date)).toEqual([
      { start: '2001-09-11', end: '2001-09-11', precision: 'day' },
      { start: '2002-01-01', end: '2002-12-31', precision: 'year' },
      { start: '2003-03-20', end: '2003-03-20', precision: 'day' }
    ]);
  });

  it('reads date parts as numbers or strings, padded or not', () => {
    const { story } = fixture('numbers-vs-strings.json');
    expect(story.events.map((e) => e.date.start)).toEqual([
      '1969-07-20',
      '1969-07-21',
      '1969-07-24',
      '1969-07-25'
    ]);
  });

  it('keeps display_date, from the slide or its start_date, as words', () => {
    const { story } = fixture('display-date.json', { lang: 'en' });
    expect(story.events.map((e) => [e.date.display, e.date.precision])).toEqual([
      ['Summer 1969', 'days'],
      ['late July 2023', 'part-of-month'],
      ['early July', 'part-of-month']
    ]);
  });

  it('takes a French part of a month as one when it is exactly the slide’s days', () => {
    const { story } = fixture('display-date-fr.json', { lang: 'fr' });
    expect(story.events.map((e) => [e.date.display, e.date.precision])).toEqual([
      ['fin juillet 2023', 'part-of-month'],
      // "mi-août" is the 11th to the 20th: the slide's 11th to 19th is not that, so days.
      ['mi-août 2023', 'days']
    ]);
    // Whatever language the story is taken to be in.
    expect(fixture('display-date-fr.json', { lang: 'en' }).story.events[0]!.date.precision).toBe(
      'part-of-month'
    );
  });
});

describe('lanes, periods, slugs and the title slide', () => {
  it('makes a lane per group, in order of first appearance, and one for the events without', () => {
    const { story, report } = fixture('groups.json', { lang: 'en' });
    expect(story.lanes).toEqual([
      { id: 'lyon', label: 'Lyon', represents: ['Lyon'] },
      { id: 'paris', label: 'Paris', represents: ['Paris'] },
      { id: 'other', label: 'Other', represents: ['Other'] }
    ]);
    expect(story.events.map((e) => e.lane)).toEqual(['lyon', 'paris', 'lyon', 'other']);
    expect(story.events.every((e) => e.actors.length === 0)).toBe(true);
    expect(report.lanes).toBe(3);
  });

  it('cuts a long group name, and skips a slide without a start date as TimelineJS does, saying so', () => {
    const long = 'A very long group name '.repeat(10);
    const result = importTimelineJson(
      JSON.stringify({
        events: [
          { start_date: { year: '2001' }, text: { headline: 'One' }, group: long },
          { text: { headline: 'Undated' } },
          { start_date: { year: '' }, text: { headline: 'Blank' }, group: long }
        ]
      }),
      { lang: 'en' }
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(validateStory(result.story, textsContext({})).ok).toBe(true);
    expect(result.story.lanes).toEqual([
      {
        id: 'a-very-long-group-name-a-very-long-group-name-a-very-long',
        label: 'A very long group name A very long group name A very long…',
        represents: ['A very long group name A very long group name A very long…']
      }
    ]);
    expect(result.report.skipped).toEqual([
      { place: 'events[1]', message: 'no start_date: skipped; TimelineJS would drop it silently' },
      { place: 'events[2]', message: 'no start_date: skipped; TimelineJS would drop it silently' }
    ]);
  });

  it('orders the lanes as TimelineJS draws the groups: by first appearance in time, not in the file', () => {
    const slide = (year: string, group: string) => ({
      start_date: { year },
      text: { headline: `${group} ${year}` },
      group
    });
    const result = importTimelineJson(
      JSON.stringify({
        events: [slide('2000', 'Late'), slide('1990', 'Early'), slide('1995', 'Late')]
      }),
      { lang: 'en' }
    );
    expect(result.ok && result.story.lanes!.map((l) => l.label)).toEqual(['Early', 'Late']);
  });

  it('reads group and display_date as TimelineJS shows them: markup stripped, then read as HTML', () => {
    const result = importTimelineJson(
      JSON.stringify({
        events: [
          {
            start_date: { year: '1969', month: '6' },
            end_date: { year: '1969', month: '8' },
            display_date: 'Summer &amp;amp; <b>fall</b>',
            text: { headline: 'Twice' },
            group: 'Lyon &amp;amp; <i>Paris</i>'
          }
        ]
      }),
      { lang: 'en' }
    );
    expect(
      result.ok && [result.story.lanes![0]!.label, result.story.events[0]!.date.display]
    ).toEqual(['Lyon & Paris', 'Summer & fall']);
  });

  it('makes one lane in the story’s language when no slide has a group', () => {
    expect(fixture('year-only.json', { lang: 'fr' }).story.lanes).toEqual([
      { id: 'evenements', label: 'Événements', represents: ['Événements'] }
    ]);
    expect(fixture('year-only.json', { lang: 'en' }).story.lanes).toEqual([
      { id: 'events', label: 'Events', represents: ['Events'] }
    ]);
  });

  it('makes each era a period, its headline reduced to words', () => {
    const { story, report } = fixture('eras.json');
    expect(story.periods).toEqual([
      {
        id: 'the-second-world-war',
        label: 'The Second World War',
        start: '1939-09-01',
        end: '1945-09-02'
      },
      { id: 'the-cold-war', label: 'The Cold War', start: '1947-01-01', end: '1991-12-31' }
    ]);
    expect(story.bounds).toEqual({ start: '1939-09-01', end: '1991-12-31' });
    expect(report.periods).toBe(2);
  });

  it('rests every event on the newsroom’s own text', () => {
    const { story } = fixture('eras.json');
    for (const event of story.events) {
      expect(event.claim).toEqual({ status: 'editorial' });
      expect(event.passages).toEqual([]);
      expect(event.quotes).toEqual([]);
    }
    expect(story.documents).toEqual([]);
    expect(story.actors).toEqual([]);
  });

  it('takes unique_id for the slug, made unique, and the headline otherwise', () => {
    const { story, report } = fixture('slugs-and-backgrounds.json');
    expect(story.events.map((e) => e.slug)).toEqual([
      'first-id',
      'same-headline',
      'first-id-2',
      'media-2', // "media" is an address of the site's own
      'a-slide-without-a-headline-takes-its-first-words-as-its-title'
    ]);
    expect(warningsOf(report)).toContain(
      'events[2].unique_id: "first-id" is taken already: slug first-id-2'
    );
  });

  it('titles a slide without a headline from its first words, and says so', () => {
    const { story, report } = fixture('slugs-and-backgrounds.json');
    expect(story.events[4]!.title).toBe(
      'A slide without a headline takes its first words as its title.'
    );
    expect(warningsOf(report)).toContain(
      'events[4].text.headline: no headline: titled "A slide without a headline takes its first words as its title." from its text'
    );
  });

  it('keeps a safe background colour or image link, and drops an unsafe one', () => {
    const { story, report } = fixture('slugs-and-backgrounds.json');
    expect(story.events.map((e) => e.background)).toEqual([
      { color: '#F45B69' },
      { color: 'papayawhip' },
      { url: 'https://example.org/bg.jpg' },
      undefined,
      undefined
    ]);
    expect(warningsOf(report)).toContain(
      'events[3].background.color: "url(javascript:alert(1))" is not a plain CSS colour (a hex code, rgb(), hsl() or a colour name): dropped'
    );
  });

  it('makes the title slide the story’s title, introduction and media', () => {
    const { story } = fixture('media-iframe.json');
    expect(story.title).toBe('Embedded media');
    expect(story.id).toBe('embedded-media');
    expect(story.media).toEqual([
      {
        url: 'https://example.org/cover.jpg',
        alt: 'A cover',
        caption: 'The cover',
        credit: 'Photo: A. N. Other'
      }
    ]);
    expect(fixture('year-only.json').story.introduction).toBe(
      '<p>Each slide gives a year and no more.</p>'
    );
  });

  it('titles a timeline without a title slide from its file name, and --id names it', () => {
    const { story, report } = fixture('tag.csv', { id: 'grande-guerre' });
    expect(story.title).toBe('tag');
    expect(story.id).toBe('grande-guerre');
    expect(warningsOf(report)).toContain(
      'title: no title slide headline: titled "tag" from the file name'
    );
  });

  it('guesses the language from the words, and says so', () => {
    const { story, report } = fixture('eras.json');
    expect(story.language).toBe('en');
    expect(warningsOf(report)[0]).toMatch(/^language: guessed English from the words/);
    expect(guessLanguage('La guerre est finie et les soldats sont rentrés').lang).toBe('fr');
    expect(guessLanguage('The war is over and the soldiers are home').lang).toBe('en');
  });
});

describe('text and media', () => {
  it('keeps the text as rich text and a plain summary cut near 300 characters', () => {
    const { story } = fixture('crlf-lf.csv');
    const event = eventTitled(story, 'A headline, with a comma');
    expect(event.body).toBe('<p>First paragraph.</p><p>Second, with "quotes".</p>');
    expect(event.summary).toBe('First paragraph. Second, with "quotes".');
    const long = 'word '.repeat(100);
    expect(cutAtWord(long, 300)).toMatch(/^(word ){59}word…$/);
    expect(eventTitled(fixture('eras.json').story, 'The Appeal of 18 June').summary).toBe(
      'The Appeal of 18 June'
    );
  });

  it('makes a <blockquote> an attributed quotation: cite, credit or a trailing dash names who said it', () => {
    const { story, report } = fixture('media-blockquote.json');
    expect(story.events.map((e) => e.attributedQuotes)).toEqual([
      [{ text: 'There is no demand for women engineers, as such.', attribution: 'Edith Clarke' }],
      [{ text: "That's one small step for man.", attribution: 'Neil Armstrong, 20 July 1969' }],
      [{ text: 'I have a dream.', attribution: 'Martin Luther King Jr.' }],
      // A credit and a trailing "— Name" that it names: the name is not part of the words.
      [{ text: 'Nous tiendrons.', attribution: 'Jean Moulin, Chartres, 1940' }],
      // A dash whose words the credit does not name belongs to the quotation.
      [{ text: 'We will win — eventually', attribution: 'A. Speaker' }]
    ]);
    expect(story.events.every((e) => e.media === undefined)).toBe(true);
    expect(report.warnings.filter((w) => w.place.startsWith('events'))).toEqual([]);
  });

  it('links to what an <iframe> shows and to an http(s) address; drops the rest, and says so', () => {
    const { story, report } = fixture('media-iframe.json');
    expect(story.events.map((e) => e.media)).toEqual([
      [
        {
          url: 'https://www.youtube.com/embed/abc?start=5&end=9',
          caption: 'A video',
          credit: 'Someone'
        }
      ],
      [{ url: 'http://example.com/page', caption: 'A page' }],
      undefined
    ]);
    expect(warningsOf(report)).toEqual(
      expect.arrayContaining([
        'events[1].media.thumbnail: media thumbnails are not kept: the site never loads images from elsewhere',
        'events[2].media.url: "images/photo.jpg" is not an http(s) address: dropped (a story only links to outside media)'
      ])
    );
  });
});

describe('sheets', () => {
  it('reads the current 19-column layout, Alt Text included', () => {
    const { story } = fixture('sheet-current.csv');
    expect(story.title).toBe('A sheet in the current layout');
    expect(story.introduction).toBe('<p>Nineteen columns.</p>');
    expect(eventTitled(story, 'The Moon landing').media).toEqual([
      {
        url: 'https://example.org/moon.jpg',
        alt: 'Buzz Aldrin on the Moon',
        caption: 'The Eagle',
        credit: 'NASA'
      }
    ]);
    expect(story.lanes!.map((l) => l.label)).toEqual(['Space', 'Politics']);
  });

  it('reads the 18-column layout from before December 2024', () => {
    const { story } = fixture('sheet-pre-2024.csv');
    expect(story.events.map((e) => [e.title, e.date.start, e.date.end, e.lane])).toEqual([
      ['Ada Lovelace', '1815-12-10', '1852-11-27', 'people'],
      ['The Notes', '1843-01-01', '1843-12-31', 'works'],
      ['ENIAC', '1943-07-01', '1946-12-31', 'other']
    ]);
  });

  it('reads CR LF between records and LF inside cells, "" and commas in cells', () => {
    const { story } = fixture('crlf-lf.csv');
    expect(story.events.map((e) => e.title)).toEqual([
      'A headline, with a comma',
      'Two lines',
      'Thousands comma in the year'
    ]);
    expect(story.events[2]!.date.start).toBe('2020-03-03');
  });

  it('ignores a column TimelineJS does not read, and says so', () => {
    const csv = 'Year,Headline,Notes,Group\n2020,One,an editor’s note,\n';
    const result = importSheetCsv(csv, { lang: 'en' });
    expect(result.ok && result.report.warnings).toContainEqual({
      place: 'row 1',
      message: 'column "Notes" is not TimelineJS\'s: ignored'
    });
    expect(result.ok && result.story.events[0]!.summary).toBe('One');
  });

  it('reads Tag as the old name of Group', () => {
    const { story } = fixture('tag.csv');
    expect(story.lanes!.map((l) => l.label)).toEqual(['Europe', 'Americas']);
    expect(story.events.map((e) => e.lane)).toEqual(['europe', 'americas', 'europe']);
  });

  it('takes the title row and era rows, and a second title row as an event', () => {
    const { story, report } = fixture('title-era-rows.csv');
    expect(story.title).toBe('The title row');
    expect(story.periods).toEqual([
      { id: 'the-great-war', label: 'The Great War', start: '1914-07-28', end: '1918-11-11' },
      {
        id: 'the-second-world-war',
        label: 'The Second World War',
        start: '1939-09-01',
        end: '1945-05-08'
      }
    ]);
    expect(story.events.map((e) => e.title)).toEqual(['Verdun', 'A second title row', 'D-Day']);
    expect(warningsOf(report)).toContain(
      'row 6, column P (Type): a second title row (the first is row 2): taken as an event, as TimelineJS does'
    );
  });

  it('reads the old Start Date layout, with US-order dates', () => {
    const { story } = fixture('start-date-layout.csv');
    expect(story.events.map((e) => [e.title, e.date.start, e.date.end, e.date.precision])).toEqual([
      ['US order: 9 May', '2023-05-09', '2023-05-09', 'day'],
      ['Month and year', '2023-07-01', '2023-07-31', 'month'],
      ['ISO date', '2023-07-14', '2023-07-14', 'day'],
      ['A year BCE', '-0499-01-01', '-0499-12-31', 'year'],
      ['With a time', '2023-01-05', '2023-01-05', 'time'],
      ['A range', '2023-12-24', '2023-12-26', 'days']
    ]);
  });

  it('reads every form of Time TimelineJS accepts', () => {
    const { story, report } = fixture('times.csv', { timeZone: 'America/New_York' });
    expect(story.events.map((e) => [e.title, e.date.time])).toEqual([
      ['Colon', '13:30'],
      ['PM', '13:30'],
      ['a.m.', '00:15'],
      ['Compact', '09:30'],
      ['Dot', '13:45'],
      ['Seconds', '08:05'],
      ['Hour alone', '09:00'],
      ['A time range', '10:00']
    ]);
    expect(warningsOf(report)).toEqual(
      expect.arrayContaining([
        'row 7, column D (Time): the seconds not kept',
        'row 9, column H (End Time): the end time 11:30 not kept'
      ])
    );
  });

  it('reports the rows TimelineJS would drop in silence, and skips blank rows without a word', () => {
    const { story, report } = fixture('rows-without-year.csv');
    expect(story.events.map((e) => e.title)).toEqual(['Kept', 'Kept too']);
    expect(report.skipped).toEqual([
      {
        place: 'row 3',
        message: 'no Year (headline "No year here"): skipped; TimelineJS would drop it silently'
      },
      { place: 'row 7', message: 'no Year: skipped; TimelineJS would drop it silently' }
    ]);
    expect(report.events).toBe(2);
  });
});

describe('bad input: each error with its place, and no story', () => {
  it.each([
    [
      'malformed.json',
      'line 5, column 7',
      "not valid JSON: expected ',' or '}' after a property's value, found ‘\"’"
    ],
    [
      'trailing-comma.json',
      'line 3, column 64',
      "not valid JSON: a ',' before ']' (JSON allows no trailing comma)"
    ],
    [
      'empty.json',
      '(file)',
      'the file is empty: expected a TimelineJS3 JSON file or a TimelineJS sheet saved as CSV'
    ],
    [
      'blank.csv',
      '(file)',
      'the file is empty: expected a TimelineJS3 JSON file or a TimelineJS sheet saved as CSV'
    ],
    [
      'not-timeline.json',
      '(root)',
      'expected a TimelineJS3 file: a JSON object with an "events" list (and optionally "title", "eras", "scale"); this object has none'
    ],
    [
      'not-timeline.csv',
      'row 1',
      'no "Year" column (nor "Start Date"): this is not a TimelineJS sheet, whose header row reads Year,Month,Day,Time,End Year,…,Headline,Text,…; nor is it a TimelineJS JSON file (an object with "events"). The header row found: "title,count,description"'
    ],
    [
      'no-year-header.csv',
      'row 1',
      'no "Year" column (nor "Start Date"): this is not a TimelineJS sheet, whose header row reads Year,Month,Day,Time,End Year,…,Headline,Text,…; nor is it a TimelineJS JSON file (an object with "events"). The header row found: "Date,Headline,Text"'
    ],
    [
      'v2.json',
      'timeline',
      'this is a TimelineJS v2 file ({"timeline": {"date": […]}}), which TimelineJS3 no longer reads: open it in a TimelineJS v2 page, or copy its dates into the TimelineJS3 sheet template (one row per "date": startDate → Year, Month, Day; headline → Headline; text → Text; asset.media → Media) and import that sheet'
    ],
    [
      'date-circa.json',
      'events[1].start_date.year',
      '"c. 1500" is not a whole number (TimelineJS takes digits only, such as 1500 or -500)'
    ],
    ['month-13.json', 'events[0].start_date.month', '13 is not a month (1 to 12)'],
    ['april-31.json', 'events[0].start_date.day', '31 is not a day of 2021-04 (1 to 30)'],
    [
      'end-before-start.json',
      'events[0].end_date',
      'the end (2021-04-30) is before the start (2021-05-01)'
    ],
    [
      'era-without-end.json',
      'eras[0].end_date',
      'an era needs an end date (TimelineJS refuses an era without one)'
    ],
    [
      'era-without-end.csv',
      'row 3, column E (End Year)',
      'an era needs an end date (TimelineJS refuses an era without one)'
    ],
    [
      'time-without-date.csv',
      'row 3, column D (Time)',
      'a time ("13:30") without a date: give the row its Year'
    ],
    [
      'bad-time.csv',
      'row 2, column D (Time)',
      '"25:00" is not a time (the hour must be 0 to 23, or 1 to 12 with AM/PM)'
    ],
    [
      'bad-start-date.csv',
      'row 2, column A (Start Date)',
      '"soon" is not a date TimelineJS reads (YYYY-MM-DD, YYYY, M/D/YYYY in US order, or M/YYYY)'
    ],
    [
      'unclosed-quote.csv',
      'line 2, column 16',
      'a quoted cell opens here and is never closed (a " is missing)'
    ],
    ['no-events.json', 'events', 'the timeline has no events']
  ])('%s: %s', (file, place, message) => {
    const result = importTimeline(read(path.join(FIXTURES, 'errors', file)), { fileName: file });
    expect(result).toEqual({ ok: false, errors: [{ place, message }] });
  });

  it.each([
    ['[]', 'a list'],
    ['null', 'null'],
    ['"a text"', 'a string'],
    ['{"events": {}}', null]
  ])('refuses JSON that is no timeline: %s', (text, got) => {
    const result = importTimelineJson(text);
    expect(result).toEqual({
      ok: false,
      errors: [
        got === null
          ? { place: 'events', message: 'expected a list of slides' }
          : {
              place: '(root)',
              message: `expected a TimelineJS3 file (a JSON object with an "events" list), got ${got}`
            }
      ]
    });
  });

  it('lists every error of a file, not the first alone', () => {
    const text = JSON.stringify({
      events: [
        { start_date: { year: 'c. 1500' } },
        { start_date: { year: '2020', month: '13' } },
        { start_date: { year: '2020', month: '2', day: '30' } }
      ]
    });
    const result = importTimelineJson(text, { lang: 'en' });
    expect(result.ok ? [] : result.errors.map((e) => e.place)).toEqual([
      'events[0].start_date.year',
      'events[1].start_date.month',
      'events[2].start_date.day'
    ]);
  });

  it('refuses an unknown --time-zone and a malformed --id', () => {
    const text = read(path.join(FIXTURES, 'year-only.json'));
    expect(importTimeline(text, { timeZone: 'Mars/Olympus' })).toEqual({
      ok: false,
      errors: [
        {
          place: '--time-zone',
          message: 'unknown IANA time zone "Mars/Olympus" (such as "Europe/Paris")'
        }
      ]
    });
    expect(importTimeline(text, { id: 'Not An Id' })).toEqual({
      ok: false,
      errors: [
        {
          place: '--id',
          message: '"Not An Id" is not a story id: lowercase letters, digits and single hyphens'
        }
      ]
    });
  });
});

describe('hostile files import as inert text', () => {
  /** Every string of a story file, wherever it is. */
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
  /** Every link the story would show: media, backgrounds, and the rich texts' hrefs. */
  const links = (story: StoryFile): string[] => [
    ...(story.media ?? []).map((m) => m.url ?? ''),
    ...story.events.flatMap((e) => [
      ...(e.media ?? []).map((m) => m.url ?? ''),
      ...(e.background?.url ? [e.background.url] : [])
    ]),
    ...[story.introduction, ...story.events.map((e) => e.body)].flatMap((html) =>
      [...(html ?? '').matchAll(/href="([^"]*)"/g)].map((m) => m[1]!)
    )
  ];

  it.each(['hostile.json', 'hostile.csv'])('%s', (file) => {
    const { story, report } = fixture(file);
    // Rich text is the safe subset, strictly read back.
    for (const html of [story.introduction, ...story.events.map((e) => e.body)])
      if (html !== undefined) expect(parseRichText(html)).not.toHaveProperty('error');
    const file_ = JSON.stringify(story);
    // No element but the subset's, no attribute but href, in any rich text.
    for (const html of [story.introduction ?? '', ...story.events.map((e) => e.body ?? '')]) {
      expect(html).not.toMatch(/<(?!\/?(p|em|strong|ul|ol|li|br|a)\b)[a-z]/i);
      for (const tag of html.match(/<[a-z][^>]*>/gi) ?? [])
        expect(tag).toMatch(/^<(p|em|strong|ul|ol|li|br)>$|^<a href="https?:\/\/[^"]*">$/);
    }
    // Nowhere in the file a script address, a handler, a style or a CSS url().
    expect(file_).not.toMatch(/javascript:|vbscript:|data:[a-z]|\son[a-z]+=|style=|url\(/i);
    // Links are http(s) only; nothing can run.
    for (const link of links(story)) expect(link).toMatch(/^https?:\/\//);
    expect(links(story).length).toBeGreaterThan(0);
    // Colours are plain colours, drawn as a fill: nothing of CSS beyond them.
    for (const event of story.events)
      if (event.background?.color) expect(event.background.color).toMatch(/^(#[0-9a-f]+|[a-z]+)$/i);
    // No bidirectional override or isolate control anywhere.
    expect(file_).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    // Titles stay titles, however long the headline.
    for (const title of [story.title, ...story.events.map((e) => e.title)])
      expect(title.length).toBeLessThanOrEqual(201);
    // Plain fields have no markup left in them: a tag is gone, or kept as its words. Only what
    // the author wrote as escaped text ("&lt;script&gt;") reads as a tag, as words.
    const escaped = new Set(
      [...read(path.join(FIXTURES, file)).matchAll(/&lt;(\/?[a-z]+)&gt;/gi)].map((m) => `<${m[1]}>`)
    );
    for (const text of strings({
      title: story.title,
      lanes: story.lanes,
      periods: story.periods,
      events: story.events.map(({ body: _body, ...rest }) => rest)
    }))
      for (const tag of text.match(/<\/?[a-z][^>]*>/gi) ?? []) expect(escaped).toContain(tag);
    // And every removal is said.
    expect(report.warnings.some((w) => /<script>/.test(w.message))).toBe(true);
    expect(report.warnings.some((w) => /javascript: link/.test(w.message))).toBe(true);
  });
});

describe('every timeline TimelineJS ships imports and validates', () => {
  const jsonTemplates = readdirSync(`${PACKAGE}/template`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${PACKAGE}/template/${f}`);
  const csvFiles = [
    ...readdirSync(`${PACKAGE}/template`)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => `${PACKAGE}/template/${f}`),
    ...readdirSync(`${PACKAGE}/js/core/__tests__`)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => `${PACKAGE}/js/core/__tests__/${f}`)
  ];

  it('finds them', () => {
    expect(jsonTemplates.length).toBeGreaterThanOrEqual(4);
    expect(csvFiles.length).toBeGreaterThanOrEqual(3);
  });

  const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';
  const slideGroup = (s: { group?: string }) => (s.group ?? '').replace(/<[^>]*>/g, '').trim();

  it.each(jsonTemplates)('%s', (file) => {
    const raw = JSON.parse(read(file)) as {
      title?: { text?: { headline?: string } };
      events: { start_date?: { year?: unknown }; group?: string }[];
      eras?: unknown[];
    };
    const { story, report } = imported(file);
    const dated = raw.events.filter((e) => !blank(e.start_date?.year));
    const groups = new Set(dated.map(slideGroup).filter(Boolean));
    const ungrouped = dated.some((e) => !slideGroup(e));
    expect(story.events.length).toBe(dated.length);
    expect(report.events).toBe(dated.length);
    expect(report.periods).toBe(raw.eras?.length ?? 0);
    expect(story.lanes!.length).toBe(groups.size + (ungrouped ? 1 : 0));
    expect(story.title).toBe(raw.title!.text!.headline!.replace(/<[^>]*>/g, '').trim());
  });

  it.each(csvFiles)('%s', (file) => {
    // TimelineJS's own reading of the sheet, for what to expect.
    const rows = (parseObjects(read(file), {}) as Record<string, string | null>[]).filter((row) =>
      Object.values(row).some((v) => !blank(v))
    );
    const result = importSheetCsv(read(file), { fileName: path.basename(file) });
    if (rows.length > 0 && !('Year' in rows[0]!) && !('Start Date' in rows[0]!)) {
      // parser_test.csv tests the CSV reader alone: it is no timeline, and is refused as such.
      expect(result.ok ? [] : result.errors.map((e) => e.place)).toEqual(['row 1']);
      return;
    }
    const { story, report } = imported(file);
    const type = (row: Record<string, string | null>) => (row.Type ?? '').trim();
    const events = rows.filter((r) => type(r) !== 'title' && type(r) !== 'era');
    const dated = events.filter((r) => !blank(r.Year));
    expect(story.events.length).toBe(dated.length);
    expect(report.skipped.length).toBe(events.length - dated.length);
    expect(report.periods).toBe(rows.filter((r) => type(r) === 'era').length);
    const titleRow = rows.find((r) => type(r) === 'title');
    if (titleRow) expect(story.title).toBe(titleRow.Headline!.trim());
    expect(result.ok).toBe(true);
  });
});

describe('any input: a story the validator accepts, or errors; never a crash', () => {
  // The fixtures, broken at random (seeded, so a failure comes back the same): values swapped for
  // others of any type, characters cut out or slipped in where they break the syntax.
  const sources = readdirSync(FIXTURES)
    .filter((f) => /\.(json|csv)$/.test(f))
    .map((f) => read(path.join(FIXTURES, f)));
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const odd = [null, 0, -1, 1.5, '', ' ', 'x', [], {}, true, '<script>', '-0', '99999999999999'];
  const mutate = (value: unknown): unknown =>
    random() < 0.08
      ? pick(odd)
      : Array.isArray(value)
        ? value.map(mutate)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mutate(v)]))
          : value;

  it('holds for 600 broken files', () => {
    const outcomes = { ok: 0, errors: 0 };
    for (let i = 0; i < 600; i++) {
      const source = sources[i % sources.length]!;
      const at = Math.floor(random() * source.length);
      const text =
        source.trimStart().startsWith('{') && random() < 0.7
          ? JSON.stringify(mutate(JSON.parse(source)))
          : random() < 0.5
            ? source.slice(0, at) + source.slice(at + Math.floor(random() * 20))
            : source.slice(0, at) + pick(['"', ',', '\n', '\r', '{']) + source.slice(at);
      const result = importTimeline(text, { fileName: 'broken.json' });
      if (result.ok) {
        outcomes.ok++;
        expect(validateStory(result.story, textsContext({})).ok).toBe(true);
      } else {
        outcomes.errors++;
        for (const error of result.errors) {
          expect(error.place).not.toBe('');
          expect(error.message).not.toMatch(/validator refuses|undefined|NaN|\[object/);
        }
      }
    }
    // Both outcomes met: the breakage is neither too mild nor too harsh to test anything.
    expect(outcomes.ok).toBeGreaterThan(50);
    expect(outcomes.errors).toBeGreaterThan(50);
  });
});
