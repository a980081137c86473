/**
 * French month and weekday names, taken from date-fns' fr locale, and deep time's words.
 * Server-side (build time): the result is passed to the page as data, so date-fns stays out of
 * the browser bundle.
 */
import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import type { EraNames, FrenchNames } from './ticks.ts';

/** Years before the era, in deep time, and the lengths of compressed stretches, in French. */
const FRENCH_ERAS: EraNames = {
  locale: 'fr',
  beforeEra: '{n} av. J.-C.',
  millionYearsAgo: '{n} Ma',
  billionYearsAgo: '{n} Ga',
  durations: {
    days: ['≈ {n} jour', '≈ {n} jours'],
    weeks: ['≈ {n} semaine', '≈ {n} semaines'],
    months: ['≈ {n} mois', '≈ {n} mois'],
    years: ['≈ {n} an', '≈ {n} ans'],
    millennia: ['≈ {n} millénaire', '≈ {n} millénaires'],
    millionYears: ["≈ {n} million d'années", "≈ {n} millions d'années"],
    billionYears: ["≈ {n} milliard d'années", "≈ {n} milliards d'années"]
  }
};

export function frenchNames(): FrenchNames {
  const at = (month: number, day = 15) => new Date(2023, month, day, 12);
  const months = Array.from({ length: 12 }, (_, m) => format(at(m), 'MMMM', { locale: fr }));
  const monthsShort = Array.from({ length: 12 }, (_, m) => format(at(m), 'MMM', { locale: fr }));
  // 2023-01-01 was a Sunday.
  const weekdaysShort = Array.from({ length: 7 }, (_, d) =>
    format(at(0, 1 + d), 'EEE', { locale: fr })
  );
  return { months, monthsShort, weekdaysShort, eras: FRENCH_ERAS };
}
