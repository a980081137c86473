/**
 * The events that may be drawn between two days, found by binary search among events in order
 * of their first day: what keeps a long story's layout to the part of it near the screen.
 */
import type { TimelineData } from './timeline-data.ts';

/**
 * The indices [from, to) of the events whose drawing may cover some of the days between
 * fromDay and toDay: events are in order of their first day, and data.reach bounds how far
 * each one's drawing goes before and after that day.
 */
export function eventRange(
  data: { events: readonly { start: number }[]; reach: TimelineData['reach'] },
  fromDay: number,
  toDay: number
): [number, number] {
  const { events, reach } = data;
  const from = Math.floor(fromDay) - reach.after;
  const to = Math.ceil(toDay) + reach.before;
  return [lowerBound(events, (e) => e.start < from), lowerBound(events, (e) => e.start <= to)];
}

/** The first index where `before` is false, in an array where it is true, then false. */
function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
