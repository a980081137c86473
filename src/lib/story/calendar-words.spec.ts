import { format } from 'date-fns';
import { enUS, fr } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { CALENDAR_WORDS, DATE_LANGUAGES, monthName, weekdayName } from './calendar-words.js';

// What readers see comes from date-fns' locales; what the resolver reads comes from these
// tables. They must name the same months and days, or a story would fail to read its own words.
const LOCALES = { fr, en: enUS } as const;

describe.each(DATE_LANGUAGES)('calendar words in %s', (language) => {
  const locale = LOCALES[language];
  const noon = (month: number, day: number) => new Date(2023, month, day, 12);

  it('names the months as date-fns does', () => {
    const expected = Array.from({ length: 12 }, (_, m) => format(noon(m, 15), 'MMMM', { locale }));
    expect(CALENDAR_WORDS[language].months).toEqual(expected);
  });

  it('names the weekdays from Sunday as date-fns does', () => {
    // 1 January 2023 was a Sunday.
    const expected = Array.from({ length: 7 }, (_, d) =>
      format(noon(0, 1 + d), 'EEEE', { locale })
    );
    expect(CALENDAR_WORDS[language].weekdays).toEqual(expected);
  });

  it('has a form before a day for each month that begins like its full name', () => {
    const { months, monthsWithDay } = CALENDAR_WORDS[language];
    expect(monthsWithDay).toHaveLength(12);
    monthsWithDay.forEach((short, m) =>
      expect(months[m]!.startsWith(short.replace(/\.$/, ''))).toBe(true)
    );
  });
});

describe('looking a name up', () => {
  it.each([
    { language: 'fr', month: 7, name: 'juillet' },
    { language: 'en', month: 7, name: 'July' },
    { language: 'en', month: 12, name: 'December' }
  ] as const)('month $month in $language is $name', ({ language, month, name }) => {
    expect(monthName(language, month)).toBe(name);
  });

  it.each([
    { language: 'fr', day: 2, name: 'mardi' },
    { language: 'en', day: 2, name: 'Tuesday' },
    { language: 'en', day: 0, name: 'Sunday' }
  ] as const)('weekday $day in $language is $name', ({ language, day, name }) => {
    expect(weekdayName(language, day)).toBe(name);
  });

  it('refuses a month or a day that does not exist', () => {
    expect(() => monthName('en', 13)).toThrow(RangeError);
    expect(() => weekdayName('fr', 7)).toThrow(RangeError);
  });
});
