import { describe, expect, it } from 'vitest';
import {
  backOf,
  BUILD_BUDGET,
  ELEMENTS,
  initialBuffers,
  isBuilt,
  nextBuffers,
  nextChunk,
  type Made
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

describe('nextChunk', () => {
  const build = (total: Made, budget?: number) => {
    const frames: Made[] = [];
    let made: Made = { clusters: 0, marks: 0 };
    while (!isBuilt(made, total)) {
      made = nextChunk(made, total, budget);
      frames.push(made);
      if (frames.length > 10_000) throw new Error('never built');
    }
    return frames;
  };

  it('makes clusters first, then marks, within the budget a frame', () => {
    const total = { clusters: 100, marks: 300 };
    const frames = build(total);
    let last: Made = { clusters: 0, marks: 0 };
    for (const made of frames) {
      const elements =
        (made.clusters - last.clusters) * ELEMENTS.cluster +
        (made.marks - last.marks) * ELEMENTS.mark;
      expect(elements).toBeLessThanOrEqual(BUILD_BUDGET);
      if (made.marks > 0)
        expect(last.clusters === total.clusters || made.clusters === 100).toBe(true);
      last = made;
    }
    expect(last).toEqual(total);
    const elements = 100 * ELEMENTS.cluster + 300 * ELEMENTS.mark;
    expect(frames.length).toBe(Math.ceil(elements / BUILD_BUDGET));
  });

  it('is built at once when there is nothing to make', () => {
    expect(isBuilt({ clusters: 0, marks: 0 }, { clusters: 0, marks: 0 })).toBe(true);
    expect(build({ clusters: 0, marks: 0 })).toEqual([]);
  });

  it('always makes one item, however small the budget', () => {
    expect(build({ clusters: 2, marks: 3 }, 1)).toHaveLength(5);
  });

  it('follows a layout that shrank under it', () => {
    expect(nextChunk({ clusters: 50, marks: 40 }, { clusters: 10, marks: 20 })).toEqual({
      clusters: 10,
      marks: 20
    });
  });
});
