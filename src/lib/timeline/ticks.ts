/**
 * Axis ticks that adapt to the zoom: days, weeks (Mondays), months, then years, decades,
 * centuries, millennia and every 10^k years up to ten billion, chosen segment by segment of the
 * piecewise scale (a compressed stretch gets no ticks), labelled in the page's language.
 *
 * The names come from date-fns' locale at build time (calendarNames in names.ts), so the
 * browser composes labels from a table instead of shipping a date library. Days become years,
 * months and days by integer arithmetic (calendar-date.ts), which holds in deep time: a Date
 * does not reach beyond 275,760 years.
 */
import { partsOfDay, dayNumberOf, weekdayOfDay } from '../story/calendar-date.ts';
import type { Segments } from './scale.ts';
import { charWidth } from './text-width.ts';

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
  /** Deep time's years; "{n}" stands for a number written in `locale`. */
  eras: EraNames;
}

export interface EraNames {
  /** The language numbers are written in ("fr": "12 000", "13,8"). */
  locale: string;
  /** A year before year 1, counted back: "{n} av. J.-C.", "{n} BC" (year 0 is 1 BC). */
  beforeYearOne: string;
  /** Millions and billions of years ago: "{n} Ma", "{n} Ga". */
  millionYearsAgo: string;
  billionYearsAgo: string;
}

/** Ticks every 10^k years: a year, a decade, a century, a millennium, then 10^4 … 10^10 years. */
export const YEAR_STEP = {
  year: 1,
  decade: 10,
  century: 100,
  millennium: 1000,
  e4: 1e4,
  e5: 1e5,
  e6: 1e6,
  e7: 1e7,
  e8: 1e8,
  e9: 1e9,
  e10: 1e10
} as const;
export type YearKind = keyof typeof YEAR_STEP;
const YEAR_KINDS = Object.keys(YEAR_STEP) as YearKind[];

export type TickKind = 'day' | 'week' | 'month' | YearKind;

const isYearKind = (kind: TickKind): kind is YearKind => kind in YEAR_STEP;

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
  /** With the `years` option, the year the label ends with, where it names one ("2023"). */
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

/** The axis's labels are 11 px text. */
export const AXIS_FONT_SIZE = 11;
/** Where a tick's label starts, after its line, px (TimeAxis draws it there). */
export const LABEL_DX = 3;
/** The room kept after a label, px. */
const LABEL_GAP = 6;

/** How wide the axis draws a label, px, at most (an estimate: the axis is not measured). */
export const axisLabelWidth = (label: string): number => label.length * charWidth(AXIS_FONT_SIZE);

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
    const end = start + axisLabelWidth(tick.label);
    const wall = breakStarts.find((x) => x > tick.pos);
    tick.showLabel =
      (wall === undefined || end <= wall) &&
      placed.every(([a, b]) => end + LABEL_GAP <= a || start >= b + LABEL_GAP);
    if (tick.showLabel) placed.push([start, end]);
  }
}

/** Minimum room a label needs, in px, for each kind of tick (a year's, for every year kind). */
const MIN_SPACING = { day: 44, week: 56, month: 72, year: 56 } as const;
/** The average length of a year, days: what a year kind's spacing is reckoned with. */
export const DAYS_PER_YEAR = 365.2425;

export function chooseTickKind(pxPerDay: number): TickKind {
  if (pxPerDay >= MIN_SPACING.day) return 'day';
  if (pxPerDay * 7 >= MIN_SPACING.week) return 'week';
  if (pxPerDay * 30 >= MIN_SPACING.month) return 'month';
  const pxPerYear = pxPerDay * DAYS_PER_YEAR;
  return YEAR_KINDS.find((k) => pxPerYear * YEAR_STEP[k] >= MIN_SPACING.year) ?? 'e10';
}

/** A day of the month as the language writes it: "1er" (or "1"), then "2", "3"… */
export const dayOfMonth = (date: number, names: CalendarNames): string =>
  date === 1 ? names.firstOfMonth : String(date);

/** A number as the names' locale writes it, with one decimal below 100: "12 000", "13,8". */
export function formatNumber(n: number, locale: string): string {
  const digits = n < 100 ? 1 : 0;
  const key = `${locale}/${digits}`;
  let format = numberFormats.get(key);
  if (!format)
    numberFormats.set(
      key,
      (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }))
    );
  return format.format(n);
}
/** Intl's formats, made once each: making one takes longer than a whole axis's labels. */
const numberFormats = new Map<string, Intl.NumberFormat>();

const fill = (template: string, n: string) => template.replace('{n}', n);

/**
 * A year as the axis writes it: "2023"; before year 1, counted back ("500 av. J.-C.", year 0
 * being "1 av. J.-C."); deep time in millions and billions of years ("65 Ma", "13,8 Ga");
 * beyond 9999, grouped ("12 000"). `exact` (a month's or a day's year) never rounds to ages:
 * "13 800 000 001 av. J.-C.".
 */
export function yearLabel(year: number, names: CalendarNames, exact = false): string {
  const { eras } = names;
  if (year >= 1) return year <= 9999 ? String(year) : formatNumber(year, eras.locale);
  const back = 1 - year;
  if (exact)
    return fill(eras.beforeYearOne, back <= 9999 ? String(back) : formatNumber(back, eras.locale));
  if (back >= 1e9) return fill(eras.billionYearsAgo, formatNumber(back / 1e9, eras.locale));
  if (back >= 1e6) return fill(eras.millionYearsAgo, formatNumber(back / 1e6, eras.locale));
  return fill(eras.beforeYearOne, back <= 9999 ? String(back) : formatNumber(back, eras.locale));
}

/** "4 sept.", "1er sept." */
export function dayLabel(day: number, names: CalendarNames): string {
  const d = partsOfDay(day);
  return `${dayOfMonth(d.day, names)} ${names.monthsShort[d.month - 1]}`;
}

/** "lun. 4", "ven. 1er", or "lun. 4 sept." where the reader needs the month */
export function weekdayLabel(day: number, names: CalendarNames, withMonth = false): string {
  const d = partsOfDay(day);
  const label = `${names.weekdaysShort[weekdayOfDay(day)]} ${dayOfMonth(d.day, names)}`;
  return withMonth ? `${label} ${names.monthsShort[d.month - 1]}` : label;
}

/** "juillet 2023", "mars 500 av. J.-C." */
export function monthLabel(day: number, names: CalendarNames): string {
  const d = partsOfDay(day);
  return `${names.months[d.month - 1]} ${yearLabel(d.year, names, true)}`;
}

/**
 * The first year from `year` on that a tick of `step` years falls on: after year 1, the
 * multiples of the step (1900, 2000); before it, the years whose count back is one (100 BC,
 * 200 BC: years -99, -199), so that the labels are round on both sides of the era.
 */
export function nextTickYear(year: number, step: number): number {
  if (step === 1) return year;
  if (year >= 1) return Math.ceil(year / step) * step;
  const back = Math.floor((1 - year) / step) * step;
  return back >= step ? 1 - back : step;
}

/** The tick days of one kind in [from, to). */
function tickDays(kind: TickKind, from: number, to: number): number[] {
  const days: number[] = [];
  if (kind === 'day') for (let d = Math.ceil(from); d < to; d++) days.push(d);
  else if (kind === 'week') {
    const first = Math.ceil(from);
    for (let d = first + ((8 - weekdayOfDay(first)) % 7); d < to; d += 7) days.push(d);
  } else if (kind === 'month') {
    let { year, month } = partsOfDay(Math.ceil(from));
    for (;;) {
      const d = dayNumberOf(year, month, 1);
      if (d >= to) break;
      if (d >= from) days.push(d);
      if (month === 12) [year, month] = [year + 1, 1];
      else month++;
    }
  } else {
    const step = YEAR_STEP[kind];
    for (let year = nextTickYear(partsOfDay(Math.ceil(from)).year, step); ;) {
      const d = dayNumberOf(year, 1, 1);
      if (d >= to) break;
      if (d >= from) days.push(d);
      year = nextTickYear(year + 1, step);
    }
  }
  return days;
}

/** A day tick names its month where the month changes and after a break or an edge. */
function label(kind: TickKind, day: number, names: CalendarNames, withMonth: boolean): string {
  const d = partsOfDay(day);
  if (isYearKind(kind)) return yearLabel(d.year, names);
  if (kind === 'month')
    return d.month === 1 || withMonth ? monthLabel(day, names) : names.months[d.month - 1]!;
  if (kind === 'week') return dayLabel(day, names);
  return weekdayLabel(day, names, withMonth || d.day === 1);
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
  let named = -Infinity;
  /** The year last named on screen (with the `years` option). */
  let namedYear: number | undefined;
  for (let i = 1; i < segments.domain.length; i++) {
    const from = segments.domain[i - 1]!;
    const to = segments.domain[i]!;
    if (segments.breaks.some((b) => b.from === from && b.to === to)) {
      named = -Infinity;
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
      const d = partsOfDay(day);
      const month = d.year * 12 + d.month - 1;
      const yearText = yearLabel(d.year, names, !isYearKind(kind));
      const onScreen = (options.labelStart?.(day) ?? pos(day) + LABEL_DX) >= nameFrom;
      const withContext = onScreen && (kind === 'month' ? named === -Infinity : month !== named);
      const withYear = options.years === true && onScreen && d.year !== namedYear;
      namesMonth.push(withContext || withYear || d.day === 1);
      // Days name their month when it changes; months their year only when first shown.
      let text = label(kind, day, names, withContext || withYear);
      if (withYear && (kind === 'day' || kind === 'week')) text += ` ${yearText}`;
      const namesYear = text.endsWith(` ${yearText}`) || isYearKind(kind);
      ticks.push({
        day,
        pos: pos(day),
        mid: kind === 'day' ? pos(day + 0.5) : pos(day),
        label: text,
        kind,
        major: d.day === 1,
        showLabel: true,
        ...(options.years && namesYear && { year: yearText })
      });
      if (onScreen) named = month;
      if (onScreen && namesYear) namedYear = d.year;
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
