/**
 * French labels for spans of days drawn in the browser (a cluster's days), from the French names
 * the page receives (see names.ts): the same words as format.ts's date-fns labels, without
 * shipping date-fns.
 */
import { dayToDate } from './scale.ts';
import { dayOfMonth as nth, type FrenchNames } from './ticks.ts';

const dayOf = (day: number) => {
  const date = dayToDate(day);
  return { d: date.getUTCDate(), m: date.getUTCMonth(), y: date.getUTCFullYear() };
};

/** "3 décembre 2020", "du 2 au 4 décembre 2020", "du 30 novembre au 2 décembre 2020" … */
export function daySpanLabel(start: number, end: number, names: FrenchNames): string {
  const s = dayOf(start);
  const e = dayOf(end);
  const last = `${nth(e.d)} ${names.months[e.m]} ${e.y}`;
  if (start === end) return last;
  const first =
    s.y !== e.y
      ? `${nth(s.d)} ${names.months[s.m]} ${s.y}`
      : s.m !== e.m
        ? `${nth(s.d)} ${names.months[s.m]}`
        : nth(s.d);
  return `du ${first} au ${last}`;
}

/** A cluster's days, as its name says them: "le 3 décembre 2020", "du 2 au 4 décembre 2020". */
export const clusterDaysLabel = (start: number, end: number, names: FrenchNames): string =>
  `${start === end ? 'le ' : ''}${daySpanLabel(start, end, names)}`;
