/**
 * Round trips through TimelineJS's formats: import(export(story)) gives back the same events
 * (titles, days, precisions), lanes and periods; a package sheet imported then exported keeps
 * every row's dates and headline. What cannot come back exactly is checked for what it becomes:
 * a time keeps its local hour and day but not its zone (TimelineJS has none: the importer's
 * `timeZone` is taken); quotes come back as words of the event's text, not as checked quotes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStory } from '../../../scripts/synthetic/generate.ts';
import { readStory } from '../server/stories.ts';
import { textsContext, validateStory } from '../story/validate.ts';
import type { Story } from '../story/types.ts';
import { toTimelineJsCsv } from './export-csv.ts';
import { SHEET_HEADER } from './sheet.ts';
import { toTimelineJs } from './export.ts';
import { importSheetCsv, importTimelineJson, type ImportOptions } from './import.ts';

function load(dir: string): Story {
  const { story, problems } = readStory(path.resolve(dir));
  if (!story) throw new Error(problems.join('\n'));
  return story;
}

function validated(input: unknown): Story {
  const result = validateStory(input, textsContext({}));
  if (!result.ok) throw new Error(result.errors.slice(0, 5).join('\n'));
  return result.story;
}

function roundTrip(story: Story, options: ImportOptions = {}): Story {
  const result = importTimelineJson(JSON.stringify(toTimelineJs(story)), {
    id: story.id,
    lang: story.language,
    ...options
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  return validated(result.story);
}

/** What must come back: each event's title, days, precision and lane, by slug. */
function essentials(story: Story) {
  const label = (lane: string) => story.lanes.find((l) => l.id === lane)?.label;
  return {
    title: story.title,
    events: Object.fromEntries(
      story.events.map((e) => [
        e.slug,
        {
          title: e.title,
          start: e.date.start,
          end: e.date.end,
          precision: e.date.precision,
          // A time comes back as the same local hour on the same day; its zone is not kept.
          time: e.date.time,
          lane: label(e.lane)
        }
      ])
    ),
    lanes: [...new Set(story.events.map((e) => label(e.lane)))].sort(),
    periods: story.periods.map(({ label, start, end }) => ({ label, start, end }))
  };
}

/**
 * On TimelineJS's cosmological scale a date is a year: an event of a finer precision comes back
 * as its year or years (its words stay in display_date). The story as it must come back.
 */
function yearsOnlyWhenCosmological(story: Story): Story {
  if (toTimelineJs(story).scale !== 'cosmological') return story;
  const year = (date: string) => date.slice(0, date.lastIndexOf('-', date.length - 4));
  return {
    ...story,
    events: story.events.map((e) => {
      if (e.date.precision === 'year') return e;
      const [first, last] = [year(e.date.start), year(e.date.end)];
      const { time: _time, timeZone: _zone, ...date } = e.date;
      return {
        ...e,
        date: {
          ...date,
          start: `${first}-01-01`,
          end: `${last}-12-31`,
          precision: first === last ? ('year' as const) : ('days' as const)
        }
      };
    })
  };
}

/** The words of rich text or HTML, for a comparison that does not depend on the markup. */
const words = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('import(export(story)): TimelineJS JSON', () => {
  const seed = load('content/stories/coree-du-nord-russie-armes');

  it('gives back the seed story’s events, days, precisions, titles, lanes and periods', () => {
    expect(essentials(roundTrip(seed))).toEqual(essentials(seed));
  });

  it('gives back the seed’s quotes as words of the event’s text, no longer checked quotes', () => {
    const back = roundTrip(seed);
    for (const event of seed.events) {
      const again = back.events.find((e) => e.slug === event.slug)!;
      expect(again.quotes).toEqual([]);
      expect(again.claim.status).toBe('editorial');
      const text = words(JSON.stringify((again as { body?: unknown }).body ?? again.summary));
      for (const quote of event.quotes) expect(text).toContain(words(quote.text).slice(0, 40));
    }
  });

  it('gives back deep time: years before year 1 and billions of years ago', () => {
    const deepTime = load('tests/fixtures/stories/temps-profond');
    expect(essentials(roundTrip(deepTime))).toEqual(essentials(deepTime));
  });

  it('gives back a year before year 1 on the human scale', () => {
    const bce: Story = {
      ...seed,
      bounds: { start: '-0499-01-01', end: seed.bounds.end },
      events: seed.events.map((e, i) =>
        i === 0
          ? {
              ...e,
              date: {
                ...e.date,
                start: '-0499-01-01',
                end: '-0499-12-31',
                precision: 'year' as const
              }
            }
          : e
      )
    };
    expect(essentials(roundTrip(bce))).toEqual(essentials(bce));
  });

  it.each([
    { count: 60, language: 'fr' },
    { count: 60, language: 'en' }
  ] as const)(
    'gives back a synthetic story of $count events in $language',
    ({ count, language }) => {
      const { story, texts } = generateStory(count, 5, language);
      const result = validateStory(story, textsContext(texts));
      if (!result.ok) throw new Error(result.errors.join('\n'));
      const original = result.story;
      const zones = new Set(original.events.map((e) => e.date.timeZone).filter(Boolean));
      // One zone for the whole file: TimelineJS dates carry none.
      const timeZone = zones.size === 1 ? [...zones][0] : undefined;
      const back = roundTrip(original, timeZone ? { timeZone } : {});
      expect(essentials(back)).toEqual(essentials(original));
    }
  );

  it('keeps a time’s local hour and day, and takes the zone the importer is given', () => {
    const seedTime: Story = {
      ...seed,
      events: seed.events.map((e, i) =>
        i === 1
          ? {
              ...e,
              date: {
                ...e.date,
                precision: 'time' as const,
                time: '14:30',
                timeZone: 'Asia/Vladivostok'
              }
            }
          : e
      )
    };
    const back = roundTrip(seedTime, { timeZone: 'Europe/Paris' });
    const event = back.events.find((e) => e.slug === seed.events[1]!.slug)!;
    expect(event.date).toMatchObject({
      start: seed.events[1]!.date.start,
      precision: 'time',
      time: '14:30',
      timeZone: 'Europe/Paris'
    });
  });
});

/** A sheet's rows as records of its header, by TimelineJS's CSV dialect. */
function sheetRows(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  const normalised = text.replace(/\r\n?/g, '\n');
  const endCell = () => {
    record.push(cell);
    cell = '';
  };
  for (let i = 0; i < normalised.length; i++) {
    const c = normalised[i]!;
    if (quoted && c === '"' && normalised[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      records.push(record);
      record = [];
    } else cell += c;
  }
  if (cell || record.length) {
    endCell();
    records.push(record);
  }
  const [header, ...rows] = records;
  return rows
    .filter((row) => row.some((c) => c.trim()))
    .map((row) => Object.fromEntries(header!.map((h, i) => [h.trim(), (row[i] ?? '').trim()])));
}

/** A row's dates, as numbers, without an end equal to the start (TimelineJS drops it). */
function rowDates(row: Record<string, string>) {
  const n = (v: string | undefined) => (v ? Number(v.replaceAll(',', '')) : undefined);
  const start = [n(row.Year), n(row.Month), n(row.Day)];
  const end = [n(row['End Year']), n(row['End Month']), n(row['End Day'])];
  return {
    start,
    end: end.every((p, i) => p === start[i]) ? [undefined, undefined, undefined] : end
  };
}

const PACKAGE = path.resolve('node_modules/@knight-lab/timelinejs/src');
describe('import(sheet CSV) → export CSV: the package’s own sheets', () => {
  it.each(['template/my-own-timeline.csv', 'js/core/__tests__/women_in_computing.csv'])(
    '%s keeps every row’s dates and headline',
    (file) => {
      const original = sheetRows(readFileSync(path.join(PACKAGE, file), 'utf8'));
      const result = importSheetCsv(readFileSync(path.join(PACKAGE, file), 'utf8'), {
        fileName: path.basename(file)
      });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const exported = sheetRows(toTimelineJsCsv(validated(result.story)));
      expect(Object.keys(exported[0]!)).toEqual([...SHEET_HEADER]);
      const key = (row: Record<string, string>) =>
        JSON.stringify({
          type: row.Type || '',
          headline: words(row.Headline ?? ''),
          ...rowDates(row)
        });
      // Rows TimelineJS itself would drop (no Year, not the title) are not expected back.
      const kept = original.filter((row) => row.Year || row.Type === 'title');
      const titleKey = (row: Record<string, string>) =>
        row.Type === 'title'
          ? JSON.stringify({ type: 'title', headline: words(row.Headline!) })
          : key(row);
      expect(exported.map(titleKey).sort()).toEqual(kept.map(titleKey).sort());
    }
  );
});

describe('the package’s own JSON templates: imported, exported, imported again', () => {
  it.each(['all-media-types.json', 'cosmo-mixed.json', 'cosmo.json', 'eras.json'])(
    '%s comes back with the same events, lanes and periods',
    (file) => {
      const result = importTimelineJson(
        readFileSync(path.join(PACKAGE, 'template', file), 'utf8'),
        { fileName: file, lang: 'en' }
      );
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const imported = validated(result.story);
      expect(imported.events.length).toBeGreaterThan(0);
      expect(essentials(roundTrip(imported))).toEqual(
        essentials(yearsOnlyWhenCosmological(imported))
      );
    }
  );
});
