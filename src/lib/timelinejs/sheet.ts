/**
 * A TimelineJS sheet (a Google Sheet downloaded as CSV) turned into a TimelineJS3 config, as
 * TimelineJS's ConfigFactory.js does: columns found by their header text, not their place
 * (with or without "Alt Text", `Tag` as the old name of `Group`), the `Type` column making
 * `title` and `era` rows, Time cells read as its parseTime reads them, and the old layout
 * (`Start Date`/`End Date` columns) read as its parseDate reads them, US order included.
 *
 * Where TimelineJS drops a row in silence (a row without Year), this says so, with the row's
 * number as the spreadsheet shows it (the header is row 1).
 */
import { columnLetter, type CsvRecord } from './csv.ts';
import { parseSheetDate, parseTime, type DatePartName, type TextParts } from './dates.ts';

/** The slide TimelineJS builds from a row (extractEventFromCSVObject): strings throughout. */
export interface SheetSlide {
  start_date?: TextParts;
  end_date?: TextParts;
  text: { headline: string; text: string };
  media: { url: string; credit: string; caption: string; thumbnail: string; alt: string };
  display_date: string;
  group: string;
  background: { url: string } | { color: string } | '';
}

export interface SheetProblem {
  place: string;
  message: string;
}

export interface SheetConfig {
  title?: SheetSlide;
  events: SheetSlide[];
  eras: SheetSlide[];
  /** Where each slide came from: "row 12". */
  rows: { title?: number; events: number[]; eras: number[] };
  /** The place of a slide's field in the sheet: "row 12, column A (Year)". */
  placeOf(row: number, field: string): string;
}

export type SheetResult =
  | { ok: true; config: SheetConfig; skipped: SheetProblem[]; warnings: SheetProblem[] }
  | { ok: false; errors: SheetProblem[] };

/** The header row, exactly as TimelineJS's template has it since December 2024. */
export const SHEET_HEADER = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Alt Text',
  'Type',
  'Group',
  'Background'
] as const;

/** Every header TimelineJS reads, in either layout: the current one, `Tag`, the old dates. */
const KNOWN_HEADERS = new Set<string>([...SHEET_HEADER, 'Tag', 'Start Date', 'End Date']);

/** The column a field of the config comes from, by layout. */
const COLUMN_OF_FIELD: Record<string, string> = {
  'start_date.year': 'Year',
  'start_date.month': 'Month',
  'start_date.day': 'Day',
  'start_date.hour': 'Time',
  'start_date.minute': 'Time',
  'start_date.second': 'Time',
  'start_date.millisecond': 'Time',
  'end_date.year': 'End Year',
  'end_date.month': 'End Month',
  'end_date.day': 'End Day',
  'end_date.hour': 'End Time',
  'end_date.minute': 'End Time',
  'end_date.second': 'End Time',
  'end_date.millisecond': 'End Time',
  end_date: 'End Year',
  start_date: 'Year',
  display_date: 'Display Date',
  'start_date.display_date': 'Display Date',
  type: 'Type',
  'text.headline': 'Headline',
  'text.text': 'Text',
  media: 'Media',
  'media.url': 'Media',
  'media.credit': 'Media Credit',
  'media.caption': 'Media Caption',
  'media.thumbnail': 'Media Thumbnail',
  'media.alt': 'Alt Text',
  group: 'Group',
  background: 'Background',
  'background.color': 'Background',
  'background.url': 'Background'
};

/** TimelineJS's clean_integer: white space and thousands commas out ("1,500" → "1500"). */
const cleanInteger = (cell: string) => cell.replace(/[\s,]+/g, '');

/** interpretBackground: an address (http, https, "//", "/") is an image, anything else a colour. */
const background = (cell: string | undefined): SheetSlide['background'] =>
  cell === undefined ? '' : /^(https?:)?\/\/?/.test(cell) ? { url: cell } : { color: cell };

/** Turns the records of a sheet's CSV into a TimelineJS config, or says why it cannot. */
export function sheetToConfig(records: CsvRecord[]): SheetResult {
  const [header, ...rows] = records;
  const headers = (header?.cells ?? []).map((cell, i) =>
    cell && cell.trim() ? cell.trim() : `untitled${i}`
  );
  const oldLayout = headers.includes('Start Date') || headers.includes('End Date');
  if (!oldLayout && !headers.includes('Year'))
    return {
      ok: false,
      errors: [
        {
          place: 'row 1',
          message: `no "Year" column (nor "Start Date"): this is not a TimelineJS sheet, whose header row reads Year,Month,Day,Time,End Year,…,Headline,Text,…; nor is it a TimelineJS JSON file (an object with "events"). The header row found: ${JSON.stringify(headers.slice(0, 8).join(','))}${headers.length > 8 ? '…' : ''}`
        }
      ]
    };

  const columnIndex = new Map<string, number>();
  headers.forEach((name, i) => columnIndex.set(name, i)); // the last of two alike wins, as there
  const placeOf = (row: number, field: string) => {
    const name =
      oldLayout && field.startsWith('start_date')
        ? 'Start Date'
        : oldLayout && field.startsWith('end_date')
          ? 'End Date'
          : field === 'group' && !columnIndex.has('Group') && columnIndex.has('Tag')
            ? 'Tag'
            : COLUMN_OF_FIELD[field];
    const index = name === undefined ? undefined : columnIndex.get(name);
    return index === undefined
      ? `row ${row}`
      : `row ${row}, column ${columnLetter(index)} (${name})`;
  };

  const skipped: SheetProblem[] = [];
  const warnings: SheetProblem[] = [];
  const errors: SheetProblem[] = [];
  const unknown = headers.filter((h) => !KNOWN_HEADERS.has(h) && !/^untitled\d+$/.test(h));
  if (unknown.length > 0)
    warnings.push({
      place: 'row 1',
      message: `${unknown.length === 1 ? 'column' : 'columns'} ${unknown.map((h) => `"${h}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not TimelineJS's: ignored`
    });

  const config: SheetConfig = { events: [], eras: [], rows: { events: [], eras: [] }, placeOf };
  for (const record of rows) {
    const cell = (name: string): string | undefined => {
      const index = columnIndex.get(name);
      return index === undefined ? undefined : (record.cells[index] ?? '').trim();
    };
    if (record.cells.every((c) => c === null || c.trim() === '')) continue; // as processCSVRows
    const row = record.row;
    const at = (field: string) => placeOf(row, field);
    const slide: SheetSlide = {
      media: {
        caption: cell('Media Caption') ?? '',
        credit: cell('Media Credit') ?? '',
        url: cell('Media') ?? '',
        thumbnail: cell('Media Thumbnail') ?? '',
        alt: cell('Alt Text') ?? ''
      },
      text: { headline: cell('Headline') ?? '', text: cell('Text') ?? '' },
      display_date: cell('Display Date') ?? '',
      group: cell('Group') || cell('Tag') || '',
      background: background(cell('Background'))
    };
    const type = (cell('Type') ?? '').toLowerCase();

    let rowErrors = 0;
    const fail = (field: string, message: string) => {
      errors.push({ place: at(field), message });
      rowErrors++;
    };
    if (oldLayout) {
      for (const [column, key] of [
        ['Start Date', 'start_date'],
        ['End Date', 'end_date']
      ] as const) {
        const text = cell(column);
        if (!text) continue;
        const parts = parseSheetDate(text);
        if (parts) slide[key] = parts;
        else
          fail(
            key,
            `${JSON.stringify(text)} is not a date TimelineJS reads (YYYY-MM-DD, YYYY, M/D/YYYY in US order, or M/YYYY)`
          );
      }
    } else {
      const year = cell('Year');
      if (year)
        slide.start_date = {
          year: cleanInteger(year),
          month: cleanInteger(cell('Month') ?? ''),
          day: cleanInteger(cell('Day') ?? '')
        };
      const endYear = cell('End Year');
      if (endYear)
        slide.end_date = {
          year: cleanInteger(endYear),
          month: cleanInteger(cell('End Month') ?? ''),
          day: cleanInteger(cell('End Day') ?? '')
        };
      for (const [column, key, needs] of [
        ['Time', 'start_date', 'Year'],
        ['End Time', 'end_date', 'End Year']
      ] as const) {
        const text = cell(column);
        if (!text) continue;
        const target = slide[key];
        if (!target) {
          fail(
            `${key}.hour`,
            `a time (${JSON.stringify(text)}) without a date: give the row its ${needs}`
          );
          continue;
        }
        const time = parseTime(text);
        if (typeof time === 'string') fail(`${key}.hour`, time);
        else
          for (const [part, value] of Object.entries(time) as [DatePartName, number][])
            target[part] = String(value);
      }
    }
    if (rowErrors > 0) continue;

    if (type === 'title' && !config.title) {
      config.title = slide;
      config.rows.title = row;
    } else if (type === 'era') {
      config.eras.push(slide);
      config.rows.eras.push(row);
    } else {
      if (type === 'title')
        warnings.push({
          place: placeOf(row, 'type'),
          message: `a second title row (the first is row ${config.rows.title}): taken as an event, as TimelineJS does`
        });
      if (!slide.start_date) {
        skipped.push({
          place: `row ${row}`,
          message: `no ${oldLayout ? 'Start Date' : 'Year'}${slide.text.headline ? ` (headline ${JSON.stringify(shorten(slide.text.headline))})` : ''}: skipped; TimelineJS would drop it silently`
        });
        continue;
      }
      config.events.push(slide);
      config.rows.events.push(row);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, config, skipped, warnings };
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
