import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../story/calendar-date.ts';
import { formatDayRange } from '../story/format.ts';
import { clusterDaysLabel, daySpanLabel } from './day-labels.ts';
import { frenchNames } from './names.ts';

const names = frenchNames();

describe('daySpanLabel', () => {
  it('says what date-fns says of every span of up to 40 days starting in 2024', () => {
    const jan1 = Date.UTC(2024, 0, 1) / 86_400_000;
    for (let start = jan1; start < jan1 + 366; start++)
      for (const length of [1, 2, 5, 31, 40]) {
        const end = start + length;
        expect(daySpanLabel(start, end, names)).toBe(
          formatDayRange(fromDayNumber(start), fromDayNumber(end))
        );
      }
  });

  it('names one day without its weekday, and the first of a month "1er"', () => {
    const day = Date.UTC(2020, 11, 1) / 86_400_000;
    expect(daySpanLabel(day, day, names)).toBe('1er décembre 2020');
    expect(daySpanLabel(day - 2, day + 2, names)).toBe('du 29 novembre au 3 décembre 2020');
  });

  it('names a cluster\'s days: "le" for one day, "du … au …" for several', () => {
    const day = Date.UTC(2020, 11, 3) / 86_400_000;
    expect(clusterDaysLabel(day, day, names)).toBe('le 3 décembre 2020');
    expect(clusterDaysLabel(day - 1, day + 1, names)).toBe('du 2 au 4 décembre 2020');
  });
});
