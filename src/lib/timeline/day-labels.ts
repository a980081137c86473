/**
 * Spans of days as the marks' names say them, composed in the browser from the calendar's names
 * and the page's words: "3 décembre 2020", "du 2 au 4 décembre 2020" / "2–4 December 2020".
 */
import type { Messages } from '../i18n/messages.ts';
import { partsOfDay } from '../story/calendar-date.ts';
import { dayOfMonth, yearLabel, type CalendarNames } from './ticks.ts';

const dayOf = (day: number, names: CalendarNames) => {
  const { year, month, day: date } = partsOfDay(day);
  return { d: date, m: month - 1, y: year, year: yearLabel(year, names, true) };
};

/** "3 décembre 2020", "du 2 au 4 décembre 2020", "du 30 novembre au 2 décembre 2020" … */
export function daySpanLabel(
  start: number,
  end: number,
  names: CalendarNames,
  messages: Messages
): string {
  const nth = (d: number) => dayOfMonth(d, names);
  const s = dayOf(start, names);
  const e = dayOf(end, names);
  const last = `${nth(e.d)} ${names.months[e.m]} ${e.year}`;
  if (start === end) return last;
  const first =
    s.y !== e.y
      ? `${nth(s.d)} ${names.months[s.m]} ${s.year}`
      : s.m !== e.m
        ? `${nth(s.d)} ${names.months[s.m]}`
        : nth(s.d);
  const key = s.y === e.y && s.m === e.m ? 'date.rangeInMonth' : 'date.range';
  return messages.t(key, { start: first, end: last });
}

/** A cluster's days, as its name says them: "le 3 décembre 2020", "du 2 au 4 décembre 2020". */
export const clusterDaysLabel = (
  start: number,
  end: number,
  names: CalendarNames,
  messages: Messages
): string => {
  const days = daySpanLabel(start, end, names, messages);
  return start === end ? messages.t('timeline.clusterOneDay', { day: days }) : days;
};
