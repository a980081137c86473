/**
 * A story as a TimelineJS Google Sheet, in the current 19-column layout (with "Alt Text"), as
 * CSV to paste or import into a sheet: what /<story>/timelinejs.csv serves. The cells are the
 * JSON export's (export.ts), so the two say the same; the title is a `title` row, each period an
 * `era` row. Records end with CR LF, as Google's own export writes them; a line break inside a
 * cell is a bare LF, and such a cell is quoted, `"` doubled.
 */
import {
  toTimelineJs,
  type TimelineJsDate,
  type TimelineJsOptions,
  type TimelineJsSlide
} from './export.ts';
import type { Story } from '../story/types.ts';
import { SHEET_HEADER } from './sheet.ts';

export type SheetColumn = (typeof SHEET_HEADER)[number];
export type SheetRow = Partial<Record<SheetColumn, string>>;

const two = (n: number) => String(n).padStart(2, '0');
const clock = (date: TimelineJsDate) =>
  date.hour === undefined ? '' : `${two(date.hour)}:${two(date.minute ?? 0)}`;
const part = (n: number | undefined) => (n === undefined ? '' : String(n));

function dateCells(start: TimelineJsDate | undefined, end: TimelineJsDate | undefined): SheetRow {
  return {
    ...(start && {
      Year: part(start.year),
      Month: part(start.month),
      Day: part(start.day),
      Time: clock(start)
    }),
    ...(end && {
      'End Year': part(end.year),
      'End Month': part(end.month),
      'End Day': part(end.day),
      'End Time': clock(end)
    })
  };
}

function slideRow(slide: TimelineJsSlide, type: '' | 'title'): SheetRow {
  return {
    ...dateCells(slide.start_date, slide.end_date),
    'Display Date': slide.display_date ?? '',
    Headline: slide.text.headline,
    Text: slide.text.text,
    Media: slide.media?.url ?? '',
    'Media Credit': slide.media?.credit ?? '',
    'Media Caption': slide.media?.caption ?? '',
    'Alt Text': slide.media?.alt ?? '',
    Type: type,
    Group: slide.group ?? '',
    Background: slide.background?.color ?? slide.background?.url ?? ''
  };
}

/** The sheet's rows: the title, the events in time order, then the eras. */
export function toSheetRows(story: Story, options: TimelineJsOptions = {}): SheetRow[] {
  const file = toTimelineJs(story, options);
  return [
    slideRow(file.title, 'title'),
    ...file.events.map((event) => slideRow(event, '')),
    ...file.eras.map((era): SheetRow => ({
      ...dateCells(era.start_date, era.end_date),
      Headline: era.text.headline,
      Type: 'era'
    }))
  ];
}

/** Cells of HTML (TimelineJS reads them so): a leading character can be an entity. */
const HTML_COLUMNS = new Set<SheetColumn>([
  'Display Date',
  'Headline',
  'Text',
  'Media Credit',
  'Media Caption',
  'Group'
]);
/** What a spreadsheet takes for the start of a formula (OWASP's "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell that no spreadsheet runs as a formula: an HTML cell's first character becomes its
 * numeric entity (TimelineJS shows the same character); a plain one gets a leading space,
 * which TimelineJS trims.
 */
export function inertCell(column: SheetColumn, value: string): string {
  if (!FORMULA_START.test(value) || column === 'Year' || column === 'End Year') return value;
  if (HTML_COLUMNS.has(column)) return `&#${value.codePointAt(0)};${value.slice(1)}`;
  return ` ${value}`;
}

/** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  const text = value.replace(/\r\n?/g, '\n');
  return /[",\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toTimelineJsCsv(story: Story, options: TimelineJsOptions = {}): string {
  const rows = toSheetRows(story, options).map((row) =>
    SHEET_HEADER.map((column) => csvCell(inertCell(column, row[column] ?? ''))).join(',')
  );
  return [SHEET_HEADER.join(','), ...rows].join('\r\n') + '\r\n';
}
