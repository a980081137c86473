import { format } from 'date-fns';
import { enGB, fr as dateFnsFr } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { toLocalNoon } from './calendar-date.ts';
import {
  claimStatusLabel,
  formatDay,
  formatDayRange,
  formatEventDate,
  formatShortDay,
  formatYear,
  precisionLabel,
  type FormattableDate
} from './format.ts';

describe('French date labels', () => {
  it.each([
    {
      date: { start: '2023-09-05', end: '2023-09-05', precision: 'day' },
      label: 'mardi 5 septembre 2023'
    },
    {
      date: { start: '2023-09-04', end: '2023-09-04', precision: 'day' },
      label: 'lundi 4 septembre 2023'
    },
    {
      date: { start: '2023-09-01', end: '2023-09-01', precision: 'day' },
      label: 'vendredi 1er septembre 2023'
    },
    {
      date: { start: '2023-07-25', end: '2023-07-27', precision: 'days' },
      label: 'du 25 au 27 juillet 2023'
    },
    {
      date: { start: '2023-08-30', end: '2023-09-01', precision: 'days' },
      label: 'du 30 août au 1er septembre 2023'
    },
    {
      date: { start: '2024-03-01', end: '2024-03-03', precision: 'days' },
      label: 'du 1er au 3 mars 2024'
    },
    {
      date: { start: '2022-12-28', end: '2023-01-03', precision: 'days' },
      label: 'du 28 décembre 2022 au 3 janvier 2023'
    },
    {
      date: { start: '2023-07-21', end: '2023-07-31', precision: 'part-of-month' },
      label: 'fin juillet 2023'
    },
    {
      date: { start: '2023-07-01', end: '2023-07-10', precision: 'part-of-month' },
      label: 'début juillet 2023'
    },
    {
      date: { start: '2023-08-11', end: '2023-08-20', precision: 'part-of-month' },
      label: 'mi-août 2023'
    },
    { date: { start: '2023-07-01', end: '2023-07-31', precision: 'month' }, label: 'juillet 2023' },
    {
      date: { start: '2023-07-01', end: '2023-09-30', precision: 'unknown' },
      label: 'date inconnue'
    }
  ] as const)('$label', ({ date, label }) => {
    expect(formatEventDate(date, 'fr')).toBe(label);
  });

  it.each(['Pacific/Honolulu', 'Pacific/Kiritimati', 'America/Santiago', 'UTC'])(
    'shows the stored day with the process in TZ=%s',
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        expect(formatDay('2023-09-05', 'fr')).toBe('mardi 5 septembre 2023');
        expect(formatShortDay('2023-07-27', 'fr')).toBe('27 juil. 2023');
        expect(formatShortDay('2023-09-01', 'fr')).toBe('1er sept. 2023');
        expect(formatDayRange('2023-07-25', '2023-07-27', 'fr')).toBe('du 25 au 27 juillet 2023');
        // Santiago skipped midnight on 2023-09-03 (DST): the day is the stored one.
        expect(formatDay('2023-09-03', 'fr')).toBe('dimanche 3 septembre 2023');
        expect(formatDay('2023-09-03', 'en')).toBe('Sunday 3 September 2023');
      } finally {
        process.env.TZ = saved;
      }
    }
  );
});

describe('days of any year', () => {
  it.each(['fr', 'en'] as const)(
    'say in %s what date-fns says of a day in every year from 100 to 9999, weekday included',
    (lang) => {
      const [locale, pattern] =
        lang === 'fr' ? [dateFnsFr, 'EEEE do MMMM y'] : [enGB, 'EEEE d MMMM y'];
      for (let year = 100; year <= 9999; year += 37) {
        const date = `${String(year).padStart(4, '0')}-${String((year % 12) + 1).padStart(2, '0')}-${String((year % 28) + 1).padStart(2, '0')}`;
        expect(formatDay(date, lang)).toBe(format(toLocalNoon(date), pattern, { locale }));
      }
    }
  );
});

describe('English date labels (en-GB)', () => {
  it.each([
    {
      date: { start: '2023-09-05', end: '2023-09-05', precision: 'day' },
      label: 'Tuesday 5 September 2023'
    },
    {
      date: { start: '2023-09-01', end: '2023-09-01', precision: 'day' },
      label: 'Friday 1 September 2023'
    },
    {
      date: { start: '2023-07-25', end: '2023-07-27', precision: 'days' },
      label: '25–27 July 2023'
    },
    {
      date: { start: '2023-08-30', end: '2023-09-01', precision: 'days' },
      label: '30 August – 1 September 2023'
    },
    {
      date: { start: '2022-12-28', end: '2023-01-03', precision: 'days' },
      label: '28 December 2022 – 3 January 2023'
    },
    {
      date: { start: '2023-07-21', end: '2023-07-31', precision: 'part-of-month' },
      label: 'late July 2023'
    },
    {
      date: { start: '2023-07-01', end: '2023-07-10', precision: 'part-of-month' },
      label: 'early July 2023'
    },
    {
      date: { start: '2023-08-11', end: '2023-08-20', precision: 'part-of-month' },
      label: 'mid-August 2023'
    },
    { date: { start: '2023-07-01', end: '2023-07-31', precision: 'month' }, label: 'July 2023' },
    {
      date: { start: '2023-07-01', end: '2023-09-30', precision: 'unknown' },
      label: 'unknown date'
    }
  ] as const)('$label', ({ date, label }) => {
    expect(formatEventDate(date, 'en')).toBe(label);
  });

  it('writes short days and ranges the British way', () => {
    expect(formatShortDay('2023-09-01', 'en')).toBe('1 Sep 2023');
    expect(formatDay('2024-02-29', 'en')).toBe('Thursday 29 February 2024');
  });
});

describe('a range of days over whole years or months, said as such', () => {
  it.each<{ start: string; end: string; fr: string; en: string }>([
    { start: '1939-01-01', end: '1945-12-31', fr: '1939–1945', en: '1939–1945' },
    { start: '1969-03-01', end: '1969-06-30', fr: 'mars–juin 1969', en: 'March–June 1969' },
    {
      start: '1968-11-01',
      end: '1969-02-28',
      fr: 'novembre 1968 – février 1969',
      en: 'November 1968 – February 1969'
    },
    { start: '1969-02-01', end: '1969-02-28', fr: 'février 1969', en: 'February 1969' },
    { start: '1968-02-01', end: '1968-02-29', fr: 'février 1968', en: 'February 1968' },
    { start: '1969-01-01', end: '1969-12-31', fr: '1969', en: '1969' },
    {
      start: '-0499-01-01',
      end: '-0399-12-31',
      fr: '500 av. J.-C. – 400 av. J.-C.',
      en: '500 BC – 400 BC'
    },
    // Not whole: the days are given.
    {
      start: '1968-02-01',
      end: '1968-02-28',
      fr: 'du 1er au 28 février 1968',
      en: '1–28 February 1968'
    },
    {
      start: '1939-01-02',
      end: '1945-12-31',
      fr: 'du 2 janvier 1939 au 31 décembre 1945',
      en: '2 January 1939 – 31 December 1945'
    }
  ])('$start…$end', ({ start, end, fr, en }) => {
    const date: FormattableDate = { start, end, precision: 'days' };
    expect(formatEventDate(date, 'fr')).toBe(fr);
    expect(formatEventDate(date, 'en')).toBe(en);
  });
});

describe('the precisions of imported and older material, in both languages', () => {
  it.each<{ date: FormattableDate; fr: string; en: string }>([
    {
      date: { start: '2023-01-01', end: '2023-12-31', precision: 'year' },
      fr: '2023',
      en: '2023'
    },
    {
      date: {
        start: '2023-09-13',
        end: '2023-09-13',
        precision: 'time',
        time: '14:30',
        timeZone: 'Asia/Vladivostok'
      },
      fr: '13 septembre 2023 à 14 h 30 (heure de Vladivostok)',
      en: '13 September 2023, 2:30 pm (Vladivostok time)'
    },
    {
      date: {
        start: '2023-09-01',
        end: '2023-09-01',
        precision: 'time',
        time: '09:05',
        timeZone: 'America/New_York'
      },
      fr: '1er septembre 2023 à 9 h 05 (heure de New York)',
      en: '1 September 2023, 9:05 am (New York time)'
    },
    {
      date: {
        start: '2023-09-12',
        end: '2023-09-12',
        precision: 'time',
        time: '00:00',
        timeZone: 'Europe/Moscow'
      },
      fr: '12 septembre 2023 à 0 h 00 (heure de Moscow)',
      en: '12 September 2023, 12:00 am (Moscow time)'
    },
    {
      date: {
        start: '2023-09-12',
        end: '2023-09-12',
        precision: 'time',
        time: '12:15',
        timeZone: 'Europe/Paris'
      },
      fr: '12 septembre 2023 à 12 h 15 (heure de Paris)',
      en: '12 September 2023, 12:15 pm (Paris time)'
    },
    {
      date: { start: '0800-12-25', end: '0800-12-25', precision: 'day' },
      fr: 'lundi 25 décembre 800',
      en: 'Monday 25 December 800'
    }
  ])('$en', ({ date, fr, en }) => {
    expect(formatEventDate(date, 'fr')).toBe(fr);
    expect(formatEventDate(date, 'en')).toBe(en);
  });

  it.each([
    { year: 2023, fr: '2023', en: '2023' },
    { year: 1, fr: '1', en: '1' },
    // Astronomical numbering: year 0 is 1 BC, year -499 is 500 BC.
    { year: 0, fr: '1 av. J.-C.', en: '1 BC' },
    { year: -499, fr: '500 av. J.-C.', en: '500 BC' },
    { year: -500, fr: '501 av. J.-C.', en: '501 BC' },
    { year: -9998, fr: '9999 av. J.-C.', en: '9999 BC' },
    {
      year: -13_799_999_999,
      fr: '13\u202f800\u202f000\u202f000 av. J.-C.',
      en: '13,800,000,000 BC'
    },
    { year: 12_023, fr: '12\u202f023', en: '12,023' }
  ])('writes the year $year as "$fr", "$en"', ({ year, fr, en }) => {
    expect(formatYear(year, 'fr')).toBe(fr);
    expect(formatYear(year, 'en')).toBe(en);
  });

  it('names every precision and claim in both languages', () => {
    expect(precisionLabel('part-of-month', 'fr')).toBe('partie de mois');
    expect(precisionLabel('part-of-month', 'en')).toBe('part of a month');
    expect(claimStatusLabel('refused-to-confirm', 'fr')).toBe('Refus de confirmer');
    expect(claimStatusLabel('refused-to-confirm', 'en')).toBe('Refusal to confirm');
  });
});
