import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { toDayNumber, toLocalNoon, fromDayNumber } from '../story/calendar-date.ts';
import { calendarNames } from './names.ts';
import { compressGaps, createDayScale, linearSegments } from './scale.ts';
import {
  axisLabelWidth,
  chooseTickKind,
  dayLabel,
  monthLabel,
  timeTicks,
  weekdayLabel,
  type Tick
} from './ticks.ts';

const names = calendarNames('fr');
const day = toDayNumber;

describe('labels composed from the build-time table read as date-fns writes them', () => {
  const days = Array.from({ length: 366 }, (_, i) => day('2024-01-01') + i);
  it('for every day of a leap year', () => {
    for (const d of days) {
      const date = toLocalNoon(fromDayNumber(d));
      expect(dayLabel(d, names)).toBe(format(date, 'do MMM', { locale: fr }));
      // date-fns's "do" says "2ème" with a weekday (and "2" before a month): only the 1st is "1er".
      expect(weekdayLabel(d, names)).toBe(
        format(date, 'EEE d', { locale: fr }).replace(/ 1$/, ' 1er')
      );
      expect(monthLabel(d, names)).toBe(format(date, 'MMMM yyyy', { locale: fr }));
    }
  });

  it('in French', () => {
    expect(dayLabel(day('2023-09-04'), names)).toBe('4 sept.');
    expect(weekdayLabel(day('2023-09-04'), names)).toBe('lun. 4');
    expect(weekdayLabel(day('2023-09-01'), names)).toBe('ven. 1er');
    expect(dayLabel(day('2024-05-01'), names)).toBe('1er mai');
    expect(monthLabel(day('2023-07-27'), names)).toBe('juillet 2023');
  });
});

describe('ticks adapt to the zoom', () => {
  it.each([
    { pxPerDay: 60, kind: 'day' },
    { pxPerDay: 10, kind: 'week' },
    { pxPerDay: 3, kind: 'month' },
    { pxPerDay: 0.2, kind: 'year' },
    { pxPerDay: 0.1, kind: 'decade' },
    { pxPerDay: 0.01, kind: 'century' },
    { pxPerDay: 0.001, kind: 'millennium' },
    { pxPerDay: 1e-6, kind: 'e6' },
    { pxPerDay: 1e-12, kind: 'e10' },
    { pxPerDay: 1e-15, kind: 'e10' }
  ] as const)('$pxPerDay px a day → $kind', ({ pxPerDay, kind }) => {
    expect(chooseTickKind(pxPerDay)).toBe(kind);
  });

  const extent = { start: day('2023-07-21'), end: day('2023-09-05') };
  const events = [
    { start: day('2023-07-21'), end: day('2023-07-31') },
    { start: day('2023-08-30'), end: day('2023-08-30') },
    { start: day('2023-09-04'), end: day('2023-09-05') }
  ];

  it('shows months on a narrow linear axis and days when zoomed in', () => {
    const segments = linearSegments(extent);
    const scale = createDayScale(segments, 300);
    const pos = (d: number) => scale(d);
    expect(timeTicks(segments, pos, 0, 300, names).map((t) => t.label)).toEqual([
      'août 2023',
      'septembre'
    ]);
    const k = 20;
    const zoomed = timeTicks(
      segments,
      (d) => k * pos(d) - k * pos(day('2023-09-01')),
      0,
      300,
      names
    );
    expect(zoomed.every((t) => t.kind === 'day')).toBe(true);
    expect(zoomed.map((t) => t.label)).toContain('ven. 1er sept.');
    expect(zoomed.map((t) => t.label)).toContain('lun. 4');
  });

  it('names the month of the first day shown, after a break, and where it changes', () => {
    const segments = compressGaps(events, extent);
    const scale = createDayScale(segments, 2400);
    const pos = (d: number) => scale(d);
    const labels = timeTicks(segments, pos, 0, 2400, names).map((t) => t.label);
    expect(labels[0]).toBe('ven. 21 juil.');
    expect(labels[1]).toBe('sam. 22');
    // after the August break, the first day says its month again
    const afterBreak = labels.findIndex((l) => l.startsWith('mar. 29'));
    expect(labels[afterBreak]).toBe('mar. 29 août');
    expect(labels).toContain('ven. 1er sept.');
    expect(labels).toContain('lun. 4');
  });

  it('on a drawing wider than the screen, names the month of the first day on screen', () => {
    // Day ticks, 60 px a day, the screen from 4 September; the drawing starts 3 days before.
    const segments = linearSegments(extent);
    const pos = (d: number) => 60 * (d - day('2023-09-04'));
    const labelOf = (ticks: Tick[], iso: string) => ticks.find((t) => t.day === day(iso))?.label;
    const ticks = timeTicks(segments, pos, -180, 1000, names, true, 0);
    expect(labelOf(ticks, '2023-09-01')).toBe('ven. 1er sept.'); // a first of a month, always
    expect(labelOf(ticks, '2023-09-02')).toBe('sam. 2');
    expect(labelOf(ticks, '2023-09-04')).toBe('lun. 4 sept.');
    expect(labelOf(ticks, '2023-09-05')).toBe('mar. 5');
    // Panned 50 px to the left (the screen starts 50 px into the drawing): 5 September.
    const panned = timeTicks(segments, pos, -180, 1000, names, true, 50);
    expect(labelOf(panned, '2023-09-04')).toBe('lun. 4');
    expect(labelOf(panned, '2023-09-05')).toBe('mar. 5 sept.');
    // The first label that starts on screen (3 px after its tick) names it, not one before.
    expect(labelOf(timeTicks(segments, pos, -180, 1000, names, true, 3), '2023-09-04')).toBe(
      'lun. 4 sept.'
    );
    const past = timeTicks(segments, pos, -180, 1000, names, true, 4);
    expect(labelOf(past, '2023-09-04')).toBe('lun. 4');
    expect(labelOf(past, '2023-09-05')).toBe('mar. 5 sept.');
    // Without a screen of its own, the drawing's first day names it, off screen.
    expect(labelOf(timeTicks(segments, pos, -180, 1000, names), '2023-09-04')).toBe('lun. 4');
  });

  it('leaves out labels that would overlap the next one or run into a break', () => {
    const segments = compressGaps(events, extent);
    const scale = createDayScale(segments, 1100);
    const pos = (d: number) => scale(d);
    const ticks = timeTicks(segments, pos, 0, 1100, names);
    const shown = ticks.filter((t) => t.showLabel);
    expect(shown.length).toBeLessThan(ticks.length);
    expect(shown[0]!.label).toMatch(/juil\.$/); // the one naming the month is kept
    for (let i = 1; i < shown.length; i++)
      expect(shown[i]!.pos + 3).toBeGreaterThanOrEqual(
        shown[i - 1]!.pos + 3 + axisLabelWidth(shown[i - 1]!.label)
      );
    const breakStart = pos(segments.breaks[0]!.from);
    for (const t of shown.filter((t) => t.pos < breakStart))
      expect(t.pos + 3 + axisLabelWidth(t.label)).toBeLessThanOrEqual(breakStart);
  });

  it('puts no tick inside a compressed stretch and only visible ones', () => {
    const segments = compressGaps(events, extent);
    const scale = createDayScale(segments, 1200);
    const pos = (d: number) => scale(d);
    const ticks = timeTicks(segments, pos, 0, 1200, names);
    const [gap] = segments.breaks;
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks.filter((t) => t.day > gap!.from && t.day < gap!.to)).toEqual([]);
    expect(ticks.every((t) => t.pos >= -60 && t.pos <= 1260)).toBe(true);
  });
});

describe("the phone's axis names the year", () => {
  // Around New Year 2024, the screen from 30 December.
  const extent = { start: day('2023-12-20'), end: day('2024-01-20') };
  const segments = linearSegments(extent);
  const at = (pxPerDay: number) => (d: number) => pxPerDay * (d - day('2023-12-30'));
  const labels = (pxPerDay: number, options: { years?: boolean; kind?: 'day' | 'week' }) =>
    timeTicks(segments, at(pxPerDay), -200, 900, names, false, 0, options)
      .filter((t) => t.pos >= 0)
      .map((t) => `${t.label}${t.year ? ` [${t.year}]` : ''}`);

  it.each([
    {
      name: 'days: on the first one on screen and on 1 January',
      pxPerDay: 60,
      options: { years: true },
      expected: [
        'sam. 30 déc. 2023 [2023]',
        'dim. 31',
        'lun. 1er janv. 2024 [2024]',
        'mar. 2',
        'mer. 3'
      ]
    },
    {
      name: 'weeks: on the first one on screen and where the year changes',
      pxPerDay: 20,
      options: { years: true },
      expected: ['1er janv. 2024 [2024]', '8 janv.', '15 janv.']
    },
    {
      name: 'days where the zoom asks for them, whatever px a day the segment has',
      pxPerDay: 20,
      options: { years: true, kind: 'day' as const },
      expected: ['sam. 30 déc. 2023 [2023]', 'dim. 31', 'lun. 1er janv. 2024 [2024]']
    },
    {
      name: 'not without the option (the wide axis)',
      pxPerDay: 60,
      options: {},
      expected: ['sam. 30 déc.', 'dim. 31', 'lun. 1er janv.', 'mar. 2', 'mer. 3']
    }
  ])('$name', ({ pxPerDay, options, expected }) => {
    expect(labels(pxPerDay, options).slice(0, expected.length)).toEqual(expected);
  });

  it('months name their year where they name it already, and say which it is', () => {
    const long = linearSegments({ start: day('2023-10-01'), end: day('2024-03-31') });
    const ticks = timeTicks(long, (d) => 3 * (d - day('2023-10-01')), 0, 600, names, false, 0, {
      years: true
    });
    expect(ticks.map((t) => `${t.label}${t.year ? ` [${t.year}]` : ''}`)).toEqual([
      'octobre 2023 [2023]',
      'novembre',
      'décembre',
      'janvier 2024 [2024]',
      'février',
      'mars'
    ]);
  });

  it('takes one kind of tick for every segment when told', () => {
    const seed = [
      { start: day('2023-07-21'), end: day('2023-07-31') },
      { start: day('2023-09-04'), end: day('2023-09-05') }
    ];
    const compressed = compressGaps(seed, { start: day('2023-07-21'), end: day('2023-09-05') });
    const scale = createDayScale(compressed, 2400);
    const ticks = timeTicks(compressed, (d) => scale(d), 0, 2400, names, false, 0, {
      kind: 'week'
    });
    expect(new Set(ticks.map((t) => t.kind))).toEqual(new Set(['week']));
  });
});
