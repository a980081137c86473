import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../story/calendar-date.ts';
import {
  centreOn,
  clampPan,
  compressGaps,
  createDayScale,
  linearSegments,
  zoomAt
} from './scale.ts';

const day = toDayNumber;
// The seed story: "fin juillet" (21–31 July), 30 August, 4 and 5 September 2023.
const SEED = [
  { start: day('2023-07-21'), end: day('2023-07-31') },
  { start: day('2023-07-25'), end: day('2023-07-27') },
  { start: day('2023-08-30'), end: day('2023-08-30') },
  { start: day('2023-09-04'), end: day('2023-09-04') },
  { start: day('2023-09-05'), end: day('2023-09-05') }
];
const EXTENT = { start: day('2023-07-21'), end: day('2023-09-05') };

describe('compressGaps', () => {
  const segments = compressGaps(SEED, EXTENT);

  it('compresses August, the long empty stretch, and counts its days', () => {
    expect(segments.breaks).toEqual([{ from: day('2023-08-02'), to: day('2023-08-29'), days: 27 }]);
  });

  it('keeps the short gap between 30 August and 4 September at true length', () => {
    const scale = createDayScale(segments, 1000);
    const x = (d: string) => scale(day(d));
    const monday = x('2023-09-04');
    const tuesday = x('2023-09-05');
    const aug30 = x('2023-08-30');
    expect(tuesday - monday).toBeCloseTo((monday - aug30) / 5, 6);
  });

  it('gives Monday and Tuesday room that a linear scale squeezes', () => {
    const compressed = createDayScale(segments, 1000);
    const linear = createDayScale(linearSegments(EXTENT), 1000);
    const width = (s: typeof linear) => s(day('2023-09-05')) - s(day('2023-09-04'));
    expect(width(linear)).toBeCloseTo(1000 / 47, 6);
    expect(width(compressed)).toBeGreaterThan(width(linear) * 2);
  });

  it('maps the extent onto the whole range, monotonically', () => {
    const scale = createDayScale(segments, 800);
    expect(scale(EXTENT.start)).toBe(0);
    expect(scale(EXTENT.end + 1)).toBeCloseTo(800, 6);
    for (let i = 1; i < segments.domain.length; i++)
      expect(segments.domain[i]!).toBeGreaterThan(segments.domain[i - 1]!);
  });

  it('is d3’s linear scale over the same domain and range, every quarter day, inverse too', () => {
    for (const segs of [segments, linearSegments(EXTENT)]) {
      const scale = createDayScale(segs, 1000, 12, 140);
      const total = segs.positions.at(-1)!;
      const d3 = scaleLinear()
        .domain(segs.domain)
        .range(segs.positions.map((p) => 12 + (p / total) * (1000 - 12 - 140)));
      // Beyond the ends too: both carry the end pieces on.
      for (let d = EXTENT.start - 30; d <= EXTENT.end + 30; d += 0.25) {
        expect(scale(d)).toBeCloseTo(d3(d), 9);
        expect(scale.invert(scale(d))).toBeCloseTo(d3.invert(d3(d)), 9);
      }
      for (let px = -100; px <= 1100; px += 7)
        expect(scale.invert(px)).toBeCloseTo(d3.invert(px), 9);
    }
  });

  it('puts the seed story’s days where its shown days say, on 1000 px less its padding', () => {
    // Shown days: 21 July–1 August (12, padded), August's break (3 for 27), 29–31 August (3),
    // 1–2 September at true length (2), 3–5 September (3): 23 shown days on 848 px from 12 px.
    const scale = createDayScale(segments, 1000, 12, 140);
    const u = 848 / 23;
    for (const [date, shown] of [
      ['2023-07-21', 0],
      ['2023-07-25', 4],
      ['2023-08-02', 12], // the break's first day
      ['2023-08-29', 15], // the first day after it
      ['2023-09-01', 18],
      ['2023-09-05', 22],
      ['2023-09-06', 23] // the day after the last: the range's end
    ] as const) {
      expect(scale(day(date))).toBeCloseTo(12 + shown * u, 9);
      expect(scale.invert(12 + shown * u)).toBeCloseTo(day(date), 9);
    }
    // Within the break, its 27 days share 3 shown days evenly; a quarter day is a quarter day.
    expect(scale(day('2023-08-02') + 13.5)).toBeCloseTo(12 + (12 + 1.5) * u, 9);
    expect(scale(day('2023-07-25') + 0.25)).toBeCloseTo(12 + 4.25 * u, 9);
  });

  it('has no break when events are close together', () => {
    const near = compressGaps(
      [
        { start: 10, end: 12 },
        { start: 18, end: 18 }
      ],
      { start: 10, end: 18 }
    );
    expect(near.breaks).toEqual([]);
    expect(near.positions.at(-1)).toBe(9);
  });
});

describe('zoom and pan', () => {
  const limits = { minK: 1, maxK: 20 };

  it('keeps the point under the pointer in place', () => {
    const t = zoomAt({ k: 1, x: 0 }, 2, 300, limits);
    expect(t).toEqual({ k: 2, x: -300 });
    // base position 300 stays at screen 300
    expect(t.k * 300 + t.x).toBe(300);
  });

  it('clamps the zoom between its limits', () => {
    expect(zoomAt({ k: 18, x: 0 }, 4, 0, limits).k).toBe(20);
    expect(zoomAt({ k: 1, x: 0 }, 0.5, 0, limits).k).toBe(1);
  });

  it('never pans the story out of view', () => {
    // The story runs from 12 to 800 px at zoom 1 (room for labels after it).
    expect(clampPan({ k: 2, x: 500 }, 12, 800).x).toBe(-12); // the first day stays at 12
    expect(clampPan({ k: 2, x: -5000 }, 12, 800).x).toBe(-800); // the last stays at 800
    expect(clampPan({ k: 1, x: 300 }, 12, 800).x).toBe(0);
    expect(centreOn(400, 1000, 4, { start: 12, end: 800 })).toEqual({ k: 4, x: -1100 });
    expect(centreOn(790, 1000, 4, { start: 12, end: 800 }).x).toBe(-2400);
  });
});
