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
 * How far a zoom may stretch the drawing as it is (a CSS transform, which the browser draws
 * without laying out any mark) before it is laid out again: about two steps of ×1.5 in, one
 * out. Past that the marks would be too far from where a layout puts them (and clusters too
 * coarse or too fine); the drawing must also still cover the screen.
 */
export const STRETCH = { min: 1 / 1.5 - 1e-9, max: 1.5 * 1.5 + 1e-9 } as const;

/**
 * The transform the drawing is laid out at. The drawing reaches `buffer` px beyond each side of
 * the screen, so a pan moves it whole (a compositor transform) until it has moved that far. A
 * zoom stretches it (see stretchOf) while the zoom goes on (`zooming`), as long as it stays
 * within STRETCH and covers the screen of `length` px; else, and once the zoom rests, it is
 * laid out anew at the view's transform.
 */
export function drawnTransform(
  drawn: ViewTransform,
  view: ViewTransform,
  buffer: number,
  zooming = false,
  length = 0
): ViewTransform {
  if (view.k === drawn.k) return Math.abs(view.x - drawn.x) > buffer ? view : drawn;
  if (!zooming) return view;
  const s = view.k / drawn.k;
  if (s < STRETCH.min || s > STRETCH.max) return view;
  // The drawing's edges, -buffer and length + buffer as drawn, where the view puts them.
  const left = view.x + s * (-buffer - drawn.x);
  const right = view.x + s * (length + buffer - drawn.x);
  return left <= 0 && right >= length ? drawn : view;
}

/**
 * The CSS transform that shows a drawing laid out at `drawn` where the view puts it: scaled by
 * `scale` about the drawing's left edge (at `from`, px, relative to the screen's left), then
 * moved by `dx`. A drawing not stretched is only moved, by the pan since it was laid out.
 */
export function stretchOf(
  drawn: ViewTransform,
  view: ViewTransform,
  from: number
): { scale: number; dx: number } {
  const scale = view.k / drawn.k;
  // A point d of the drawing goes to view.x + scale * (d - drawn.x); the transform's origin is
  // the drawing's left edge, d = from.
  return { scale, dx: view.x - scale * drawn.x + (scale - 1) * from };
}
