/**
 * The wide drawing's own arithmetic, without the DOM: where each lane's band goes, and when the
 * drawing must be laid out again rather than moved whole.
 */
import type { ViewTransform } from './scale.ts';

/**
 * The drawing's vertical measures, px: the axis, a lane's header, a row, a lane's padding, and
 * the strip the periods' names take above the lanes (when the story has periods).
 */
export const BANDS = { axis: 44, header: 22, row: 26, pad: 10, gap: 8, periods: 20 } as const;

export interface LaneBand {
  index: number;
  /** Its top, px; a hidden lane takes no room (its top is where the next one starts). */
  top: number;
  height: number;
  shown: boolean;
}

/**
 * The lanes' bands, top to bottom: each as tall as its rows (one at least), hidden lanes none.
 * Returns the bands by lane index and the drawing's height.
 */
export function laneBands(
  rows: readonly number[],
  shown: readonly boolean[],
  /** Whether the periods' strip goes above the lanes. */
  periods = false
): { bands: LaneBand[]; height: number } {
  let top = BANDS.axis + BANDS.gap + (periods ? BANDS.periods : 0);
  const bands = rows.map((count, index): LaneBand => {
    const visible = shown[index] ?? true;
    const height = visible ? BANDS.header + Math.max(1, count) * BANDS.row + BANDS.pad : 0;
    const band = { index, top, height, shown: visible };
    top += height;
    return band;
  });
  return { bands, height: top + 4 };
}

/** The vertical centre of a row of a lane's band, px. */
export const rowCentre = (band: LaneBand, row: number): number =>
  band.top + BANDS.header + row * BANDS.row + BANDS.row / 2;

/**
 * The transform the drawing is laid out at. The drawing reaches `buffer` px beyond each side of
 * the screen, so a pan moves it whole (a compositor transform) until it has moved that far; a
 * zoom, or a pan beyond, lays it out anew at the view's transform.
 */
export function drawnTransform(
  drawn: ViewTransform,
  view: ViewTransform,
  buffer: number
): ViewTransform {
  return view.k !== drawn.k || Math.abs(view.x - drawn.x) > buffer ? view : drawn;
}
