/**
 * The timeline's scale: a d3 linear scale over calendar days, polylinear when long empty
 * stretches are compressed so that days with events keep their room.
 *
 * Days are day numbers (days since 1970-01-01, see calendar-date.ts); a day is the interval
 * [d, d + 1), and the scale maps day d to its left edge. No instant is involved (no Date, no
 * time zone), so the reader's time zone never moves a mark. (A UTC time scale would map the
 * same days to the same px, since every calendar day is one UTC day; it also brings d3's time
 * formats into the page, about 13 KB of script that the timeline never uses.)
 */

export interface DayInterval {
  /** First day. */
  start: number;
  /** Last day, inclusive. */
  end: number;
}

export interface AxisBreak {
  /** The hidden stretch: days [from, to). */
  from: number;
  to: number;
  /** Its length, which the drawing names in the page's language (durationLabel). */
  days: number;
}

export interface Segments {
  /** Day numbers where the scale bends, strictly increasing. */
  domain: number[];
  /** The visual length, in "shown days", at each domain point. */
  positions: number[];
  breaks: AxisBreak[];
}

export interface CompressOptions {
  /** An empty stretch at least this long is compressed. */
  minGapDays: number;
  /** What a compressed stretch is drawn as, in shown days. */
  gapWidthDays: number;
  /** Empty days kept on each side of an event, so marks are not flush with a break. */
  padDays: number;
}

export const DEFAULT_COMPRESSION: CompressOptions = { minGapDays: 10, gapWidthDays: 3, padDays: 1 };

/** Merges intervals (sorted or not) into sorted, disjoint ones; touching days merge too. */
export function mergeIntervals(intervals: readonly DayInterval[]): DayInterval[] {
  const merged: DayInterval[] = [];
  for (const { start, end } of [...intervals].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && start <= last.end + 1) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** The days covered by events, padded and within the extent, merged: sorted, disjoint. */
function occupied(intervals: DayInterval[], extent: DayInterval, pad: number): DayInterval[] {
  return mergeIntervals(
    intervals
      .map((i) => ({
        start: Math.max(extent.start, i.start - pad),
        end: Math.min(extent.end, i.end + pad)
      }))
      .filter((i) => i.start <= i.end)
  );
}

/**
 * Lays the extent out as shown days: days near events count one each, and every empty stretch
 * of minGapDays or more counts gapWidthDays, recorded as a break.
 */
export function compressGaps(
  intervals: DayInterval[],
  extent: DayInterval,
  options: CompressOptions = DEFAULT_COMPRESSION
): Segments {
  const domain = [extent.start];
  const positions = [0];
  const breaks: AxisBreak[] = [];
  let cursor = extent.start;
  let shown = 0;
  const bendAt = (day: number) => {
    if (domain.at(-1) === day) return;
    domain.push(day);
    positions.push(shown);
  };
  /** An empty stretch up to `day`: squeezed to a break when long, else at true length. */
  const skipTo = (day: number) => {
    const gap = day - cursor;
    if (gap <= 0) return;
    if (gap >= options.minGapDays) {
      bendAt(cursor); // bend at both ends, so that only the stretch is squeezed
      shown += options.gapWidthDays;
      breaks.push({ from: cursor, to: day, days: gap });
      bendAt(day);
    } else {
      shown += gap;
    }
    cursor = day;
  };
  for (const { start, end } of occupied(intervals, extent, options.padDays)) {
    skipTo(start);
    shown += end + 1 - start;
    cursor = end + 1;
    bendAt(cursor);
  }
  skipTo(extent.end + 1);
  bendAt(extent.end + 1);
  return { domain, positions, breaks };
}

/** One shown day per day: the true linear scale. */
export function linearSegments(extent: DayInterval): Segments {
  return {
    domain: [extent.start, extent.end + 1],
    positions: [0, extent.end + 1 - extent.start],
    breaks: []
  };
}

/** Days → px (a day number to its left edge), and back. */
export interface DayScale {
  (day: number): number;
  invert(px: number): number;
}

/**
 * The piecewise linear map from `from` to `to` (both strictly increasing, as long as each
 * other), carried on past either end by its end pieces: d3's polylinear scale, without the
 * interpolators and number formats a d3 continuous scale brings along (see createDayScale).
 */
export function piecewiseLinear(from: readonly number[], to: readonly number[]) {
  const last = from.length - 1;
  return (x: number): number => {
    // The piece [from[i], from[i + 1]) that holds x; the first or last one beyond the ends.
    let lo = 1;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (from[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    const i = Math.max(0, lo - 1);
    const [a, b] = [from[i]!, from[i + 1] ?? from[i]! + 1];
    const [c, d] = [to[i]!, to[i + 1] ?? to[i]!];
    // A piece of no length (as d3 does): its middle.
    return c + (b === a ? 0.5 : (x - a) / (b - a)) * (d - c);
  };
}

/**
 * The scale from the segments' days (day numbers) to [padStart, length − padEnd] pixels (x, or
 * y on a phone); the padding leaves room for the first and last labels. The same map as d3's
 * scaleLinear over these domain and range (scale.spec.ts checks it on every quarter day): made
 * here because a d3 continuous scale brings d3-interpolate (with d3-color) and d3-format into
 * the page, about 6 KB of gzipped script that a day → px map never runs.
 */
export function createDayScale(
  segments: Segments,
  length: number,
  padStart = 0,
  padEnd = 0
): DayScale {
  const total = segments.positions.at(-1) || 1;
  const usable = Math.max(1, length - padStart - padEnd);
  const px = segments.positions.map((p) => padStart + (p / total) * usable);
  const scale = piecewiseLinear(segments.domain, px) as DayScale;
  scale.invert = piecewiseLinear(px, segments.domain);
  return scale;
}

/** A zoom and pan: screen = k · base + x. */
export interface ViewTransform {
  k: number;
  x: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0 };

/** Zooms by `factor` keeping the point under `anchor` (screen px) where it is. */
export function zoomAt(
  t: ViewTransform,
  factor: number,
  anchor: number,
  limits: { minK: number; maxK: number }
): ViewTransform {
  const k = Math.min(limits.maxK, Math.max(limits.minK, t.k * factor));
  return { k, x: anchor - ((anchor - t.x) * k) / t.k };
}

/**
 * Keeps the view within the story: at zoom k, the first day may not move right of where it is
 * at zoom 1, nor the last day left of where it is, so the screen is never blank.
 * `contentStart` and `contentEnd` are the story's first and last px at zoom 1.
 */
export function clampPan(
  t: ViewTransform,
  contentStart: number,
  contentEnd: number
): ViewTransform {
  const min = contentEnd * (1 - t.k);
  const max = contentStart * (1 - t.k);
  return { k: t.k, x: Math.min(max, Math.max(min, t.x)) };
}

/** The transform that centres base position `p` in a viewport of `length` px at zoom k. */
export function centreOn(
  p: number,
  length: number,
  k: number,
  content: { start: number; end: number }
): ViewTransform {
  return clampPan({ k, x: length / 2 - k * p }, content.start, content.end);
}
