import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../story/calendar-date.ts';
import { formatDayRange } from '../story/format.ts';
import { clusterDaysLabel, daySpanLabel } from './day-labels.ts';
import { messagesFor } from '../i18n/catalogues.ts';
import { calendarNames } from './names.ts';

const names = calendarNames('fr');
const messages = messagesFor('fr');
const en = { names: calendarNames('en'), messages: messagesFor('en') };

describe('daySpanLabel', () => {
  it.each(['fr', 'en'] as const)(
    'says in %s what the pages say of every span of up to 40 days starting in 2024',
    (lang) => {
      const words = { names: calendarNames(lang), messages: messagesFor(lang) };
      const jan1 = Date.UTC(2024, 0, 1) / 86_400_000;
      for (let start = jan1; start < jan1 + 366; start++)
        for (const length of [1, 2, 5, 31, 40]) {
          const end = start + length;
          expect(daySpanLabel(start, end, words.names, words.messages)).toBe(
            formatDayRange(fromDayNumber(start), fromDayNumber(end), lang)
          );
        }
    }
  );

  it('names one day without its weekday, and the first of a month "1er"', () => {
    const day = Date.UTC(2020, 11, 1) / 86_400_000;
    expect(daySpanLabel(day, day, names, messages)).toBe('1er décembre 2020');
    expect(daySpanLabel(day - 2, day + 2, names, messages)).toBe(
      'du 29 novembre au 3 décembre 2020'
    );
    expect(daySpanLabel(day, day, en.names, en.messages)).toBe('1 December 2020');
    expect(daySpanLabel(day - 2, day + 2, en.names, en.messages)).toBe(
      '29 November – 3 December 2020'
    );
  });

  it('names a cluster\'s days: "le" for one day, "du … au …" for several', () => {
    const day = Date.UTC(2020, 11, 3) / 86_400_000;
    expect(clusterDaysLabel(day, day, names, messages)).toBe('le 3 décembre 2020');
    expect(clusterDaysLabel(day, day, en.names, en.messages)).toBe('3 December 2020');
    expect(clusterDaysLabel(day - 1, day + 1, names, messages)).toBe('du 2 au 4 décembre 2020');
    expect(clusterDaysLabel(day - 1, day + 1, en.names, en.messages)).toBe('2–4 December 2020');
  });
});
