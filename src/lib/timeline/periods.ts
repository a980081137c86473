/**
 * The story's periods ("Visite de Choïgou", "Sommet"): named spans of its time, drawn as bands
 * behind the lanes, their names in a strip of their own (above the lanes on a wide screen,
 * beside them on a phone) where no mark's label can cover them. A period is no event: it is
 * not counted, stepped through, searched nor clicked.
 */
import type { DayInterval } from './scale.ts';

export interface TimelinePeriod extends DayInterval {
  id: string;
  label: string;
  /** Its days as the legend says them ("du 10 au 13 septembre 2023"), made at build time. */
  dateLabel: string;
}

export interface PlacedPeriod {
  id: string;
  /** The whole name, for assistive technology and a tooltip. */
  name: string;
  /** The name as drawn: whole, cut with an ellipsis to its room, or '' where none is left. */
  label: string;
  /** The band, px along the time axis: from its first day's start to its last day's end. */
  x0: number;
  x1: number;
  /** Where its name starts, px. */
  labelAt: number;
}

export interface PeriodPlacement {
  /** Days → px along the time axis. */
  pos: (day: number) => number;
  /** The part of the axis drawn, px: bands beyond it are left out. */
  from: number;
  to: number;
  /**
   * Where the reader's view starts, px: a band that began before it writes its name from
   * there, so that the name of the period on screen is in view.
   */
  viewStart: number;
  /** A name's width, px, and how a name is cut to a width. */
  textWidth: (text: string) => number;
  fit: (label: string, width: number) => string;
  /** Room before a name and after it, px. */
  pad?: number;
  /** How far past its band a name may run, px, when the band is narrower than its name. */
  overrun?: number;
}

/**
 * The bands of the periods in view and their names: each name starts at its band (or at the
 * view's start, if the band began before it) and runs at most to the next band, cut there.
 */
export function placePeriods(
  periods: readonly TimelinePeriod[],
  { pos, from, to, viewStart, textWidth, fit, pad = 4, overrun = 120 }: PeriodPlacement
): PlacedPeriod[] {
  const sorted = [...periods].sort((a, b) => a.start - b.start || a.end - b.end);
  const bands = sorted.map((p) => ({ p, x0: pos(p.start), x1: pos(p.end + 1) }));
  return bands
    .map(({ p, x0, x1 }, i) => {
      const next = bands.slice(i + 1).find((b) => b.x0 > x0)?.x0 ?? Infinity;
      const labelAt = Math.min(Math.max(x0, viewStart), x1) + pad;
      const room = Math.min(next - pad, x1 + overrun) - labelAt;
      const label =
        room > 0 && textWidth(p.label) > room ? fit(p.label, room) : room > 0 ? p.label : '';
      return { id: p.id, name: p.label, label, x0, x1, labelAt };
    })
    .filter((b) => b.x1 >= from && b.x0 <= to);
}
