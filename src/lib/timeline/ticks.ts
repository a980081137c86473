/**
 * Axis ticks that adapt to the zoom: days, weeks (Mondays) or months, chosen segment by segment
 * of the piecewise scale (a compressed stretch gets no ticks), labelled in the page's language.
 *
 * The names come from date-fns' locale at build time (calendarNames in names.ts), so the
 * browser composes labels from a table instead of shipping a date library.
 */
import { MS_PER_DAY } from '../story/calendar-date.ts';
import { dayToDate, type Segments } from './scale.ts';

/** The calendar's words in the page's language (calendarNames in names.ts). */
export interface CalendarNames {
  /** "janvier" … "décembre", "January" … "December" */
  months: string[];
  /** "janv." … "déc." */
  monthsShort: string[];
  /** "dim." … "sam.", Sunday first as Date.getUTCDay */
  weekdaysShort: string[];
  /** The first day of a month: "1er" in French, "1" in English. */
  firstOfMonth: string;
}

export type TickKind = 'day' | 'week' | 'month' | 'year';

export interface Tick {
  day: number;
  /** Where the tick's line goes: the day's start. */
  pos: number;
  /** Where a label for the whole day goes: the day's middle (its start for longer ticks). */
  mid: number;
  label: string;
  kind: TickKind;
  /** A month or year boundary, drawn stronger. */
  major: boolean;
  /** False where the label would run into the next one or into a break: the line alone. */
  showLabel: boolean;
  /** With the `years` option, the year the label ends with, where it names one. */
  year?: string;
}

export interface TickOptions {
  /**
   * Name the year where it changes and on the first tick on screen ("lun. 4 mars 2024",
   * "4 mars 2024"; a month names its year there already): the phone's axis, where no other
   * label says it.
   */
  years?: boolean;
  /** One kind of tick for every segment, rather than the one each segment's px a day allows. */
  kind?: TickKind;
  /**
   * Where a tick's label starts along the axis (which decides the first on screen): by default
   * LABEL_DX after its line, where a horizontal axis writes it.
   */
  labelStart?: (day: number) => number;
}

const utc = dayToDate;
const dayOf = (year: number, month: number, date = 1) => Date.UTC(year, month, date) / MS_PER_DAY;

/** Width of an axis label character (11 px text), px, and the room kept after a label. */
const LABEL_CHAR_WIDTH = 6.4;
/** Where a tick's label starts, after its line, px (TimeAxis draws it there). */
export const LABEL_DX = 3;
const LABEL_GAP = 6;

/**
 * Leaves out labels that would overlap: each label needs its own width before the next label
 * or break. Labels that name their month (or year) are placed first, so they are kept.
 */
function thinLabels(ticks: Tick[], breakStarts: number[], namesMonth: boolean[]): void {
  const placed: [number, number][] = [];
  const order = ticks
    .map((_, i) => i)
    .sort((a, b) => Number(namesMonth[b]) - Number(namesMonth[a]) || a - b);
  for (const i of order) {
    const tick = ticks[i]!;
    const start = tick.pos + LABEL_DX;
    const end = start + tick.label.length * LABEL_CHAR_WIDTH;
    const wall = breakStarts.find((x) => x > tick.pos);
    tick.showLabel =
      (wall === undefined || end <= wall) &&
      placed.every(([a, b]) => end + LABEL_GAP <= a || start >= b + LABEL_GAP);
    if (tick.showLabel) placed.push([start, end]);
  }
}

/** Minimum room a label needs, in px, for each kind of tick. */
const MIN_SPACING = { day: 44, week: 56, month: 72, year: 56 } as const;

export function chooseTickKind(pxPerDay: number): TickKind {
  if (pxPerDay >= MIN_SPACING.day) return 'day';
  if (pxPerDay * 7 >= MIN_SPACING.week) return 'week';
  if (pxPerDay * 30 >= MIN_SPACING.month) return 'month';
  return 'year';
}

/** A day of the month as the language writes it: "1er" (or "1"), then "2", "3"… */
export const dayOfMonth = (date: number, names: CalendarNames): string =>
  date === 1 ? names.firstOfMonth : String(date);

/** "4 sept.", "1er sept." */
export function dayLabel(day: number, names: CalendarNames): string {
  const d = utc(day);
  return `${dayOfMonth(d.getUTCDate(), names)} ${names.monthsShort[d.getUTCMonth()]}`;
}

/** "lun. 4", "ven. 1er", or "lun. 4 sept." where the reader needs the month */
export function weekdayLabel(day: number, names: CalendarNames, withMonth = false): string {
  const d = utc(day);
  const label = `${names.weekdaysShort[d.getUTCDay()]} ${dayOfMonth(d.getUTCDate(), names)}`;
  return withMonth ? `${label} ${names.monthsShort[d.getUTCMonth()]}` : label;
}

/** "juillet 2023" */
export function monthLabel(day: number, names: CalendarNames): string {
  const d = utc(day);
  return `${names.months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The tick days of one kind in [from, to). */
function tickDays(kind: TickKind, from: number, to: number): number[] {
  const days: number[] = [];
  if (kind === 'day') for (let d = Math.ceil(from); d < to; d++) days.push(d);
  else if (kind === 'week') {
    const monday = Math.ceil(from) + ((8 - utc(Math.ceil(from)).getUTCDay()) % 7);
    for (let d = monday; d < to; d += 7) days.push(d);
  } else {
    const start = utc(Math.ceil(from));
    let year = start.getUTCFullYear();
    let month = kind === 'year' ? 0 : start.getUTCMonth();
    for (;;) {
      const d = dayOf(year, month);
      if (d >= to) break;
      if (d >= from) days.push(d);
      if (kind === 'year' || month === 11) {
        year++;
        month = 0;
      } else month++;
    }
  }
  return days;
}

/** A day tick names its month where the month changes and after a break or an edge. */
function label(kind: TickKind, day: number, names: CalendarNames, withMonth: boolean): string {
  const d = utc(day);
  if (kind === 'year') return String(d.getUTCFullYear());
  if (kind === 'month')
    return d.getUTCMonth() === 0 || withMonth
      ? monthLabel(day, names)
      : names.months[d.getUTCMonth()]!;
  if (kind === 'week') return dayLabel(day, names);
  return weekdayLabel(day, names, withMonth || d.getUTCDate() === 1);
}

/**
 * Ticks for the visible part [visibleFrom, visibleTo] (screen px) of a piecewise scale:
 * `pos(day)` gives a day's screen position under the current zoom.
 */
export function timeTicks(
  segments: Segments,
  pos: (day: number) => number,
  visibleFrom: number,
  visibleTo: number,
  names: CalendarNames,
  /** Leave out labels that would overlap, as on a horizontal axis; a vertical one has room. */
  thin = true,
  /**
   * Where the reader's view starts, px: the first tick whose label starts there or after names
   * its month (and a month tick its year). The visible part may reach beyond the view, on a
   * drawing wider than the screen.
   */
  nameFrom = visibleFrom,
  options: TickOptions = {}
): Tick[] {
  const ticks: Tick[] = [];
  const namesMonth: boolean[] = [];
  const inBreak = (d: number) => segments.breaks.some((b) => d > b.from && d < b.to);
  /** The month (and year) last named on the axis; a break forgets it. */
  let named = -1;
  /** The year last named on screen (with the `years` option). */
  let namedYear = -1;
  for (let i = 1; i < segments.domain.length; i++) {
    const from = segments.domain[i - 1]!;
    const to = segments.domain[i]!;
    if (segments.breaks.some((b) => b.from === from && b.to === to)) {
      named = -1;
      continue;
    }
    const x0 = pos(from);
    const x1 = pos(to);
    if (x1 < visibleFrom || x0 > visibleTo) continue;
    const kind = options.kind ?? chooseTickKind((x1 - x0) / (to - from));
    // Only the visible days of the segment, with one day of margin.
    const first = Math.max(
      from,
      Math.floor(from + ((visibleFrom - x0) / (x1 - x0)) * (to - from)) - 1
    );
    const last = Math.min(to, Math.ceil(from + ((visibleTo - x0) / (x1 - x0)) * (to - from)) + 1);
    for (const day of tickDays(kind, first, last)) {
      if (inBreak(day) || ticks.at(-1)?.day === day) continue;
      const d = utc(day);
      const year = d.getUTCFullYear();
      const month = year * 12 + d.getUTCMonth();
      const onScreen = (options.labelStart?.(day) ?? pos(day) + LABEL_DX) >= nameFrom;
      const withContext = onScreen && (kind === 'month' ? named === -1 : month !== named);
      const withYear = options.years === true && onScreen && year !== namedYear;
      namesMonth.push(withContext || withYear || d.getUTCDate() === 1);
      // Days name their month when it changes; months their year only when first shown.
      let text = label(kind, day, names, withContext || withYear);
      if (withYear && (kind === 'day' || kind === 'week')) text += ` ${year}`;
      const namesYear = text.endsWith(` ${year}`) || kind === 'year';
      ticks.push({
        day,
        pos: pos(day),
        mid: kind === 'day' ? pos(day + 0.5) : pos(day),
        label: text,
        kind,
        major: d.getUTCDate() === 1,
        showLabel: true,
        ...(options.years && namesYear && { year: String(year) })
      });
      if (onScreen) named = month;
      if (onScreen && namesYear) namedYear = year;
    }
  }
  if (thin)
    thinLabels(
      ticks,
      segments.breaks.map((b) => pos(b.from)),
      namesMonth
    );
  return ticks;
}
