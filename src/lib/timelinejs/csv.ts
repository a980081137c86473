/**
 * The CSV dialect TimelineJS3 reads (its src/js/core/CSV.js, adapted from okfn/csv.js): comma
 * between cells, `"` around a cell that holds commas, quotes or line breaks, `""` for a quote
 * inside one. CR LF and lone CR are read as LF first (Google's export puts CR LF between records
 * and bare LF inside quoted cells); a trailing line break ends the last record, it does not
 * start an empty one. Unquoted cells are trimmed and an empty unquoted cell is null, as there.
 *
 * Where TimelineJS would quietly take the rest of the file into one cell (a quote never
 * closed), this parser says where the cell began, so the author can fix the sheet.
 */

export interface CsvRecord {
  /** The cells, in order; null for an empty unquoted cell. */
  cells: (string | null)[];
  /** The record's number as a spreadsheet shows it: the header row is row 1. */
  row: number;
  /** The line of the file the record starts on (1-based), for messages about the file itself. */
  line: number;
}

export type CsvResult =
  { ok: true; records: CsvRecord[] } | { ok: false; place: string; message: string };

/** Parses TimelineJS's CSV dialect; an unclosed quoted cell is the only error it can meet. */
export function parseCsv(input: string): CsvResult {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n|\r/g, '\n');
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const records: CsvRecord[] = [];
  let cells: (string | null)[] = [];
  let field = '';
  let quoted = false;
  let inQuote = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let quoteColumn = 1;
  let lineStart = 0;

  const endField = () => {
    cells.push(quoted ? field : field === '' ? null : field.trim());
    field = '';
    quoted = false;
  };

  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (!inQuote && (char === ',' || char === '\n')) {
      endField();
      if (char === '\n') {
        records.push({ cells, row: records.length + 1, line: recordLine });
        cells = [];
        recordLine = line + 1;
      }
    } else if (char !== '"') field += char;
    else if (!inQuote) {
      inQuote = true;
      quoted = true;
      quoteLine = line;
      quoteColumn = i - lineStart + 1;
    } else if (body[i + 1] === '"') {
      field += '"';
      i++;
    } else inQuote = false;
    if (char === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  if (inQuote)
    return {
      ok: false,
      place: `line ${quoteLine}, column ${quoteColumn}`,
      message: 'a quoted cell opens here and is never closed (a " is missing)'
    };
  endField();
  records.push({ cells, row: records.length + 1, line: recordLine });
  return { ok: true, records };
}

/** The spreadsheet's letter for a column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
