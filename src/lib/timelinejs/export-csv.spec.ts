import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory } from '../server/stories.ts';
import type { Story } from '../story/types.ts';
import { csvCell, inertCell, toSheetRows, toTimelineJsCsv } from './export-csv.ts';
import { SHEET_HEADER } from './sheet.ts';
import { escapeHtml, toTimelineJs } from './export.ts';

function load(dir: string): Story {
  const { story, problems } = readStory(path.resolve(dir));
  if (!story) throw new Error(problems.join('\n'));
  return story;
}
const seed = load('content/stories/coree-du-nord-russie-armes');
const hostile = load('tests/fixtures/stories/histoire-piegee');

/** A reading of the CSV as TimelineJS's CSV.js reads it: records, then quoted cells. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    record.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      records.push(record);
      record = [];
      i++;
    } else cell += c;
  }
  if (cell || record.length) {
    endCell();
    records.push(record);
  }
  return records;
}

describe('toTimelineJsCsv', () => {
  const csv = toTimelineJsCsv(seed);
  const [header, ...rows] = parseCsv(csv);

  it('starts with the 19-column header, exactly as TimelineJS’s template has it', () => {
    expect(csv.split('\r\n')[0]).toBe(
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background'
    );
    expect(header).toEqual([...SHEET_HEADER]);
  });

  it('ends every record with CR LF, and has no other CR', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '').includes('\r')).toBe(false);
    expect(rows.every((row) => row.length === 19)).toBe(true);
  });

  it('has a title row, a row per event with its dates and headline, an era row per period', () => {
    const column = (row: string[], name: (typeof SHEET_HEADER)[number]) =>
      row[SHEET_HEADER.indexOf(name)]!;
    expect(rows.length).toBe(1 + seed.events.length + seed.periods.length);
    expect(column(rows[0]!, 'Type')).toBe('title');
    expect(column(rows[0]!, 'Headline')).toBe(escapeHtml(seed.title));
    expect(column(rows[0]!, 'Year')).toBe('');
    const json = toTimelineJs(seed);
    json.events.forEach((slide, i) => {
      const row = rows[1 + i]!;
      expect(column(row, 'Headline')).toBe(slide.text.headline);
      expect(column(row, 'Text')).toBe(slide.text.text);
      expect(column(row, 'Year')).toBe(String(slide.start_date!.year));
      expect(column(row, 'Month')).toBe(String(slide.start_date!.month ?? ''));
      expect(column(row, 'Day')).toBe(String(slide.start_date!.day ?? ''));
      expect(column(row, 'End Day')).toBe(String(slide.end_date?.day ?? ''));
      expect(column(row, 'Group')).toBe(slide.group);
      expect(column(row, 'Type')).toBe('');
    });
    seed.periods.forEach((period, i) => {
      const row = rows[1 + seed.events.length + i]!;
      expect(column(row, 'Type')).toBe('era');
      expect(column(row, 'Headline')).toBe(escapeHtml(period.label));
      expect(`${column(row, 'Year')}-0${column(row, 'Month')}-${column(row, 'Day')}`).toBe(
        period.start
      );
    });
  });

  it('writes a time as HH:MM', () => {
    const story: Story = {
      ...seed,
      events: [
        {
          ...seed.events[1]!,
          date: {
            ...seed.events[1]!.date,
            precision: 'time',
            time: '09:05',
            timeZone: 'Europe/Paris'
          }
        }
      ]
    };
    expect(toSheetRows(story)[1]!.Time).toBe('09:05');
  });
});

describe('cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\r\nlines', '"two\nlines"'],
    [' padded', '" padded"']
  ])('%j is written %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('never starts a cell with a formula', () => {
    expect(inertCell('Headline', '=HYPERLINK("x")')).toBe('&#61;HYPERLINK("x")');
    expect(inertCell('Alt Text', '@SUM(1)')).toBe(' @SUM(1)');
    expect(inertCell('Year', '-500')).toBe('-500');
  });

  it('keeps the hostile story’s markup escaped in every cell', () => {
    for (const row of parseCsv(toTimelineJsCsv(hostile)).slice(1))
      for (const cell of row)
        for (const [tag] of cell.matchAll(/<[^>]*>/g))
          expect(tag).toMatch(/^<(\/?(p|blockquote)|\/a|a href="(https?:\/\/|\/)[^"<>]*")>$/);
  });
});
