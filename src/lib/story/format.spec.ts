import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange, formatEventDate, formatShortDay } from './format.ts';

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
    expect(formatEventDate(date)).toBe(label);
  });

  it.each(['Pacific/Honolulu', 'Pacific/Kiritimati', 'America/Santiago', 'UTC'])(
    'shows the stored day with the process in TZ=%s',
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        expect(formatDay('2023-09-05')).toBe('mardi 5 septembre 2023');
        expect(formatShortDay('2023-07-27')).toBe('27 juil. 2023');
        expect(formatShortDay('2023-09-01')).toBe('1er sept. 2023');
        expect(formatDayRange('2023-07-25', '2023-07-27')).toBe('du 25 au 27 juillet 2023');
        // Santiago skipped midnight on 2023-09-03 (DST): noon keeps the day.
        expect(formatDay('2023-09-03')).toBe('dimanche 3 septembre 2023');
      } finally {
        process.env.TZ = saved;
      }
    }
  );
});
