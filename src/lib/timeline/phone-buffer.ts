/**
 * The phone's drawing after a zoom, built behind the one on screen (issue 16, the phone's zoom,
 * fourth pass). A zoom's new layout near the screen is a few hundred marks and clusters, about
 * a thousand elements, and making them in the frame of the zoom was that frame's cost (the
 * layout's arithmetic is a twentieth of it). So the drawing has two layers of marks:
 *   - the one shown keeps what it drew, stretched to the new zoom (one transform: the axis is
 *     linear in the zoom), so that nothing on screen is blank and the fingers' day stays under
 *     them;
 *   - the other, hidden (visibility: hidden: laid out, not painted, out of reach of taps and of
 *     the accessibility tree), is filled with the new layout, a few hundred elements a frame, the
 *     entries meeting the screen first (drawOrder, advance);
 *   - once it holds the screen's entries, the layers swap in one frame (swapping is a change of
 *     visibility, not of elements), and the old one, now hidden, is emptied a few hundred
 *     elements a frame while the new one's margins off screen are drawn.
 * The open event's mark is never in both layers (a link to it stays one): it moves to the new
 * layer in the frame of the swap.
 */
import { VERTICAL } from './layout.ts';
import { entryExtent, type Band, type VerticalEntry } from './phone-layout.ts';

/**
 * Elements made a frame while a zoom's drawing is built, and removed a frame while the old one
 * is emptied (removing costs less than making). At least one entry a frame either way.
 */
export const BUILD = { perFrame: 240, dropPerFrame: 600 } as const;

/**
 * The elements the drawing holds for an entry (VerticalMark, VerticalCluster, VerticalLabel):
 * a mark's group, link and shape (or band, and its outer span), a cluster's link, round mark
 * and count, and a label's leader, hit area, text and a line each.
 */
export function entryElements(entry: VerticalEntry): number {
  const lines = entry.label.lines.length;
  const label = lines ? 3 + lines : 0;
  if (entry.kind === 'cluster') return 3 + label;
  return 3 + (entry.outer ? 1 : 0) + label;
}

const isKept = (entry: VerticalEntry, keep: number | undefined) =>
  keep !== undefined && entry.kind === 'mark' && entry.index === keep;

/**
 * The order a zoom's entries are drawn in: the open event's (`keep`), those meeting `screen`
 * (top to bottom, as laid out), then the others, the nearest to the screen first; and
 * `onScreen`, how many of the first of them the screen needs.
 */
export function drawOrder(
  entries: readonly VerticalEntry[],
  screen: Band,
  keep?: number
): { order: VerticalEntry[]; onScreen: number } {
  const distance = (entry: VerticalEntry) => {
    if (isKept(entry, keep)) return -1;
    const { top, bottom } = entryExtent(entry);
    return Math.max(0, screen.top - bottom, top - screen.bottom);
  };
  const ranked = entries.map((entry, i) => ({ entry, i, d: distance(entry) }));
  ranked.sort((a, b) => a.d - b.d || a.i - b.i);
  return {
    order: ranked.map((r) => r.entry),
    onScreen: ranked.filter((r) => r.d <= 0).length
  };
}

/**
 * How many of `order`'s first entries are drawn after one more frame, `drawn` of them being
 * drawn: one more at least, then more while they make at most `budget` elements in all.
 */
export function advance(
  order: readonly VerticalEntry[],
  drawn: number,
  budget: number = BUILD.perFrame
): number {
  let next = Math.min(drawn, order.length);
  let made = 0;
  while (next < order.length) {
    made += entryElements(order[next]!);
    if (made > budget && next > drawn) break;
    next++;
  }
  return next;
}

/**
 * The first `drawn` entries of `order`, in the layout's order (`entries`): the drawing, keyed,
 * then inserts each frame's new entries among those drawn and never moves one (in the order
 * drawn, the last frame, the whole layout in its own order, moved most of them).
 */
export function drawnPart(
  entries: readonly VerticalEntry[],
  order: readonly VerticalEntry[],
  drawn: number
): VerticalEntry[] {
  if (drawn >= order.length) return [...entries];
  const part = new Set(order.slice(0, drawn));
  return entries.filter((entry) => part.has(entry));
}

/** `advance`, or Infinity once the order is drawn whole (what a layout at rest draws). */
const grown = (order: readonly VerticalEntry[], drawn: number) => {
  const next = advance(order, drawn);
  return next >= order.length ? Infinity : next;
};

/** What is left of entries being removed after one more frame: the last ones go first. */
export function dropSome(
  entries: readonly VerticalEntry[],
  budget: number = BUILD.dropPerFrame
): VerticalEntry[] {
  let left = entries.length;
  let removed = 0;
  while (left > 0) {
    removed += entryElements(entries[left - 1]!);
    if (removed > budget && left < entries.length) break;
    left--;
  }
  return entries.slice(0, left);
}

/**
 * What is left of the old layer on screen after one more frame of a build: its entries off
 * `screen` (px down the drawing at zoom `k`; the layer was laid out at `frontK`) removed, up
 * to `budget` elements a frame (the reader does not see them, and the drawing, both layers
 * together, stays about as large as it was). The open event's stays.
 */
export function trimmed(
  entries: VerticalEntry[],
  screen: Band,
  k: number,
  frontK: number,
  keep?: number,
  budget: number = BUILD.dropPerFrame
): VerticalEntry[] {
  // The axis is linear in the zoom: y = top + k × (the day's place).
  const at = (y: number) => VERTICAL.top + ((y - VERTICAL.top) * frontK) / k;
  const top = at(screen.top);
  const bottom = at(screen.bottom);
  let removed = 0;
  const left = entries.filter((entry) => {
    if (removed >= budget || isKept(entry, keep)) return true;
    const extent = entryExtent(entry);
    if (extent.bottom >= top && extent.top <= bottom) return true;
    removed += entryElements(entry);
    return false;
  });
  return removed ? left : entries;
}

/** The drawing's two layers of marks, and where a zoom's drawing is in its making. */
export interface Buffer {
  /** The layer on screen; the other is hidden (being built, being emptied, or empty). */
  front: 0 | 1;
  /** The zoom the layer on screen was laid out at. */
  frontK: number;
  /** While a zoom is built behind it: what the layer on screen holds (as it was drawn). */
  frozen: VerticalEntry[];
  /** How many of the zoom's entries, in drawing order, are drawn (Infinity: all). */
  drawn: number;
  /** The old layer's entries not yet removed, hidden, after a swap. */
  dropping: VerticalEntry[];
}

/** A drawing at zoom `k`, whole, on layer 0 (as the server renders it). */
export const wholeBuffer = (k: number): Buffer => ({
  front: 0,
  frontK: k,
  frozen: [],
  drawn: Infinity,
  dropping: []
});

/**
 * The buffer once the zoom has gone from `from` to `k`: the layer on screen keeps what it
 * shows (`shown`), or what it showed if a zoom is already being built, and the hidden one is
 * built anew. `direct`: nothing built behind (the drawing is not on screen, or the focus is in
 * it and must stay on its mark), the new zoom drawn whole at once, as is a zoom back to the
 * one on screen. (What the hidden layer held is removed at once.)
 */
export function zoomed(
  buffer: Buffer,
  from: number,
  k: number,
  shown: VerticalEntry[],
  direct: boolean
): Buffer {
  if (direct || k === buffer.frontK) return { ...wholeBuffer(k), front: buffer.front };
  const building = buffer.frontK !== from;
  return {
    front: buffer.front,
    frontK: buffer.frontK,
    frozen: building ? buffer.frozen : shown,
    drawn: 0,
    dropping: []
  };
}

/**
 * The buffer after one more frame, or undefined when it is done: `order` and `onScreen` are
 * the drawing order at zoom `k` (drawOrder), `screen` where the screen is at that zoom. While a
 * zoom is built: the next entries, until the screen's are there, the old layer's off screen
 * removed meanwhile; then the swap. After: the margins' entries and the old layer's removal.
 */
export function nextFrame(
  buffer: Buffer,
  k: number,
  order: readonly VerticalEntry[],
  onScreen: number,
  screen?: Band,
  keep?: number
): Buffer | undefined {
  if (buffer.frontK !== k) {
    if (buffer.drawn < onScreen)
      return {
        ...buffer,
        drawn: grown(order, buffer.drawn),
        frozen: screen ? trimmed(buffer.frozen, screen, k, buffer.frontK, keep) : buffer.frozen
      };
    return {
      front: buffer.front === 0 ? 1 : 0,
      frontK: k,
      frozen: [],
      drawn: buffer.drawn,
      dropping: buffer.frozen.filter((entry) => !isKept(entry, keep))
    };
  }
  const growing = buffer.drawn !== Infinity;
  if (!growing && buffer.dropping.length === 0) return undefined;
  return {
    ...buffer,
    drawn: growing ? grown(order, buffer.drawn) : buffer.drawn,
    dropping: dropSome(buffer.dropping)
  };
}

/**
 * What each layer draws: `current` is the drawn part of the layout at zoom `k` (its first
 * `buffer.drawn` entries in drawing order). While a zoom is built, the layer on screen holds
 * what it held, stretched by `stretch` (the new zoom over its own), and the hidden one the new
 * entries but the open event's; after, the layer on screen the new entries, and the hidden one
 * what is left to remove.
 */
export function layerEntries(
  buffer: Buffer,
  k: number,
  current: VerticalEntry[],
  keep?: number
): { layers: [VerticalEntry[], VerticalEntry[]]; stretch: number } {
  const building = buffer.frontK !== k;
  const front = building ? buffer.frozen : current;
  const back = building ? current.filter((entry) => !isKept(entry, keep)) : buffer.dropping;
  return {
    layers: buffer.front === 0 ? [front, back] : [back, front],
    stretch: building ? k / buffer.frontK : 1
  };
}
