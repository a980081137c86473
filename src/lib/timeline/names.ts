/**
 * French month and weekday names, taken from date-fns' fr locale. Server-side (build time):
 * the result is passed to the page as data, so date-fns stays out of the browser bundle.
 */
import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import type { FrenchNames } from './ticks.ts';

export function frenchNames(): FrenchNames {
  const at = (month: number, day = 15) => new Date(2023, month, day, 12);
  const months = Array.from({ length: 12 }, (_, m) => format(at(m), 'MMMM', { locale: fr }));
  const monthsShort = Array.from({ length: 12 }, (_, m) => format(at(m), 'MMM', { locale: fr }));
  // 2023-01-01 was a Sunday.
  const weekdaysShort = Array.from({ length: 7 }, (_, d) =>
    format(at(0, 1 + d), 'EEE', { locale: fr })
  );
  return { months, monthsShort, weekdaysShort };
}
