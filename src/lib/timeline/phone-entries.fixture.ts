/**
 * Phone drawing entries for the unit tests of phone-layout.ts and phone-buffer.ts: a mark of an
 * event at `y` px down the drawing, and a cluster of `members` there, each with its label's lines.
 */
import type { VerticalCluster, VerticalMark } from './layout.ts';

export const mark = (index: number, y: number, lines: string[] = []): VerticalMark => ({
  kind: 'mark',
  index,
  lane: 0,
  x: 100,
  point: true,
  band: { y, height: 2 },
  label: { index: 0, y, labelY: y - 8, lines },
  name: `event ${index}`
});

export const cluster = (members: number[], y: number, lines: string[] = []): VerticalCluster => ({
  kind: 'cluster',
  members,
  lane: 1,
  x: 120,
  start: 10,
  end: 12,
  r: 9,
  countText: String(members.length),
  label: { index: 0, y, labelY: y - 8, lines },
  zoomable: true,
  name: `${members.length} events`
});
