/**
 * The calendar's words the axis and the marks' names use, in the story's language: month and
 * weekday names from date-fns' locale (fr, or enGB as format.ts explains), how the first of
 * a month is written, and deep time's years (from the catalogue, "{n}" left for the number). Server-side (build time): the result is passed to the page as data, so
 * date-fns stays out of the browser bundle.
 */
import { format } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { messagesFor } from '../i18n/catalogues.ts';
import type { Language } from '../i18n/messages.ts';
import type { CalendarNames } from './ticks.ts';

const LOCALES = { fr, en: enGB } as const;

export function calendarNames(lang: Language): CalendarNames {
  const locale = LOCALES[lang];
  const at = (month: number, day = 15) => new Date(2023, month, day, 12);
  const months = Array.from({ length: 12 }, (_, m) => format(at(m), 'MMMM', { locale }));
  const monthsShort = Array.from({ length: 12 }, (_, m) => format(at(m), 'MMM', { locale }));
  // 2023-01-01 was a Sunday.
  const weekdaysShort = Array.from({ length: 7 }, (_, d) =>
    format(at(0, 1 + d), 'EEE', { locale })
  );
  const { t } = messagesFor(lang);
  return {
    months,
    monthsShort,
    weekdaysShort,
    firstOfMonth: t('date.firstOfMonth'),
    eras: {
      locale: lang,
      beforeYearOne: t('date.beforeYearOne', { year: '{n}' }),
      millionYearsAgo: t('date.millionYearsAgo', { n: '{n}' }),
      billionYearsAgo: t('date.billionYearsAgo', { n: '{n}' })
    }
  };
}
