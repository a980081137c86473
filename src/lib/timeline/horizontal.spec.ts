import { describe, expect, it } from 'vitest';
import { BANDS, drawnTransform, laneBands, rowCentre, stretchOf } from './horizontal.ts';

describe('laneBands', () => {
  const lane = (rows: number) => BANDS.header + rows * BANDS.row + BANDS.pad;
  const first = BANDS.axis + BANDS.gap;

  it('stacks the lanes, each as tall as its rows, one row at least', () => {
    const { bands, height } = laneBands([2, 0, 1], [true, true, true]);
    expect(bands.map((b) => b.top)).toEqual([first, first + lane(2), first + lane(2) + lane(1)]);
    expect(bands.map((b) => b.height)).toEqual([lane(2), lane(1), lane(1)]);
    expect(height).toBe(first + lane(2) + lane(1) + lane(1) + 4);
  });

  it('gives a hidden lane no room: the next starts where it would have', () => {
    const { bands, height } = laneBands([2, 3, 1], [true, false, true]);
    expect(bands[1]).toEqual({ index: 1, top: first + lane(2), height: 0, shown: false });
    expect(bands[2]!.top).toBe(first + lane(2));
    expect(height).toBe(first + lane(2) + lane(1) + 4);
  });

  it('centres a row in its band', () => {
    const { bands } = laneBands([3], [true]);
    expect(rowCentre(bands[0]!, 0)).toBe(first + BANDS.header + BANDS.row / 2);
    expect(rowCentre(bands[0]!, 2)).toBe(first + BANDS.header + 2.5 * BANDS.row);
  });
});

describe('drawnTransform', () => {
  const drawn = { k: 2, x: -100 };
  const rows = [
    { name: 'a small pan moves the drawing whole', view: { k: 2, x: -300 }, expected: drawn },
    { name: 'a pan to the buffer still does', view: { k: 2, x: 400 }, expected: drawn },
    { name: 'a pan past the buffer lays it out again', view: { k: 2, x: 401 }, redraw: true },
    { name: 'a pan past it the other way too', view: { k: 2, x: -601 }, redraw: true },
    { name: 'any zoom lays it out again', view: { k: 2.01, x: -100 }, redraw: true }
  ];
  for (const { name, view, expected, redraw } of rows)
    it(name, () => expect(drawnTransform(drawn, view, 500)).toBe(redraw ? view : expected));
});

describe('drawnTransform while a zoom goes on', () => {
  // A screen of 1,000 px, the drawing laid out at k 2 reaching 500 px beyond each side.
  const drawn = { k: 2, x: -100 };
  const rows = [
    { name: 'a step in at the centre stretches it', view: { k: 3, x: -400 }, kept: true },
    { name: 'two steps in too', view: { k: 4.5, x: -850 }, kept: true },
    { name: 'three steps in lay it out again', view: { k: 6.75, x: -1525 }, kept: false },
    { name: 'a step out at the centre stretches it', view: { k: 4 / 3, x: 100 }, kept: true },
    { name: 'two steps out lay it out again', view: { k: 8 / 9, x: 233.3 }, kept: false },
    // Panned 450 px right (view.x -100 → 350), then out by ×1.5 at the centre: the drawing's
    // left end would come on screen.
    {
      name: 'a step out that would show its end lays it out',
      view: { k: 4 / 3, x: 400 },
      kept: false
    }
  ];
  for (const { name, view, kept } of rows)
    it(name, () => expect(drawnTransform(drawn, view, 500, true, 1000)).toBe(kept ? drawn : view));

  it('lays it out once the zoom rests', () =>
    expect(drawnTransform(drawn, { k: 3, x: -650 }, 500, false, 1000)).toEqual({ k: 3, x: -650 }));
});

describe('stretchOf', () => {
  it('puts each point of the drawing where the view puts it', () => {
    const drawn = { k: 2, x: -100 };
    const view = { k: 3, x: -650 };
    const from = -500;
    const { scale, dx } = stretchOf(drawn, view, from);
    expect(scale).toBe(1.5);
    // Days at zoom 1: 10, 300 and 720 px; drawn at k 2, then shown under the view.
    for (const base of [10, 300, 720]) {
      const d = drawn.k * base + drawn.x;
      expect(from + dx + scale * (d - from)).toBeCloseTo(view.k * base + view.x, 9);
    }
  });

  it('only moves a drawing not stretched, by the pan since it was laid out', () =>
    expect(stretchOf({ k: 2, x: -100 }, { k: 2, x: -40 }, -500)).toEqual({ scale: 1, dx: 60 }));
});
