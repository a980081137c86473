/**
 * Where each event's mark and label go, so that no mark overlaps another's label: events of a
 * lane are packed into rows, first fit, by the extent of mark plus label; on a phone, labels
 * are pushed down one after another and tied to their mark by a leader line.
 */
import type { DayInterval } from './scale.ts';

export interface LayoutItem extends DayInterval {
  lane: number;
  label: string;
  outer?: DayInterval;
}

export interface LabelMetrics {
  /** Average width of a label character, px. */
  charWidth: number;
  /** Width of a one-day mark, px (at least). */
  pointSize: number;
  /** Room between a mark and its label, and between two items, px. */
  gap: number;
  /** Longest label, px; longer ones are cut with an ellipsis. */
  maxLabelWidth: number;
}

export const LABEL_METRICS: LabelMetrics = {
  charWidth: 6.6,
  pointSize: 12,
  gap: 6,
  maxLabelWidth: 210
};

export interface PlacedItem {
  index: number;
  lane: number;
  row: number;
  /** The established date's extent, px. */
  x0: number;
  x1: number;
  /** The article's wider span, px, when there is one. */
  outer?: { x0: number; x1: number };
  /** A single day, drawn as a point (a shape), rather than a band. */
  point: boolean;
  cx: number;
  /** Where the label starts (anchor "start") or ends (anchor "end", left of the mark). */
  labelX: number;
  anchor: 'start' | 'end';
  label: string;
  /** The full extent the item takes in its row, px. */
  left: number;
  right: number;
}

/** Cuts a label to fit `maxChars`, at a word boundary when it can, with an ellipsis. */
export function fitLabel(label: string, maxChars: number): string {
  if (label.length <= maxChars) return label;
  const cut = label.slice(0, Math.max(1, maxChars - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Splits a label into at most `maxLines` lines of `maxChars`, for the phone's narrow column. */
export function wrapLabel(label: string, maxChars: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  const words = label.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitLabel(`${line} ${words.slice(i).join(' ')}`.trim(), maxChars));
      return lines;
    }
    if (line) lines.push(line);
    line = word.length > maxChars ? fitLabel(word, maxChars) : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lays out items on a horizontal timeline. `pos(day)` is a day's left edge on screen, so a day
 * spans [pos(d), pos(d + 1)). Returns the placed items and the number of rows of each lane.
 */
export function layoutHorizontal(
  items: LayoutItem[],
  pos: (day: number) => number,
  laneCount: number,
  metrics: LabelMetrics = LABEL_METRICS,
  /** The right edge of the view: a label that would cross it goes left of its mark. */
  viewEnd = Infinity
): { placed: PlacedItem[]; rows: number[] } {
  const maxChars = Math.floor(metrics.maxLabelWidth / metrics.charWidth);
  const placed = items.map((item, index): PlacedItem => {
    const x0 = pos(item.start);
    const x1 = pos(item.end + 1);
    const point = item.start === item.end;
    const cx = (x0 + x1) / 2;
    const outer = item.outer && { x0: pos(item.outer.start), x1: pos(item.outer.end + 1) };
    // The whole drawing of the event: its mark and the wider span of the article's words.
    const markLeft = Math.min(point ? cx - metrics.pointSize / 2 : x0, outer?.x0 ?? Infinity);
    const markRight = Math.max(
      point ? Math.max(x1, cx + metrics.pointSize / 2) : x1,
      outer?.x1 ?? -Infinity
    );
    const label = fitLabel(item.label, maxChars);
    const width = label.length * metrics.charWidth;
    const flip = markRight + metrics.gap + width > viewEnd && markLeft - metrics.gap - width >= 0;
    const labelX = flip ? markLeft - metrics.gap : markRight + metrics.gap;
    return {
      index,
      lane: item.lane,
      row: 0,
      x0,
      x1,
      point,
      cx,
      labelX,
      anchor: flip ? 'end' : 'start',
      label,
      left: flip ? labelX - width : markLeft,
      right: flip ? markRight : labelX + width,
      ...(outer && { outer })
    };
  });
  const rows = Array.from({ length: laneCount }, () => 0);
  const rowEnds: number[][] = Array.from({ length: laneCount }, () => []);
  for (const item of [...placed].sort((a, b) => a.left - b.left || a.index - b.index)) {
    const ends = rowEnds[item.lane]!;
    let row = ends.findIndex((end) => end + metrics.gap <= item.left);
    if (row === -1) row = ends.length;
    ends[row] = item.right;
    item.row = row;
    rows[item.lane] = Math.max(rows[item.lane]!, row + 1);
  }
  return { placed, rows };
}

export interface StackedLabel {
  index: number;
  /** The mark's true position on the axis. */
  y: number;
  /** The label's top, pushed down past the previous label when they would overlap. */
  labelY: number;
  lines: string[];
}

/** On a vertical timeline: each label at its mark, or just below the previous label. */
export function stackLabels(
  items: LayoutItem[],
  pos: (day: number) => number,
  maxChars: number,
  lineHeight = 16,
  gap = 10
): { labels: StackedLabel[]; height: number } {
  let bottom = -Infinity;
  const labels = items
    .map((item, index) => ({ item, index, y: (pos(item.start) + pos(item.end + 1)) / 2 }))
    .sort((a, b) => a.y - b.y || a.index - b.index)
    .map(({ item, index, y }) => {
      const lines = wrapLabel(item.label, maxChars);
      const labelY = Math.max(y - lineHeight / 2, bottom + gap);
      bottom = labelY + lines.length * lineHeight;
      return { index, y, labelY, lines };
    });
  return { labels, height: Math.max(0, bottom) };
}
