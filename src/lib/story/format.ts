/**
 * French labels for calendar dates, with date-fns and its fr locale. Run at build time: the
 * pages receive finished strings, so the browser never needs date-fns to show a date.
 */
import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { parts, toLocalNoon, type CalendarDate } from './calendar-date.ts';
import type { ClaimStatus, DatePrecision, EventDate } from './types.ts';

const fmt = (date: CalendarDate, pattern: string) =>
  format(toLocalNoon(date), pattern, { locale: fr });

/** "mardi 5 septembre 2023", "vendredi 1er septembre 2023" (date-fns's "do": 1er, then 2, 3…) */
export function formatDay(date: CalendarDate): string {
  return fmt(date, 'EEEE do MMMM yyyy');
}

/** "5 sept. 2023", "1er sept. 2023" */
export function formatShortDay(date: CalendarDate): string {
  return fmt(date, 'do MMM yyyy');
}

/** "juillet 2023" */
export function formatMonth(date: CalendarDate): string {
  return fmt(date, 'MMMM yyyy');
}

/** "du 25 au 27 juillet 2023", "du 30 août au 2 septembre 2023", "du 28 décembre 2022 au 3 janvier 2023" */
export function formatDayRange(start: CalendarDate, end: CalendarDate): string {
  if (start === end) return formatDay(start);
  const s = parts(start);
  const e = parts(end);
  const first =
    s.year !== e.year
      ? fmt(start, 'd MMMM yyyy')
      : s.month !== e.month
        ? fmt(start, 'd MMMM')
        : fmt(start, 'd');
  const firstOf = (label: string) => label.replace(/^1(?= |$)/, '1er');
  return `du ${firstOf(first)} au ${firstOf(fmt(end, 'd MMMM yyyy'))}`;
}

const MONTH_PART_BY_FIRST_DAY: Record<number, string> = { 1: 'début', 11: 'mi-', 21: 'fin' };

/** The date as a reader should read it, precision included. */
export function formatEventDate(date: Pick<EventDate, 'start' | 'end' | 'precision'>): string {
  switch (date.precision) {
    case 'day':
      return formatDay(date.start);
    case 'days':
      return formatDayRange(date.start, date.end);
    case 'part-of-month': {
      const part = MONTH_PART_BY_FIRST_DAY[parts(date.start).day];
      if (!part) return formatDayRange(date.start, date.end);
      return `${part}${part.endsWith('-') ? '' : ' '}${formatMonth(date.start)}`;
    }
    case 'month':
      return formatMonth(date.start);
    case 'year':
      return fmt(date.start, 'yyyy');
    case 'time': // the day where it happened; the time and its zone are shown beside it
      return formatDay(date.start);
    case 'unknown':
      return 'date inconnue';
  }
}

export const PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'jour exact',
  days: 'plage de jours',
  'part-of-month': 'partie de mois',
  month: 'mois entier',
  unknown: 'date inconnue',
  year: 'année',
  time: 'jour et heure'
};

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  established: 'Fait établi',
  stated: 'Déclaration',
  announced: 'Annonce',
  reported: 'Information de presse',
  denied: 'Démenti',
  'refused-to-confirm': 'Refus de confirmer',
  editorial: 'Texte de la rédaction'
};
