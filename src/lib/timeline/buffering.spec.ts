import { describe, expect, it } from 'vitest';
import {
  backOf,
  BUILD_BUDGET,
  buildOrder,
  distanceFrom,
  ELEMENTS,
  initialBuffers,
  isWhole,
  nextBuffers,
  nextReach,
  NOTHING
} from './buffering.ts';

const at = (k: number, x = 0) => ({ k, x });

describe('nextBuffers', () => {
  it('leaves the drawing alone while its transform stays', () => {
    const start = initialBuffers(at(1));
    expect(nextBuffers(start, start.a!)).toBe(start);
  });

  it('lays a pan out again in place, in the slot on screen', () => {
    const start = initialBuffers(at(1));
    const panned = at(1, -900);
    const next = nextBuffers(start, panned);
    expect(next).toMatchObject({ a: panned, b: undefined, front: 'a' });
    expect(next.ids).toEqual(start.ids);
  });

  it('builds a zoom in the other slot, the one on screen kept as it is', () => {
    const start = initialBuffers(at(1));
    const zoomed = at(2.25, -500);
    const next = nextBuffers(start, zoomed);
    expect(next).toMatchObject({ a: start.a, b: zoomed, front: 'a' });
    expect(backOf(next)).toBe('b');
    expect(nextBuffers(next, zoomed)).toBe(next);
  });

  it('finishes a build under way before it starts the next zoom', () => {
    const first = at(2.25);
    const building = nextBuffers(initialBuffers(at(1)), first);
    const later = at(5);
    expect(nextBuffers(building, later)).toBe(building);
    // Whole, the first is swapped in, and the next starts in the slot the old front left.
    const next = nextBuffers(building, later, first);
    expect(next).toMatchObject({ a: later, b: first, front: 'b' });
    expect(next.ids.b).toBe(building.ids.b);
    expect(next.ids.a).toBeGreaterThan(building.ids.b);
  });

  it('starts no build while the front, swapped in early, is still being made', () => {
    const first = at(2.25);
    const swapped = nextBuffers(nextBuffers(initialBuffers(at(1)), first), first, first, first);
    expect(swapped).toMatchObject({ a: undefined, b: first, front: 'b' });
    expect(nextBuffers(swapped, at(5), first, first)).toBe(swapped);
    expect(nextBuffers(swapped, at(5), first)).toMatchObject({ a: at(5), front: 'b' });
    // A pan lays it out again in place, whole.
    expect(nextBuffers(swapped, at(2.25, 900), first, first)).toMatchObject({
      b: at(2.25, 900),
      front: 'b'
    });
  });

  it('drops the build when the zoom comes back to the one on screen', () => {
    const start = initialBuffers(at(1));
    const building = nextBuffers(start, at(2.25));
    const back = nextBuffers(building, at(1, 30));
    expect(back).toMatchObject({ a: at(1, 30), b: undefined, front: 'a' });
    expect(backOf(back)).toBeUndefined();
  });

  it('swaps a whole build in, keeping its slot and id, and drops the old front', () => {
    const zoomed = at(2.25);
    const building = nextBuffers(initialBuffers(at(1)), zoomed);
    const swapped = nextBuffers(building, zoomed, zoomed);
    expect(swapped).toMatchObject({ a: undefined, b: zoomed, front: 'b' });
    expect(swapped.ids).toEqual(building.ids);
    expect(nextBuffers(swapped, zoomed, zoomed)).toBe(swapped);
    // The next zoom builds in the slot the old front left.
    const next = nextBuffers(swapped, at(5), zoomed);
    expect(next).toMatchObject({ a: at(5), b: zoomed, front: 'b' });
    expect(next.ids.a).toBeGreaterThan(swapped.ids.b);
  });

  it('swaps in only the build that is whole', () => {
    const building = nextBuffers(initialBuffers(at(1)), at(2.25));
    const other = at(2.25);
    expect(nextBuffers(building, building.b!, other)).toBe(building);
  });
});

describe('the build, from the screen out', () => {
  const centre = 500;
  const span = (left: number, right = left + 10) => ({ left, right });

  it('measures each item from the centre, 0 when it spans it', () => {
    expect(distanceFrom(centre, span(490, 520))).toBe(0);
    expect(distanceFrom(centre, span(600))).toBe(100);
    expect(distanceFrom(centre, span(300, 450))).toBe(50);
  });

  it('orders clusters and marks together, nearest first, each with its elements', () => {
    const order = buildOrder([span(900)], [span(520), span(100, 120)], centre);
    expect(order).toEqual([
      { distance: 20, elements: ELEMENTS.mark },
      { distance: 380, elements: ELEMENTS.mark },
      { distance: 400, elements: ELEMENTS.cluster }
    ]);
  });

  it('reaches out a frame at a time, within the budget, until the drawing is whole', () => {
    const marks = Array.from({ length: 300 }, (_, i) => span(i * 20 - 2000));
    const order = buildOrder([], marks, centre);
    let reach = NOTHING;
    let frames = 0;
    let made = 0;
    while (!isWhole(order, reach)) {
      const next = nextReach(order, reach);
      const elements = order
        .filter((item) => item.distance > reach && item.distance <= next)
        .reduce((n, item) => n + item.elements, 0);
      expect(elements).toBeGreaterThan(0);
      expect(elements).toBeLessThanOrEqual(BUILD_BUDGET);
      made += elements;
      reach = next;
      frames++;
    }
    expect(made).toBe(300 * ELEMENTS.mark);
    expect(frames).toBeLessThanOrEqual(Math.ceil((300 * ELEMENTS.mark) / BUILD_BUDGET) + 2);
  });

  it('makes all the items at one distance together, even over the budget', () => {
    const order = buildOrder([], [span(495), span(490), span(600)], centre);
    expect(nextReach(order, NOTHING, 1)).toBe(0);
    expect(nextReach(order, 0, 1)).toBe(100);
    expect(isWhole(order, 99)).toBe(false);
    expect(isWhole(order, 100)).toBe(true);
  });

  it('is whole at once when there is nothing to make', () => {
    expect(isWhole([], NOTHING)).toBe(true);
    expect(nextReach([], NOTHING)).toBe(NOTHING);
  });
});
