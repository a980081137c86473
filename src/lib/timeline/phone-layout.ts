/**
 * What the phone's drawing changes from one layout to the next, kept small (issue 16, the
 * phone's zoom): a layout of 10,000 events near the screen is a few hundred marks and clusters,
 * and what costs is not the layout's arithmetic but the elements the page makes and changes
 * for them. So:
 *   - an entry (a mark or a cluster) that a new layout draws exactly as the last one did keeps
 *     the last one's object (stableEntries): the drawing, keyed by entry, then leaves its
 *     elements alone, and a scroll's new layout makes only the strip that came near the screen;
 *   - a zoom's drawing is built behind the one on screen, a few hundred elements a frame, what
 *     meets the screen first (phone-buffer.ts);
 *   - a zoom lays out the part of the drawing that will be on screen once the page has scrolled
 *     to keep its anchor there (screenAfterZoom), not the part the screen was on before.
 */
import { VERTICAL, type VerticalCluster, type VerticalMark } from './layout.ts';

export type VerticalEntry = VerticalMark | VerticalCluster;

/** A mark's key is its event's index; a cluster's, its first event's (`c12`). */
export const entryKey = (entry: VerticalEntry): string =>
  entry.kind === 'mark' ? String(entry.index) : `c${entry.members[0]}`;

/** Whether two plain values (numbers, strings, arrays and objects of them) are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => key in recordB && sameValue(recordA[key], recordB[key]));
}

/**
 * The entries of a new layout, each replaced by the previous layout's object of the same key
 * when it is the same in every field; and the new entries by key, for the next call.
 */
export function stableEntries(
  previous: ReadonlyMap<string, VerticalEntry>,
  next: readonly VerticalEntry[]
): { entries: VerticalEntry[]; byKey: Map<string, VerticalEntry> } {
  const byKey = new Map<string, VerticalEntry>();
  const entries = next.map((entry) => {
    const key = entryKey(entry);
    const old = previous.get(key);
    const kept = old && sameValue(old, entry) ? old : entry;
    byKey.set(key, kept);
    return kept;
  });
  return { entries, byKey };
}

/**
 * What a zoom's drawing takes as the screen, px beyond it each way, when it draws the screen's
 * entries first (drawOrder in phone-buffer.ts).
 */
export const GROWTH = { first: 24 } as const;

/** The part of the drawing whose entries are drawn: px from the drawing's top. */
export interface Band {
  top: number;
  bottom: number;
}

/** The band drawn `margin` px beyond `screen`, both ways. */
export const bandAround = (screen: { top: number; height: number }, margin: number): Band => ({
  top: screen.top - margin,
  bottom: screen.top + screen.height + margin
});

/** Where an entry is drawn, px down the drawing: its mark, its band, its label. */
export function entryExtent(entry: VerticalEntry): Band {
  const label = entry.label;
  const r = entry.kind === 'cluster' ? entry.r : 8;
  let top = label.y - r;
  let bottom = label.y + r;
  if (entry.kind === 'mark') {
    for (const span of [entry.band, entry.outer])
      if (span) {
        top = Math.min(top, span.y);
        bottom = Math.max(bottom, span.y + span.height);
      }
  }
  if (label.lines.length) {
    top = Math.min(top, label.labelY - 2);
    bottom = Math.max(bottom, label.labelY + label.lines.length * VERTICAL.lineHeight + 4);
  }
  return { top, bottom };
}

/**
 * The part of the drawing that will be on screen once the page has scrolled to keep `day` at
 * `screenY` px down the screen: `y` is the drawing's scale at the new zoom; `height` the
 * screen's. (The page may not scroll that far, at either end: the next measure corrects it.)
 */
export const screenAfterZoom = (
  anchor: { day: number; screenY: number },
  y: (day: number) => number,
  height: number
) => ({ top: y(anchor.day) - anchor.screenY, height });
