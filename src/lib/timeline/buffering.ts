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
 *   - when the back is whole (`promoted` is its transform), it becomes the front and the old
 *     front is dropped; then, as for any front:
 *   - at the front's zoom (a pan beyond the drawing, a zoom back to where it was), the front is
 *     laid out again in place, at once, and a build under way is dropped;
 *   - at another zoom, a back is started at `target`, the front left as it is (stretched). A
 *     build under way is not restarted by another zoom but finished and swapped in first: a
 *     quick run of zoom steps, each sooner than a build takes, would otherwise restart it at
 *     every step and leave the first drawing on screen, stretched ever further.
 * Returns `buffers` itself when nothing changes.
 */
export function nextBuffers(
  buffers: Buffers,
  target: ViewTransform,
  promoted?: ViewTransform
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
  if (next[back]) return next;
  const id = Math.max(next.ids.a, next.ids.b) + 1;
  return { ...next, [back]: target, ids: { ...next.ids, [back]: id } };
}

/** How many of a layout's clusters and marks a group holds. */
export interface Made {
  clusters: number;
  marks: number;
}

/**
 * Elements made a frame while a back is built. A mark is 4–5 elements (its link, `<title>`,
 * shape, label, a hatched outline), a cluster 4 (link, `<title>`, circle, number). On the
 * bench's machine, making them costs about 30–40 µs an element with their style and layout,
 * so a frame's share stays near 8 ms.
 */
export const BUILD_BUDGET = 240;
export const ELEMENTS = { mark: 5, cluster: 4 } as const;

/**
 * The next frame's share of a build: clusters first (they are the most of a drawing zoomed
 * out), then marks, `budget` elements in all (one item at least, so that a build always ends).
 */
export function nextChunk(made: Made, total: Made, budget = BUILD_BUDGET): Made {
  let left = budget;
  const take = (done: number, all: number, weight: number) => {
    const n = Math.max(0, Math.min(all - done, Math.floor(left / weight)));
    left -= n * weight;
    return done + n;
  };
  const clusters = take(Math.min(made.clusters, total.clusters), total.clusters, ELEMENTS.cluster);
  const marks = take(Math.min(made.marks, total.marks), total.marks, ELEMENTS.mark);
  if (clusters === made.clusters && marks === made.marks && !isBuilt(made, total))
    return made.clusters < total.clusters
      ? { clusters: made.clusters + 1, marks }
      : { clusters, marks: made.marks + 1 };
  return { clusters, marks };
}

export const isBuilt = (made: Made, total: Made): boolean =>
  made.clusters >= total.clusters && made.marks >= total.marks;
