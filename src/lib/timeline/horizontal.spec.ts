import { describe, expect, it } from 'vitest';
import { BANDS, drawnTransform, laneBands, rowCentre } from './horizontal.ts';

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
