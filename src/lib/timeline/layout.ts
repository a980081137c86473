/**
 * Where each event's mark and label go, so that no mark overlaps another's label: events of a
 * lane are packed into rows, first fit, by the extent of mark plus label; on a phone, labels
 * are pushed down one after another and tied to their mark by a leader line.
 */
import { eventRange } from './event-range.ts';
import type { Messages } from '../i18n/messages.ts';
import { clusterCount, clusterLabel, clusterName, durationLabel, markName } from './mark-names.ts';
import type { TimelineData, TimelineEvent } from './timeline-data.ts';
import type { PhoneScale } from './phone-scale.ts';
import type { DayInterval } from './scale.ts';
import { charWidth } from './text-width.ts';
import { chooseTickKind, timeTicks, type CalendarNames, type Tick } from './ticks.ts';

export interface LayoutItem extends DayInterval {
  lane: number;
  label: string;
  outer?: DayInterval;
}

export interface LabelMetrics {
  /** Average width of a label character, px: what measures a label where nothing else can. */
  charWidth: number;
  /** Width of a one-day mark, px (at least). */
  pointSize: number;
  /** Room between a mark and its label, px. */
  gap: number;
  /** Room between two items of a row (a label and the next mark), px: they must read apart. */
  spacing: number;
  /** Longest label, px; longer ones are cut with an ellipsis. */
  maxLabelWidth: number;
  /**
   * The least room worth giving a label, px: a label gets all the room its row leaves it (up to
   * the next mark or label), but with less than this it is left out (its mark stays).
   */
  minLabelWidth: number;
  /** A label's width, px: measured by the browser, or charWidth a character. */
  textWidth?: (text: string) => number;
}

/** The wide drawing's labels are 12 px text (EventMark's). */
export const LABEL_FONT_SIZE = 12;

export const LABEL_METRICS: LabelMetrics = {
  charWidth: charWidth(LABEL_FONT_SIZE),
  pointSize: 12,
  gap: 6,
  spacing: 14,
  maxLabelWidth: 420,
  minLabelWidth: 72
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
  /** The label as drawn: whole, cut to its room with an ellipsis, or '' (no room). */
  label: string;
  /** Whether the label drawn is less than the whole label (cut, or left out). */
  cut: boolean;
  /** The full extent the item takes in its row, px. */
  left: number;
  right: number;
}

/** Cuts a label to fit `maxChars`, at a word boundary when it can, with an ellipsis. */
export function fitLabel(label: string, maxChars: number): string {
  if (label.length <= maxChars) return label;
  const cut = label.slice(0, Math.max(1, maxChars - 1));
  // A cut just before a space ends on a whole word already.
  const space = label[cut.length] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A cut label that shows whole words only: a word shown in part ("Inondatio…") is cut away
 * ("Inondation quartier" → '' rather than "Inondatio…"; "Découverte archéologiqu…" →
 * "Découverte…"). A mark's accessible name starts with its whole label, and a word shown in
 * part is none of the name's words, which speech input and axe's label-in-name rule match
 * word by word (WCAG 2.5.3): a long imported title, with no short label, is cut this way.
 */
export function wholeWordsOnly(cut: string, label: string): string {
  if (cut === label || !cut.endsWith('…')) return cut;
  const shown = cut.slice(0, -1).trimEnd();
  if (/\s/.test(label[shown.length] ?? ' ')) return cut;
  const space = shown.lastIndexOf(' ');
  return space > 0 ? `${shown.slice(0, space).trimEnd()}…` : '';
}

/**
 * The longest cut of a label (fitLabel's, at a word boundary when it can) whose width is at
 * most `width` px; '' when not even one letter and the ellipsis fit.
 */
export function fitLabelToWidth(
  label: string,
  width: number,
  textWidth: (text: string) => number
): string {
  if (textWidth(label) <= width) return label;
  // The most characters that fit, by bisection: widths grow with the characters kept.
  let lo = 0;
  let hi = label.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (textWidth(fitLabel(label, mid)) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo < 2 ? '' : fitLabel(label, lo);
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

export interface PlacedCluster {
  /** Index of the cluster's first and last event (in chronological order). */
  first: number;
  last: number;
  /** The indices of its events, in order. */
  members: number[];
  /** How many events it stands for. */
  count: number;
  lane: number;
  row: number;
  /** The days its events cover, from the first start to the last end. */
  start: number;
  end: number;
  /** The extent of its events' marks, px. */
  x0: number;
  x1: number;
  cx: number;
  left: number;
  right: number;
}

export interface LayoutOptions {
  /** Only the events of these indices [from, to) are laid out: the ones that may be in view. */
  range?: [number, number];
  /**
   * Where the grid of cluster cells starts, px: the pan offset, so that cells stay with the
   * content while it pans and clusters do not flicker.
   */
  cellOrigin?: number;
  /** An event never put in a cluster: the open one. */
  keep?: number;
  /** Rows a lane may take; a label that finds no room is not drawn (its mark is). */
  maxRows?: number;
  /** Which events are drawn at all (the lanes shown); by default, all. */
  include?: (index: number) => boolean;
}

/** Width of a cluster cell, px: events of a lane whose marks centre in one cell may be grouped. */
export const CLUSTER_CELL = 24;
/** A cell of a lane with this many events or more is drawn as one cluster mark with a count. */
export const CLUSTER_MIN = 4;
export const MAX_ROWS = 4;

/** An event's mark, its label and the room it is given, while rows are packed. */
interface Draft extends PlacedItem {
  markLeft: number;
  markRight: number;
  /** The whole label's width, px (at most maxLabelWidth). */
  fullWidth: number;
}

/**
 * Lays out items on a horizontal timeline. `pos(day)` is a day's left edge on screen, so a day
 * spans [pos(d), pos(d + 1)). Events of a lane that crowd one cell are grouped into a cluster;
 * the rest are packed into rows, first fit: with their whole label where a row has room for it,
 * else with the least room worth a label. Each label then takes all the room its row leaves it,
 * up to the next item, and is cut only past that. Returns the placed items, the clusters, and
 * the number of rows of each lane.
 */
export function layoutHorizontal(
  items: LayoutItem[],
  pos: (day: number) => number,
  laneCount: number,
  metrics: LabelMetrics = LABEL_METRICS,
  /** The right edge of the view: a label that would cross it goes left of its mark. */
  viewEnd = Infinity,
  options: LayoutOptions = {}
): { placed: PlacedItem[]; clusters: PlacedCluster[]; rows: number[] } {
  const { range = [0, items.length], cellOrigin = 0, keep, maxRows = MAX_ROWS, include } = options;
  const { gap, spacing } = metrics;
  const textWidth = metrics.textWidth ?? ((text: string) => text.length * metrics.charWidth);

  // 1. Marks; events of a lane crowding one cell become a cluster.
  const marks: { index: number; x0: number; x1: number; cx: number }[] = [];
  for (let index = range[0]; index < range[1]; index++) {
    const item = items[index]!;
    const x0 = pos(item.start);
    const x1 = pos(item.end + 1);
    marks.push({ index, x0, x1, cx: (x0 + x1) / 2 });
  }
  const mark = (index: number) => marks[index - range[0]]!;
  const groups = groupCells(
    range,
    (index) => mark(index).cx,
    (index) => items[index]!.lane,
    cellOrigin,
    keep,
    include
  );
  const clusters = groups.clusters.map((members): PlacedCluster => {
    const first = members[0]!;
    const cx = members.reduce((sum, i) => sum + mark(i).cx, 0) / members.length;
    const r = clusterRadius(members.length);
    return {
      first,
      last: members.at(-1)!,
      members,
      count: members.length,
      lane: items[first]!.lane,
      row: 0,
      start: members.reduce((min, i) => Math.min(min, items[i]!.start), Infinity),
      end: members.reduce((max, i) => Math.max(max, items[i]!.end), -Infinity),
      x0: members.reduce((min, i) => Math.min(min, mark(i).x0), Infinity),
      x1: members.reduce((max, i) => Math.max(max, mark(i).x1), -Infinity),
      cx,
      left: cx - r,
      right: cx + r
    };
  });

  // 2. Every other event is placed on its own, its label at its right, or at its left where
  //    it would cross the view's right edge.
  const placed = groups.singles.map((index): Draft => {
    const { x0, x1, cx } = mark(index);
    const item = items[index]!;
    const point = item.start === item.end;
    const outer = item.outer && { x0: pos(item.outer.start), x1: pos(item.outer.end + 1) };
    // The whole drawing of the event: its mark and the wider span of the article's words.
    const markLeft = Math.min(point ? cx - metrics.pointSize / 2 : x0, outer?.x0 ?? Infinity);
    const markRight = Math.max(
      point ? Math.max(x1, cx + metrics.pointSize / 2) : x1,
      outer?.x1 ?? -Infinity
    );
    const fullWidth = Math.min(textWidth(item.label), metrics.maxLabelWidth);
    const flip = markRight + gap + fullWidth > viewEnd && markLeft - gap - fullWidth >= 0;
    const labelX = flip ? markLeft - gap : markRight + gap;
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
      label: item.label,
      cut: false,
      left: flip ? labelX - fullWidth : markLeft,
      right: flip ? markRight : labelX + fullWidth,
      markLeft,
      markRight,
      fullWidth,
      ...(outer && { outer })
    };
  });

  // 3. Rows, first fit: a row where the item fits after everything in it, else one where it
  //    fits once the label before it is cut to the least room worth one, else a new row (up to
  //    maxRows); past that the item's mark overlaps, without its label.
  const rows = Array.from({ length: laneCount }, () => 0);
  /** Per lane and row: the right of its last item, and the least right it could be cut to. */
  const rowEnds: { end: number; least: number }[][] = Array.from({ length: laneCount }, () => []);
  const rowItems: (Draft | PlacedCluster)[][][] = Array.from({ length: laneCount }, () => []);
  const all: (Draft | PlacedCluster)[] = [...clusters, ...placed];
  const order = (p: Draft | PlacedCluster) => ('index' in p ? p.index : p.first);
  const leastRight = (item: Draft | PlacedCluster) =>
    'index' in item && item.label && item.anchor === 'start'
      ? item.labelX + Math.min(item.fullWidth, metrics.minLabelWidth)
      : item.right;
  for (const item of all.sort((a, b) => a.left - b.left || order(a) - order(b))) {
    const ends = rowEnds[item.lane]!;
    const after = (left: number, key: 'end' | 'least') =>
      ends.findIndex((row) => row[key] + spacing <= left);
    const leastLeft =
      'index' in item && item.anchor === 'end'
        ? item.labelX - Math.min(item.fullWidth, metrics.minLabelWidth)
        : item.left;
    let row = after(item.left, 'end');
    if (row === -1 && ends.length < maxRows) row = ends.length;
    if (row === -1) row = after(leastLeft, 'end');
    if (row === -1) row = after(leastLeft, 'least');
    const before = ends[row];
    if (leastLeft !== item.left && before && before.end + spacing > item.left)
      item.left = leastLeft; // a label left of its mark, given the least room
    let overlaps = false;
    if (row === -1) {
      // No room for a label: the mark alone, named by its link (see EventMark), over the rest.
      overlaps = true;
      row = maxRows - 1;
      if ('index' in item) {
        item.label = '';
        item.left = item.markLeft;
        item.right = item.markRight;
      }
    }
    item.row = row;
    rows[item.lane] = Math.max(rows[item.lane]!, row + 1);
    if (overlaps) continue;
    ends[row] = { end: item.right, least: leastRight(item) };
    (rowItems[item.lane]![row] ??= []).push(item);
  }

  // 4. Each label takes the room its row leaves it, up to the next item (or back to the one
  //    before, for a label left of its mark), and is cut to that room only when it must be.
  for (const lane of rowItems)
    for (const row of lane) {
      if (!row) continue;
      row.forEach((item, i) => {
        if (!('index' in item) || !item.label) return;
        const room =
          item.anchor === 'start'
            ? (row[i + 1]?.left ?? Infinity) - spacing - item.labelX
            : item.labelX - ((row[i - 1]?.right ?? -Infinity) + spacing);
        const width = Math.min(item.fullWidth, room);
        if (width < item.fullWidth || textWidth(item.label) > width)
          item.label =
            width >= metrics.minLabelWidth
              ? wholeWordsOnly(fitLabelToWidth(item.label, width, textWidth), item.label)
              : '';
        const drawn = item.label ? textWidth(item.label) : -gap;
        if (item.anchor === 'start') item.right = item.labelX + drawn;
        else item.left = item.labelX - drawn;
      });
    }

  const result = placed
    .map(({ markLeft: _l, markRight: _r, fullWidth: _w, ...item }): PlacedItem => ({
      ...item,
      cut: item.label !== items[item.index]!.label
    }))
    .sort((a, b) => a.index - b.index);
  return { placed: result, clusters, rows };
}

/**
 * Groups the events [range) by lane and by cell of CLUSTER_CELL px along the axis (counted from
 * `origin`): a cell with CLUSTER_MIN events or more is a cluster; the rest, and `keep`, are
 * singles. Clusters come in order of their first event; so do singles.
 */
export function groupCells(
  range: [number, number],
  centre: (index: number) => number,
  lane: (index: number) => number,
  origin = 0,
  keep?: number,
  /** Which events are grouped at all; the others are left out. */
  include?: (index: number) => boolean
): { clusters: number[][]; singles: number[] } {
  // Cells by lane, then by cell number: no key strings to make for thousands of events.
  const lanes = new Map<number, Map<number, number[]>>();
  for (let index = range[0]; index < range[1]; index++) {
    if (index === keep || (include && !include(index))) continue;
    const laneId = lane(index);
    let cells = lanes.get(laneId);
    if (!cells) lanes.set(laneId, (cells = new Map()));
    const cell = Math.floor((centre(index) - origin) / CLUSTER_CELL);
    const members = cells.get(cell);
    if (members) members.push(index);
    else cells.set(cell, [index]);
  }
  const clusters: number[][] = [];
  const singles: number[] =
    keep !== undefined && keep >= range[0] && keep < range[1] && (!include || include(keep))
      ? [keep]
      : [];
  for (const cells of lanes.values())
    for (const members of cells.values()) {
      if (members.length >= CLUSTER_MIN) clusters.push(members);
      else singles.push(...members);
    }
  return {
    clusters: clusters.sort((a, b) => a[0]! - b[0]!),
    singles: singles.sort((a, b) => a - b)
  };
}

/** A cluster's radius grows with the number of its events, slowly. */
export const clusterRadius = (count: number) => Math.min(11, 6 + 1.5 * Math.log2(count));

export interface StackedLabel {
  index: number;
  /** The mark's true position on the axis. */
  y: number;
  /** The label's top, pushed down past the previous label when they would overlap. */
  labelY: number;
  lines: string[];
}

/**
 * On a vertical timeline: each label at its mark, or just below the previous label. A label
 * that would end up more than `maxDrift` px below its mark is left out (its mark stays), but
 * for the item `keep` (the open event's), which always has its label.
 */
export function stackLabels(
  items: LayoutItem[],
  pos: (day: number) => number,
  maxChars: number,
  lineHeight = 16,
  gap = 10,
  maxDrift = Infinity,
  keep?: number
): { labels: StackedLabel[]; height: number } {
  let bottom = -Infinity;
  const labels = items
    .map((item, index) => ({ item, index, y: (pos(item.start) + pos(item.end + 1)) / 2 }))
    .sort((a, b) => a.y - b.y || a.index - b.index)
    .map(({ item, index, y }) => {
      const lines = wrapLabel(item.label, maxChars);
      const labelY = Math.max(y - lineHeight / 2, bottom + gap);
      if (labelY - (y - lineHeight / 2) > maxDrift && index !== keep)
        return { index, y, labelY: y, lines: [] };
      bottom = labelY + lines.length * lineHeight;
      return { index, y, labelY, lines };
    });
  return { labels, height: Math.max(0, bottom) };
}

/** The phone's vertical drawing, px. */
export const VERTICAL = {
  /** Room above the first day and below the last. */
  top: 16,
  bottom: 24,
  /** The axis's column, left of the lanes, and each lane's column. */
  axisWidth: 76,
  /** The periods' names' column, between the axis and the lanes (when the story has periods). */
  periodWidth: 16,
  laneWidth: 20,
  /** Between the last lane and the labels. */
  labelGap: 10,
  /** Average width of a label character (13 px text, VerticalLabel's). */
  charWidth: charWidth(13),
  lineHeight: 16,
  /** Between two labels stacked one under the other. */
  labelSpacing: 10,
  /** How far a label may slip below its mark before it is left out. */
  maxDrift: 160,
  /** What is laid out beyond the screen, above and below. */
  margin: 900,
  /** An axis label's height (11 px text), and the room kept between two. */
  tickLabelHeight: 14
} as const;

export interface VerticalLayoutInput {
  /**
   * The events to lay out, in order of their first day: the story's, or those that a filter
   * keeps. The layout's indices are indices into this list.
   */
  events: readonly TimelineEvent[];
  /** How far an event's drawing reaches around its first day (the story's bounds any subset). */
  reach: TimelineData['reach'];
  laneCount: number;
  names: CalendarNames;
  /** The page's words, for the marks' names. */
  messages: Messages;
  /** The phone's scale (phoneScale), and the zoom on it. */
  scale: PhoneScale;
  k: number;
  /** The drawing's width, px. */
  width: number;
  /**
   * The part of the drawing on screen, px from the drawing's top (negative above it), once the
   * page is measured; before that (and on the server), all of it is laid out.
   */
  screen?: { top: number; height: number };
  /** The open event, by index: never in a cluster, and laid out wherever it is. */
  keep?: number;
  /** Which events are drawn at all (the lanes shown); by default, all. */
  include?: (index: number) => boolean;
  /** Whether the periods' column goes between the axis and the lanes. */
  periods?: boolean;
}

export interface VerticalMark {
  kind: 'mark';
  /** Index into the input's events. */
  index: number;
  lane: number;
  /** The middle of the lane's column. */
  x: number;
  /** A single day, drawn as a shape at label.y; else a band. */
  point: boolean;
  band: { y: number; height: number };
  /** The wider span that the article's words allow. */
  outer?: { y: number; height: number };
  label: StackedLabel;
  /** Its accessible name, which starts with the words its label shows. */
  name: string;
}

export interface VerticalCluster {
  kind: 'cluster';
  /** Indices into the input's events, in order. */
  members: number[];
  lane: number;
  x: number;
  /** Its days, from its first event's first to its last event's last. */
  start: number;
  end: number;
  r: number;
  /** What its round mark shows: its count, or "99+". */
  countText: string;
  label: StackedLabel;
  /** Whether a zoom can part it (its events are not all on one day, and the zoom goes deeper). */
  zoomable: boolean;
  /** Its accessible name, which starts with its count ("12 événements, …", "99+ : 137 …"). */
  name: string;
}

export interface VerticalTick extends Tick {
  /** What the axis writes: one line, or two where the label ends with a year (its own line). */
  lines: string[];
}

export interface VerticalLayout {
  height: number;
  /** Each lane's column, left edge. */
  laneLefts: number[];
  /** Where labels start. */
  labelX: number;
  /** The marks and clusters, top to bottom (the order of their links for the keyboard). */
  entries: (VerticalMark | VerticalCluster)[];
  ticks: VerticalTick[];
  breaks: { from: number; to: number; y0: number; y1: number; label: string }[];
  /** Days → px down the drawing at this zoom, and back. */
  y: (day: number) => number;
  dayAt: (y: number) => number;
}

/** Days → px down the phone's drawing at zoom k, and back. */
export function verticalAxis(scale: PhoneScale, k: number) {
  return {
    y: (day: number) => VERTICAL.top + k * scale.scale(day),
    dayAt: (y: number) => scale.scale.invert((y - VERTICAL.top) / k)
  };
}

/**
 * Leaves out axis labels that would overlap on a vertical axis: the ones that name a year,
 * then the firsts of months, then the others, each kept if it has room.
 */
function thinVerticalTicks(ticks: VerticalTick[]): void {
  const extent = (t: VerticalTick): [number, number] => [
    t.mid - VERTICAL.tickLabelHeight / 2,
    t.mid + (t.lines.length - 0.5) * VERTICAL.tickLabelHeight
  ];
  const rank = (t: VerticalTick) => (t.year ? 0 : t.major ? 1 : 2);
  const kept: [number, number][] = [];
  for (const t of [...ticks].sort((a, b) => rank(a) - rank(b) || a.pos - b.pos)) {
    const [top, bottom] = extent(t);
    t.showLabel = kept.every(([a, b]) => bottom <= a || top >= b);
    if (t.showLabel) kept.push([top, bottom]);
  }
}

/**
 * Lays out the phone's vertical timeline near the screen: the events there (and the open one),
 * grouped into clusters where four or more of a lane would collide (as on the wide screen),
 * their labels stacked beside them, the axis's ticks (naming the year on the first one on
 * screen and where it changes) and the compressed stretches.
 */
export function layoutVertical(input: VerticalLayoutInput): VerticalLayout {
  const { events, laneCount, names, messages, scale, k, width, screen, keep, include } = input;
  const { y, dayAt } = verticalAxis(scale, k);
  const lanesLeft = VERTICAL.axisWidth + (input.periods ? VERTICAL.periodWidth : 0);
  const laneLefts = Array.from(
    { length: laneCount },
    (_, lane) => lanesLeft + lane * VERTICAL.laneWidth
  );
  const laneX = (lane: number) => laneLefts[lane]! + VERTICAL.laneWidth / 2;
  const labelX = lanesLeft + laneCount * VERTICAL.laneWidth + VERTICAL.labelGap;
  const maxChars = Math.max(12, Math.floor((width - labelX - 8) / VERTICAL.charWidth));
  const lastDay = scale.segments.domain.at(-1)!;
  const window: [number, number] = screen
    ? [screen.top - VERTICAL.margin, screen.top + screen.height + VERTICAL.margin]
    : [-Infinity, Infinity];

  // 1. The events near the screen; of a lane, those crowding one cell are one cluster.
  const range: [number, number] = screen
    ? eventRange({ events, reach: input.reach }, dayAt(window[0]), dayAt(window[1]))
    : [0, events.length];
  const centre = (i: number) => (y(events[i]!.start) + y(events[i]!.end + 1)) / 2;
  const groups = groupCells(range, centre, (i) => events[i]!.lane, 0, keep, include);
  // The open event is laid out even far from the screen, so that it can be scrolled to.
  const far =
    keep !== undefined &&
    events[keep] &&
    (keep < range[0] || keep >= range[1]) &&
    (!include || include(keep));
  const singles = far ? [...groups.singles, keep] : groups.singles;
  const deepest = k >= scale.maxK * 0.999;
  const entries: (LayoutItem & { members?: number[] })[] = [
    ...singles.map((i) => events[i]!),
    ...groups.clusters.map((members) => ({
      start: members.reduce((min, i) => Math.min(min, events[i]!.start), Infinity),
      end: members.reduce((max, i) => Math.max(max, events[i]!.end), -Infinity),
      lane: events[members[0]!]!.lane,
      label: '',
      members
    }))
  ];
  for (const entry of entries)
    if (entry.members)
      entry.label = clusterLabel(entry.members.length, entry.start, entry.end, names, messages);
  const stacked = stackLabels(
    entries,
    y,
    maxChars,
    VERTICAL.lineHeight,
    VERTICAL.labelSpacing,
    VERTICAL.maxDrift,
    keep === undefined ? undefined : singles.indexOf(keep)
  );

  const band = (from: number, to: number) => ({
    y: y(from),
    height: Math.max(2, y(to + 1) - y(from))
  });
  const placed: (VerticalMark | VerticalCluster)[] = [];
  for (const label of stacked.labels) {
    const entry = entries[label.index]!;
    if (entry.members) {
      const { members, start, end, lane } = entry;
      const centres = members.map(centre);
      const zoomable = !deepest && Math.max(...centres) > Math.min(...centres);
      const cluster = { count: members.length, start, end };
      placed.push({
        kind: 'cluster',
        members,
        lane,
        x: laneX(lane),
        start,
        end,
        r: clusterRadius(members.length),
        countText: clusterCount(members.length),
        label,
        zoomable,
        name: clusterName(
          cluster,
          names,
          messages,
          zoomable ? undefined : events[members[0]!]!.title
        )
      });
    } else {
      const index = singles[label.index]!;
      const event = events[index]!;
      placed.push({
        kind: 'mark',
        index,
        lane: event.lane,
        x: laneX(event.lane),
        point: event.start === event.end,
        band: band(event.start, event.end),
        ...(event.outer && { outer: band(event.outer.start, event.outer.end) }),
        label,
        name: markName(label.lines.join(' '), event, messages)
      });
    }
  }
  const height = Math.max(y(lastDay) + VERTICAL.bottom, stacked.height + VERTICAL.bottom);

  // 2. The axis near the screen: one kind of tick for the zoom, the year where it is needed.
  const ticks = verticalTicks(input, height);

  const breaks = scale.segments.breaks.map((b) => ({
    from: b.from,
    to: b.to,
    y0: y(b.from),
    y1: y(b.to),
    label: durationLabel(b.days, messages)
  }));
  return { height, laneLefts, labelX, entries: placed, ticks, breaks, y, dayAt };
}

/**
 * The phone's axis near the screen (VerticalLayoutInput's `screen`), in a drawing `height` px
 * tall: one kind of tick for the zoom, the year on the first tick on screen and where it
 * changes, labels that would overlap left out. Its own function: the axis follows the screen
 * at every scroll frame, while the marks are laid out again only every few hundred px
 * (settledScreen in phone-scale.ts).
 */
export function verticalTicks(input: VerticalLayoutInput, height: number): VerticalTick[] {
  const { names, scale, k, screen } = input;
  const { y } = verticalAxis(scale, k);
  const lastDay = scale.segments.domain.at(-1)!;
  const window: [number, number] = screen
    ? [screen.top - VERTICAL.margin, screen.top + screen.height + VERTICAL.margin]
    : [-Infinity, Infinity];
  const breakPx = scale.segments.breaks.reduce(
    (t, b) => t + scale.scale(b.to) - scale.scale(b.from),
    0
  );
  const breakDays = scale.segments.breaks.reduce((t, b) => t + b.to - b.from, 0);
  const days = lastDay - scale.segments.domain[0]! - breakDays;
  const kind = chooseTickKind((k * (scale.length - breakPx)) / Math.max(1, days));
  const near = (p: number) => p >= window[0] && p <= window[1];
  const ticks = timeTicks(
    scale.segments,
    y,
    Math.max(0, window[0]),
    Math.min(height, window[1]),
    names,
    false,
    screen?.top ?? -Infinity,
    {
      years: true,
      kind,
      // A label is written across its day's middle (a day's) or its line (a longer tick's).
      labelStart: (d) => y(kind === 'day' ? d + 0.5 : d) - VERTICAL.tickLabelHeight / 2
    }
  )
    .filter((t) => near(t.pos))
    .map((t): VerticalTick => ({
      ...t,
      lines:
        t.year && t.label !== t.year ? [t.label.slice(0, -t.year.length - 1), t.year] : [t.label]
    }));
  thinVerticalTicks(ticks);
  return ticks;
}
