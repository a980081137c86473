import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../story/calendar-date.ts';
import { chooseTickKind } from './ticks.ts';
import {
  clusterZoom,
  PHONE_SCALE,
  phoneScale,
  pinchStretch,
  pinchTransform,
  revealScroll,
  scrollFor,
  settledScreen,
  zoomAnchor
} from './phone-scale.ts';
import { compressGaps, linearSegments, mergeIntervals, type DayInterval } from './scale.ts';

const day = toDayNumber;
type Event = DayInterval & { lane: number };

/** A seeded story of n one-day events over five years (2019–2023) in five lanes. */
function fiveYears(n: number, seed = 1): Event[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const start = day('2019-01-01');
  return Array.from({ length: n }, () => {
    const d = start + Math.floor(next() * 1826);
    return { start: d, end: d, lane: Math.floor(next() * 5) };
  }).sort((a, b) => a.start - b.start);
}
const FIVE_YEARS = { start: day('2019-01-01'), end: day('2023-12-31') };
// The seed story: 8 events over six weeks, August empty.
const SEED: Event[] = [
  { start: day('2023-07-25'), end: day('2023-07-27'), lane: 1 },
  { start: day('2023-07-27'), end: day('2023-07-27'), lane: 2 },
  { start: day('2023-08-30'), end: day('2023-08-30'), lane: 0 },
  { start: day('2023-09-04'), end: day('2023-09-04'), lane: 0 },
  { start: day('2023-09-04'), end: day('2023-09-04'), lane: 3 },
  { start: day('2023-09-05'), end: day('2023-09-05'), lane: 0 },
  { start: day('2023-09-05'), end: day('2023-09-05'), lane: 1 },
  { start: day('2023-09-05'), end: day('2023-09-05'), lane: 1 }
];
const SEED_EXTENT = { start: day('2023-07-21'), end: day('2023-09-05') };

const segmentsOf = (events: Event[], extent: DayInterval) =>
  compressGaps(mergeIntervals(events), extent);
/** The drawing may take 6 screens; its axis, that less what is drawn around it. */
const SCREEN = 844;
const AXIS_CAP = 6 * SCREEN - 274;

describe('phoneScale', () => {
  it.each([
    {
      name: 'the seed story keeps the reading scale: 30 px a shown day',
      events: SEED,
      extent: SEED_EXTENT,
      length: (shownDays: number) => shownDays * 30
    },
    {
      name: '100 events over five years fit in six screens',
      events: fiveYears(100),
      extent: FIVE_YEARS,
      length: () => AXIS_CAP
    },
    {
      name: '1,000 events over five years fit in six screens',
      events: fiveYears(1_000),
      extent: FIVE_YEARS,
      length: () => AXIS_CAP
    },
    {
      name: '10,000 events over five years fit in six screens',
      events: fiveYears(10_000),
      extent: FIVE_YEARS,
      length: () => AXIS_CAP
    }
  ])('$name', ({ events, extent, length }) => {
    const segments = segmentsOf(events, extent);
    const scale = phoneScale(segments, events, SCREEN);
    expect(scale.length).toBeCloseTo(length(segments.positions.at(-1)!), 6);
    // Every day of the story is on the axis, in order, from 0 to its length.
    expect(scale.scale(extent.start)).toBe(0);
    expect(scale.scale(extent.end + 1)).toBeCloseTo(scale.length, 6);
    for (let i = 1; i < scale.segments.positions.length; i++)
      expect(scale.segments.positions[i]!).toBeGreaterThan(scale.segments.positions[i - 1]!);
    expect(scale.segments.breaks).toEqual(segments.breaks);
  });

  it('draws the seed story as the phone drew it: breaks 90 px, days 30', () => {
    const segments = segmentsOf(SEED, SEED_EXTENT);
    const { scale } = phoneScale(segments, SEED, SCREEN);
    const august = segments.breaks[0]!;
    expect(scale(august.to) - scale(august.from)).toBeCloseTo(90, 6);
    expect(scale(day('2023-09-05')) - scale(day('2023-09-04'))).toBeCloseTo(30, 6);
  });

  it('gives a long story months the axis can name (72 px on average)', () => {
    const events = fiveYears(10_000);
    const { length } = phoneScale(segmentsOf(events, FIVE_YEARS), events, SCREEN);
    expect(chooseTickKind(length / 1826)).toBe('month');
  });

  it('gives busy weeks room and squeezes quiet ones', () => {
    // A quiet year, one event a month, and one busy week of 60 events a day apart or so.
    const quiet = Array.from({ length: 12 }, (_, m): Event => {
      const d = day(`2022-${String(m + 1).padStart(2, '0')}-15`);
      return { start: d, end: d, lane: 0 };
    });
    const busy = Array.from({ length: 60 }, (_, i): Event => {
      const d = day('2022-06-06') + (i % 7);
      return { start: d, end: d, lane: i % 5 };
    });
    const events = [...quiet, ...busy].sort((a, b) => a.start - b.start);
    const extent = { start: day('2022-01-01'), end: day('2022-12-31') };
    const { scale } = phoneScale(linearSegments(extent), events, SCREEN);
    const perDay = (from: string, to: string) =>
      (scale(day(to)) - scale(day(from))) / (day(to) - day(from));
    const busyWeek = perDay('2022-06-06', '2022-06-13');
    const quietWeek = perDay('2022-10-03', '2022-10-10');
    expect(busyWeek).toBeGreaterThan(10 * quietWeek);
    // The busy week gives each of its events (a label row each) about as much as it asks.
    expect(busyWeek * 7).toBeGreaterThan(60 * 15);
  });

  it('never squeezes a compressed stretch below its minimum', () => {
    const events = fiveYears(100);
    const segments = segmentsOf(events, FIVE_YEARS);
    const { scale } = phoneScale(segments, events, SCREEN);
    expect(segments.breaks.length).toBeGreaterThan(10);
    for (const b of segments.breaks)
      expect(scale(b.to) - scale(b.from)).toBeGreaterThanOrEqual(PHONE_SCALE.minBreakPx - 1e-9);
  });

  it('is bounded by screens, whatever their height', () => {
    const events = fiveYears(1_000);
    for (const screen of [667, 844, 932])
      expect(phoneScale(segmentsOf(events, FIVE_YEARS), events, screen).length).toBeCloseTo(
        6 * screen - 274,
        6
      );
  });

  it('grows smoothly from the reading scale as a story outgrows it', () => {
    // Stories of n days with an event a day: the reading length grows by 30 px a day until the
    // cap, then stays there; no jump in between.
    const lengths = [150, 155, 160, 165, 170].map((days) => {
      const extent = { start: 0, end: days - 1 };
      const events = Array.from({ length: days }, (_, d): Event => ({ start: d, end: d, lane: 0 }));
      return Math.round(phoneScale(linearSegments(extent), events, SCREEN).length);
    });
    expect(lengths).toEqual([4500, 4650, AXIS_CAP, AXIS_CAP, AXIS_CAP]);
  });

  it.each([
    { name: 'the seed story', events: SEED, extent: SEED_EXTENT },
    { name: '10,000 events', events: fiveYears(10_000), extent: FIVE_YEARS }
  ])('at its deepest zoom, $name gives every busy day room to part its marks', (story) => {
    const scale = phoneScale(segmentsOf(story.events, story.extent), story.events, SCREEN);
    expect(scale.maxK).toBeGreaterThan(1);
    for (const e of story.events)
      expect(scale.maxK * (scale.scale(e.end + 1) - scale.scale(e.start))).toBeGreaterThanOrEqual(
        PHONE_SCALE.maxPxPerDay - 1e-6
      );
  });
});

describe('zooming on the phone', () => {
  // A drawing of 1,000 px, 10 px a day, the screen showing its px 300 to 1,100.
  const y = (d: number) => 10 * d;
  const dayAt = (px: number) => px / 10;
  const screen = { top: 300, height: 800 };

  it.each([
    {
      name: 'keeps the open event where it is, when on screen',
      selected: 50,
      expected: { day: 50, screenY: 200 }
    },
    {
      name: 'brings the open event to the middle of the screen when it is off screen',
      selected: 5,
      expected: { day: 5, screenY: 400 }
    },
    {
      name: 'keeps the middle of the screen without an open event',
      selected: undefined,
      expected: { day: 65, screenY: 350 }
    }
  ])('$name', ({ selected, expected }) => {
    expect(zoomAnchor(screen, 1000, y, dayAt, selected)).toEqual(expected);
  });

  it('keeps the middle of the part of the screen that the drawing takes', () => {
    // The drawing starts 400 px down the screen.
    expect(zoomAnchor({ top: -400, height: 800 }, 1000, y, dayAt)).toEqual({
      day: 20,
      screenY: 600
    });
  });

  it('scrolls so that the anchor stays where it was, at the new zoom', () => {
    // Zoomed ×2: day 65 is at 1,300 px in the drawing, whose top is 500 px down the page.
    expect(scrollFor({ day: 65, screenY: 350 }, (d) => 20 * d, 500)).toBe(1450);
  });

  it.each([
    { name: 'a cluster of 12 px fills most of the screen', k: 1, span: 12, expected: 42.2 },
    { name: 'a long cluster zooms one step at least', k: 2, span: 800, expected: 3 },
    { name: 'never past the deepest zoom', k: 1, span: 0.5, expected: 50 }
  ])('$name', ({ k, span, expected }) => {
    expect(clusterZoom(k, 50, span, 844, 1.5)).toBeCloseTo(expected, 1);
  });

  it.each([
    { at: 400, scrollY: 1000, expected: 1000 },
    { at: 800, scrollY: 1000, expected: 1378 },
    { at: -2000, scrollY: 5000, expected: 2578 }
  ])(
    'reveals a mark at $at px on screen by scrolling to $expected',
    ({ at, scrollY, expected }) => {
      expect(revealScroll(at, 844, scrollY)).toBe(expected);
    }
  );
});

describe('settledScreen', () => {
  const laid = { top: 1000, height: 844 };
  it('keeps the screen the marks were laid out for while the page scrolls less than a step', () => {
    expect(settledScreen({ top: 1299, height: 844 }, laid, 300)).toBe(laid);
    expect(settledScreen({ top: 701, height: 844 }, laid, 300)).toBe(laid);
  });
  it('moves to the screen once it has scrolled a step, or changed height, or was never laid out', () => {
    const far = { top: 1300, height: 844 };
    expect(settledScreen(far, laid, 300)).toBe(far);
    const taller = { top: 1000, height: 900 };
    expect(settledScreen(taller, laid, 300)).toBe(taller);
    expect(settledScreen(far, undefined, 300)).toBe(far);
    expect(settledScreen(undefined, laid, 300)).toBeUndefined();
  });
});

describe('a pinch stretching the phone drawing', () => {
  it('adds each step to the stretch, within the zoom bounds', () => {
    expect(pinchStretch(2, 1, 1.5, 8)).toBeCloseTo(1.5);
    expect(pinchStretch(2, 1.5, 1.5, 8)).toBeCloseTo(2.25);
    expect(pinchStretch(2, 3, 2, 8)).toBeCloseTo(4); // k 16 would pass maxK 8
    expect(pinchStretch(1.2, 1, 0.5, 8)).toBeCloseTo(1 / 1.2); // not below the whole story
  });
  it('puts the day under the fingers where they are, stretched about it', () => {
    // The day at 400 px down the drawing, whose top is 100 px down the screen; fingers at 300.
    const transform = pinchTransform(400, 100, 300, 1.5);
    const [, dy, s] = /translateY\((.+)px\) scaleY\((.+)\)/.exec(transform)!.map(Number);
    expect(100 + dy! + s! * 400).toBeCloseTo(300);
    expect(s).toBe(1.5);
  });
});
