/**
 * The wide drawing's double buffering (issue 16, the wide zoom at 10,000 events): a layout
 * after a zoom is made a chunk a frame in a hidden group while the stretched drawing stays on
 * screen, then shown in one frame in its place. What costs in a layout is the elements made and
 * changed for it (a few thousand at 10,000 events), not its arithmetic, so the frames that make
 * them are given a budget of elements each.
 *
 * Two slots, `a` and `b`, each hold the transform a drawing is laid out at; one is shown (the
 * front), the other, when there is one, is being made (the back). A slot keeps its identity
 * (`ids`) while it is changed in place (a pan) and when it passes from back to front, so that
 * the drawing's keyed blocks keep their elements; a new back gets a new id, so that a build
 * restarted by another zoom starts from an empty group rather than changing a half-made one.
 */
import type { ViewTransform } from './scale.ts';

export type Slot = 'a' | 'b';

export interface Buffers {
  a: ViewTransform | undefined;
  b: ViewTransform | undefined;
  /** The slot on screen; it always holds a transform. */
  front: Slot;
  ids: { a: number; b: number };
}

export const other = (slot: Slot): Slot => (slot === 'a' ? 'b' : 'a');

export function initialBuffers(at: ViewTransform): Buffers {
  return { a: at, b: undefined, front: 'a', ids: { a: 0, b: 1 } };
}

/** The slot being made, if any. */
export const backOf = (buffers: Buffers): Slot | undefined => {
  const back = other(buffers.front);
  return buffers[back] ? back : undefined;
};

/**
 * The buffers once the drawing should be laid out at `target`:
 *   - when the back is ready (`promoted` is its transform: whole, or its screen made when the
 *     front can no longer stand in), it becomes the front and the old front is dropped; then,
 *     as for any front:
 *   - at the front's zoom (a pan beyond the drawing, a zoom back to where it was), the front is
 *     laid out again in place, at once, and a build under way is dropped;
 *   - at another zoom, a back is started at `target`, the front left as it is (stretched). A
 *     build under way is not restarted by another zoom but finished and swapped in first: a
 *     quick run of zoom steps, each sooner than a build takes, would otherwise restart it at
 *     every step and leave the first drawing on screen, stretched ever further. Nor is one
 *     started while the front, swapped in before it was whole, is still `growing`.
 * Returns `buffers` itself when nothing changes.
 */
export function nextBuffers(
  buffers: Buffers,
  target: ViewTransform,
  promoted?: ViewTransform,
  /** A drawing swapped in before it was whole, its margins still being made: no new build. */
  growing?: ViewTransform
): Buffers {
  let next = buffers;
  const building = backOf(next);
  if (building && promoted && next[building] === promoted)
    next = { ...next, [next.front]: undefined, front: building };
  const { front } = next;
  const back = other(front);
  const shown = next[front]!;
  if (target.k === shown.k) {
    if (target === shown && next[back] === undefined) return next;
    return { ...next, [front]: target, [back]: undefined };
  }
  if (next[back] || (growing && growing === shown)) return next;
  const id = Math.max(next.ids.a, next.ids.b) + 1;
  return { ...next, [back]: target, ids: { ...next.ids, [back]: id } };
}

/** What a mark or a cluster spans in its drawing, px (PlacedItem, PlacedCluster). */
export interface Extent {
  left: number;
  right: number;
}

/** How far an item is from a point of its drawing, px: 0 when it spans it. */
export const distanceFrom = (centre: number, item: Extent): number =>
  Math.max(0, item.left - centre, centre - item.right);

/**
 * Elements made a frame while a back is built. A mark is 4–5 elements (its link, `<title>`,
 * shape, label, a hatched outline), a cluster 4 (link, `<title>`, circle, number). On the
 * bench's machine, making them costs about 30–40 µs an element with their style and layout,
 * so a frame's share stays near 8 ms.
 */
export const BUILD_BUDGET = 240;
export const ELEMENTS = { mark: 5, cluster: 4 } as const;

/** A drawing's items by distance from the screen's centre, nearest first, with their weight. */
export type BuildOrder = { distance: number; elements: number }[];

export function buildOrder(
  clusters: readonly Extent[],
  marks: readonly Extent[],
  centre: number
): BuildOrder {
  return [
    ...clusters.map((c) => ({ distance: distanceFrom(centre, c), elements: ELEMENTS.cluster })),
    ...marks.map((m) => ({ distance: distanceFrom(centre, m), elements: ELEMENTS.mark }))
  ].sort((x, y) => x.distance - y.distance);
}

/** Nothing made yet: no item is this near. */
export const NOTHING = -1;

/**
 * The next frame's reach: a build makes its drawing from the screen's centre out, every item
 * within `reach` px of it; a frame adds the next items, `budget` elements in all (one distance
 * at least, so that a build always ends; items at one distance come together).
 */
export function nextReach(order: BuildOrder, reach: number, budget = BUILD_BUDGET): number {
  let i = order.findIndex((item) => item.distance > reach);
  if (i < 0) return reach;
  let next = order[i]!.distance;
  let left = budget;
  while (i < order.length) {
    const distance = order[i]!.distance;
    let j = i;
    let elements = 0;
    while (j < order.length && order[j]!.distance === distance) elements += order[j++]!.elements;
    if (elements > left && next !== distance) break;
    left -= elements;
    next = distance;
    i = j;
  }
  return next;
}

/** Whether every item of the order is within reach. */
export const isWhole = (order: BuildOrder, reach: number): boolean =>
  order.length === 0 || reach >= order[order.length - 1]!.distance;
