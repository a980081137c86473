/**
 * The timeline's data, made at build time from a validated story: day numbers instead of
 * calendar strings, lanes by index, labels already formatted. Plain and small, for the page.
 */
import { toDayNumber } from '../story/calendar-date.ts';
import { interfaceLanguage } from '../i18n/messages.ts';
import { formatDayRange, formatEventDate } from '../story/format.ts';
import type { Story } from '../story/types.ts';
import { calendarNames } from './names.ts';
import type { TimelinePeriod } from './periods.ts';
import { mergeIntervals, type DayInterval } from './scale.ts';
import type { CalendarNames } from './ticks.ts';

export interface TimelineEvent extends DayInterval {
  slug: string;
  /** The short label drawn on the timeline. */
  label: string;
  title: string;
  /** Index into TimelineData.lanes. */
  lane: number;
  precision: Story['events'][number]['date']['precision'];
  /** The wider span the article's words allow, when the evidence narrows it ("fin juillet"). */
  outer?: DayInterval;
  dateLabel: string;
}

export interface TimelineData {
  lanes: { id: string; label: string }[];
  /** The days the axis covers. */
  extent: DayInterval;
  /** The days some event may cover (its wider span too), merged: what the axis keeps. */
  covered: DayInterval[];
  /**
   * How far, in days, an event's drawing (its wider span too) reaches before and after its
   * first day, at most: what finds the events in view among events sorted by first day.
   */
  reach: { before: number; after: number };
  /** How many events the story has (all of them are in `events` unless the data is partial). */
  count: number;
  /** In chronological order. */
  events: TimelineEvent[];
  names: CalendarNames;
  /** The story's periods, drawn as bands behind the lanes; in order of their first day. */
  periods: TimelinePeriod[];
}

export function toTimelineData(story: Story): TimelineData {
  const lang = interfaceLanguage(story.language);
  const laneIndex = new Map(story.lanes.map((lane, i) => [lane.id, i]));
  const events = story.events.map((event): TimelineEvent => {
    const start = toDayNumber(event.date.start);
    const end = toDayNumber(event.date.end);
    const resolved = event.date.expression?.resolved;
    const outer =
      resolved && (resolved.start !== event.date.start || resolved.end !== event.date.end)
        ? { start: toDayNumber(resolved.start), end: toDayNumber(resolved.end) }
        : undefined;
    return {
      slug: event.slug,
      label: event.short ?? event.title,
      title: event.title,
      lane: laneIndex.get(event.lane)!,
      start,
      end,
      precision: event.date.precision,
      ...(outer && { outer }),
      dateLabel: formatEventDate(event.date, lang)
    };
  });
  const spans = events.map((e) => e.outer ?? e);
  const covered = mergeIntervals(spans);
  const period = { start: toDayNumber(story.bounds.start), end: toDayNumber(story.bounds.end) };
  return {
    lanes: story.lanes.map(({ id, label }) => ({ id, label })),
    extent: {
      start: Math.min(period.start, covered[0]!.start),
      end: Math.max(period.end, covered.at(-1)!.end)
    },
    covered,
    reach: {
      before: events.reduce((max, e) => Math.max(max, e.start - (e.outer?.start ?? e.start)), 0),
      after: events.reduce((max, e) => Math.max(max, (e.outer?.end ?? e.end) - e.start), 0)
    },
    count: events.length,
    events,
    names: calendarNames(lang),
    periods: story.periods
      .map(({ id, label, start, end }) => ({
        id,
        label,
        start: toDayNumber(start),
        end: toDayNumber(end),
        dateLabel: formatDayRange(start, end, lang)
      }))
      .sort((a, b) => a.start - b.start || a.end - b.end)
  };
}
