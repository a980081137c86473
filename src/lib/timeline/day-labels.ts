/**
 * French labels for spans of days drawn in the browser (a cluster's days), from the French names
 * the page receives (see names.ts): the same words as format.ts's date-fns labels, without
 * shipping date-fns.
 */
import { partsOfDay } from '../story/calendar-date.ts';
import { dayOfMonth as nth, yearLabel, type FrenchNames } from './ticks.ts';

const dayOf = (day: number, names: FrenchNames) => {
  const { year, month, day: date } = partsOfDay(day);
  return { d: date, m: month - 1, y: year, year: yearLabel(year, names, true) };
};

/** "3 décembre 2020", "du 2 au 4 décembre 2020", "du 30 novembre au 2 décembre 2020" … */
export function daySpanLabel(start: number, end: number, names: FrenchNames): string {
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
  return `du ${first} au ${last}`;
}

/** A cluster's days, as its name says them: "le 3 décembre 2020", "du 2 au 4 décembre 2020". */
export const clusterDaysLabel = (start: number, end: number, names: FrenchNames): string =>
  `${start === end ? 'le ' : ''}${daySpanLabel(start, end, names)}`;
