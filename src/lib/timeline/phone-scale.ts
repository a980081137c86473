/**
 * The phone's time scale, where time runs down the page. A short story keeps the room it
 * reads well in; a long one is fitted into a few screens, its empty stretches squeezed and its
 * busy ones given room, as compressGaps does for the wide screen.
 *
 * The days are cut into bins (a week at most, within a segment of the axis; a compressed
 * stretch is one bin), and each bin has two lengths:
 *   - its reading length: 30 px a shown day, how the phone drew every story before; a
 *     compressed stretch counts its 3 shown days;
 *   - its asked length: what its events need to be read, and no more: a label row (26 px) for
 *     each mark that can be drawn apart (events of a lane on one day that would make a cluster
 *     count as one), 2 px for each day, 24 px for a compressed stretch.
 * A story whose reading length fits in the bound is drawn at it. A longer one is drawn at the
 * bound: the more of its time must be squeezed out, the more each bin's share follows what it
 * asks rather than how many days it has. The length grows with the story up to the bound, and
 * stays there.
 *
 * The bound: the whole drawing (its axis, margins and last labels) in 6 screens. The
 * 10,000-event synthetic story spans five years: in 6 screens of 844 px its axis is 4,790 px,
 * and an average month gets 80 px, more than the 72 px a month's label needs (ticks.ts), so
 * the overview names every month; fewer screens would name only the years. A reader flicks
 * through it in a few seconds, and a screen of it (and 900 px either side) draws some hundreds
 * of clusters, well under the DOM bound of tests/scale.e2e.ts. A screen is the device's
 * (screen.height), not the window's, which a phone's address bar changes as the page scrolls.
 */
import { CLUSTER_CELL, CLUSTER_MIN, VERTICAL } from './layout.ts';
import { piecewiseLinear, type DayInterval, type DayScale, type Segments } from './scale.ts';

export interface PhoneScaleOptions {
  /** The drawing's time axis at zoom 1 is at most this many screens long. */
  maxScreens: number;
  /** A shown day's px at the reading scale. */
  readingPxPerDay: number;
  /** What an event (a mark and its label) asks, px: one label row. */
  rowPx: number;
  /** What an empty day asks, px. */
  dayPx: number;
  /** What a compressed stretch asks, px: room for its length ("≈ 3 mois"). */
  breakPx: number;
  /** A compressed stretch is never squeezed below this, px (nor below a share of the length). */
  minBreakPx: number;
  /** Days in a bin, at most. */
  binDays: number;
  /**
   * The deepest zoom gives every bin that holds events at least this many px a day: four
   * cluster cells, so that events whose marks centre half a day apart part.
   */
  maxPxPerDay: number;
}

export const PHONE_SCALE: PhoneScaleOptions = {
  maxScreens: 6,
  readingPxPerDay: 30,
  rowPx: 26,
  dayPx: 2,
  breakPx: 24,
  minBreakPx: 16,
  binDays: 7,
  maxPxPerDay: 4 * CLUSTER_CELL
};

/** A nominal phone screen, px, until the real one is measured (and on the server). */
export const PHONE_SCREEN = 844;

/**
 * What the drawing takes beyond its time axis, px, at most: its margins, and the labels of the
 * last events, which may slip below the last day (a label of two lines, up to maxDrift; the
 * open event's label, never left out, one label further).
 */
const AROUND_AXIS =
  VERTICAL.top +
  VERTICAL.maxDrift +
  4 * VERTICAL.lineHeight +
  VERTICAL.labelSpacing +
  VERTICAL.bottom;

/** The deepest zoom, whatever the story: the drawing stays far below a browser's size limit. */
const MAX_K = 400;

export interface PhoneScale {
  /** Day numbers where the scale bends, and their px at zoom 1 (from 0), and the breaks. */
  segments: Segments;
  /** Days → px at zoom 1, from the first day (0) to the day after the last (length). */
  scale: DayScale;
  /** The time axis's length at zoom 1, px. */
  length: number;
  /** The deepest zoom. */
  maxK: number;
}

interface Bin {
  from: number;
  to: number;
  isBreak: boolean;
  read: number;
  ask: number;
  /** Marks that can be drawn apart, whose middle falls in the bin. */
  spots: number;
}

/** The first Monday after `day` (day numbers: day 0, 1 January 1970, was a Thursday). */
const nextMonday = (day: number) => day + 7 - ((((day + 3) % 7) + 7) % 7);

/** Bins in a segment, at most, where its weeks would be more. */
const MAX_BINS = 4096;

/** The bins of the axis: a compressed stretch whole, other segments cut at Mondays. */
function binsOf(segments: Segments, options: PhoneScaleOptions): Bin[] {
  const bins: Bin[] = [];
  const isBreak = (from: number, to: number) =>
    segments.breaks.some((b) => b.from === from && b.to === to);
  for (let i = 1; i < segments.domain.length; i++) {
    const from = segments.domain[i - 1]!;
    const to = segments.domain[i]!;
    const shownPerDay = (segments.positions[i]! - segments.positions[i - 1]!) / (to - from);
    const bin = (a: number, b: number, breaks: boolean): Bin => ({
      from: a,
      to: b,
      isBreak: breaks,
      read: (b - a) * shownPerDay * options.readingPxPerDay,
      ask: breaks ? options.breakPx : (b - a) * options.dayPx,
      spots: 0
    });
    if (isBreak(from, to)) {
      bins.push(bin(from, to, true));
      continue;
    }
    // A segment of ages (a linear axis over deep time) is cut into MAX_BINS equal bins, not
    // into weeks: its weeks would be billions.
    const wide = to - from > MAX_BINS * options.binDays;
    const width = wide ? Math.ceil((to - from) / MAX_BINS) : options.binDays;
    for (let a = from; a < to;) {
      const b = Math.min(to, wide ? a + width : Math.min(nextMonday(a), a + width));
      bins.push(bin(a, b, false));
      a = b;
    }
  }
  return bins;
}

/** The first bin whose end is after `day`. */
function binAt(bins: Bin[], day: number): Bin | undefined {
  let lo = 0;
  let hi = bins.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bins[mid]!.to <= day) lo = mid + 1;
    else hi = mid;
  }
  return bins[lo];
}

/**
 * Counts each bin's spots: the marks that can be drawn apart, by the day their mark centres on.
 * Events of a lane on one day are drawn apart while they are fewer than a cluster, else as one.
 */
function countSpots(bins: Bin[], events: readonly (DayInterval & { lane: number })[]): void {
  const byLaneDay = new Map<number, Map<number, number>>();
  for (const e of events) {
    const day = Math.floor((e.start + e.end + 1) / 2);
    let days = byLaneDay.get(e.lane);
    if (!days) byLaneDay.set(e.lane, (days = new Map()));
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  for (const days of byLaneDay.values())
    for (const [day, count] of days) {
      const bin = binAt(bins, day);
      if (bin) bin.spots += count >= CLUSTER_MIN ? 1 : count;
    }
}

/**
 * The phone's scale for a story: `segments` are the axis's (compressed or linear, from the
 * view), `events` the ones drawn, `screen` the screen's height, px. The whole drawing, its
 * margins and last labels included, takes at most `maxScreens` screens at zoom 1.
 */
export function phoneScale(
  segments: Segments,
  events: readonly (DayInterval & { lane: number })[],
  screen: number = PHONE_SCREEN,
  options: PhoneScaleOptions = PHONE_SCALE
): PhoneScale {
  const bins = binsOf(segments, options);
  countSpots(bins, events);
  for (const bin of bins) bin.ask += bin.spots * options.rowPx;
  const sum = (f: (b: Bin) => number) => bins.reduce((total, b) => total + f(b), 0);
  const reading = sum((b) => b.read);
  const asked = sum((b) => b.ask);
  const cap = options.maxScreens * screen - AROUND_AXIS;

  let px: number[];
  if (reading <= cap) px = bins.map((b) => b.read);
  else {
    // The share of the time squeezed out is the share of the length given by what bins ask.
    const byTime = cap / reading;
    const byEvents = 1 - byTime;
    px = bins.map((b) => byTime * byTime * b.read + (byEvents * cap * b.ask) / asked);
    // A compressed stretch keeps room for its length; the other bins give it up in proportion.
    const breaks = bins.filter((b) => b.isBreak).length;
    const floor = breaks ? Math.min(options.minBreakPx, cap / 2 / breaks) : 0;
    px = px.map((p, i) => (bins[i]!.isBreak ? Math.max(p, floor) : p));
    const inBreaks = px.reduce((t, p, i) => t + (bins[i]!.isBreak ? p : 0), 0);
    const elsewhere = px.reduce((t, p, i) => t + (bins[i]!.isBreak ? 0 : p), 0);
    const factor = elsewhere > 0 ? (cap - inBreaks) / elsewhere : 1;
    px = px.map((p, i) => (bins[i]!.isBreak ? p : p * factor));
  }

  const domain = [bins[0]?.from ?? segments.domain[0]!];
  const positions = [0];
  bins.forEach((b, i) => {
    domain.push(b.to);
    positions.push(positions.at(-1)! + px[i]!);
  });
  const length = positions.at(-1)!;
  // The deepest zoom parts any two marks of the sparsest bin that holds events.
  const sparsest = bins
    .map((b, i) => (b.spots > 0 && !b.isBreak ? px[i]! / (b.to - b.from) : Infinity))
    .reduce((min, p) => Math.min(min, p), Infinity);
  const maxK = Number.isFinite(sparsest)
    ? Math.min(MAX_K, Math.max(1, options.maxPxPerDay / sparsest))
    : 1;
  return {
    segments: { domain, positions, breaks: segments.breaks },
    scale: Object.assign(piecewiseLinear(domain, positions), {
      invert: piecewiseLinear(positions, domain)
    }),
    length,
    maxK
  };
}

/** Where a zoom keeps its anchor: a day, and where it stays on screen (px from the top). */
export interface ZoomAnchor {
  day: number;
  screenY: number;
}

/**
 * The scroll position that puts `anchor.day` at `anchor.screenY` once the drawing is drawn at
 * a new zoom: `y(day)` is a day's px in the drawing at that zoom, `drawingTop` the drawing's
 * top in the page (px from the page's top).
 */
export const scrollFor = (anchor: ZoomAnchor, y: (day: number) => number, drawingTop: number) =>
  drawingTop + y(anchor.day) - anchor.screenY;

/**
 * What a zoom by the buttons or keys keeps in place: the open event, where its mark is on
 * screen, or else in the middle of the screen (the buttons are above the drawing: a reader who
 * went up to them comes back to the event); without one, the day at the middle of the screen
 * (of the part of it the drawing takes). `screen` is in the drawing's px; `selected` the open
 * event's middle day; `y` and `dayAt` the drawing's scale at the zoom before.
 */
export function zoomAnchor(
  screen: { top: number; height: number },
  drawingHeight: number,
  y: (day: number) => number,
  dayAt: (y: number) => number,
  selected?: number
): ZoomAnchor {
  const from = Math.max(0, screen.top);
  const to = Math.min(drawingHeight, screen.top + screen.height);
  const middle = from < to ? (from + to) / 2 : screen.top + screen.height / 2;
  if (selected === undefined) return { day: dayAt(middle), screenY: middle - screen.top };
  const at = y(selected) - screen.top;
  return { day: selected, screenY: at >= 0 && at <= screen.height ? at : screen.height / 2 };
}

/**
 * The zoom a click on a cluster goes to: its days fill most of the screen, and it is at least
 * one step deeper than now (within the deepest zoom).
 */
export function clusterZoom(
  k: number,
  maxK: number,
  /** The cluster's days' extent at zoom 1, px. */
  span: number,
  screen: number,
  step: number
): number {
  return Math.min(maxK, Math.max(k * step, (0.6 * screen) / Math.max(span, 1e-6)));
}

/**
 * Where the page scrolls to show a mark that is `at` px from the screen's top: where it is, if
 * the mark is well on screen (in its middle 70 %); else so that the mark is in the middle.
 */
export const revealScroll = (at: number, screen: number, scrollY: number): number =>
  at >= screen * 0.15 && at <= screen * 0.85 ? scrollY : scrollY + at - screen / 2;

/**
 * The part of the phone's drawing its marks are laid out for (px from the drawing's top), as
 * the page scrolls: the screen it was last laid out for, until the screen has moved `step` px
 * or more from it (or changed height), then the screen. The marks are laid out VERTICAL.margin
 * px beyond it both ways, so with a step of a third of that margin they still reach two thirds
 * of it beyond the screen, and a scroll lays them out again once every `step` px rather than
 * at every frame.
 */
export function settledScreen(
  screen: { top: number; height: number } | undefined,
  laidOut: { top: number; height: number } | undefined,
  step: number
): { top: number; height: number } | undefined {
  if (!screen || !laidOut) return screen;
  return screen.height === laidOut.height && Math.abs(screen.top - laidOut.top) < step
    ? laidOut
    : screen;
}

/**
 * A pinch on the phone stretches the drawing as it is (a CSS transform) rather than laying it
 * out at every move: the stretch after one more step of `factor`, drawn at zoom `k`, kept within
 * the zoom's bounds [1, maxK] (at either bound the fingers only carry the day).
 */
export const pinchStretch = (k: number, stretch: number, factor: number, maxK: number): number =>
  Math.min(maxK, Math.max(1, k * stretch * factor)) / k;

/**
 * The CSS transform that shows the drawing stretched by `stretch` about the point `y` px down
 * it, that point brought to `to` px down the screen; the drawing's top is `top` px down the
 * screen. (The transform's origin is the drawing's top: "0 0".)
 */
export function pinchTransform(y: number, top: number, to: number, stretch: number): string {
  // A point d of the drawing goes to top + dy + stretch * d; the day's point y goes to `to`.
  const dy = to - top - stretch * y;
  return `translateY(${dy}px) scaleY(${stretch})`;
}
