import { describe, expect, it } from 'vitest';
import { VERTICAL } from './layout.ts';
import { cluster, mark as labelled } from './phone-entries.fixture.ts';
import {
  advance,
  BUILD,
  drawOrder,
  drawnPart,
  dropSome,
  entryElements,
  layerEntries,
  nextFrame,
  trimmed,
  wholeBuffer,
  zoomed,
  type Buffer
} from './phone-buffer.ts';
import type { VerticalEntry } from './phone-layout.ts';

// A mark here has a label's line unless told otherwise: the build's budget counts them.
const mark = (index: number, y: number, lines = ['a label']) => labelled(index, y, lines);

const indices = (entries: readonly VerticalEntry[]) =>
  entries.map((e) => (e.kind === 'mark' ? e.index : `c${e.members[0]}`));

describe('entryElements', () => {
  it.each([
    { entry: mark(1, 0, []), elements: 3, what: 'a mark without its label: group, link, shape' },
    { entry: mark(1, 0, ['one', 'two']), elements: 8, what: 'a mark and two lines' },
    {
      entry: { ...mark(1, 0, []), outer: { y: 0, height: 9 } },
      elements: 4,
      what: 'an outer span'
    },
    { entry: cluster([1, 2, 3, 4], 0), elements: 3, what: 'a cluster: link, round, count' },
    { entry: cluster([1, 2, 3, 4], 0, ['x']), elements: 7, what: 'a cluster and its label' }
  ])('$what: $elements', ({ entry, elements }) => {
    expect(entryElements(entry)).toBe(elements);
  });
});

describe('drawOrder', () => {
  // A screen from 1,000 to 1,800 px down the drawing.
  const screen = { top: 1000, bottom: 1800 };
  const entries = [mark(0, 200), mark(1, 900), mark(2, 1100), cluster([3, 4, 5, 6], 1500)];
  entries.push(mark(7, 1900), mark(8, 2600));

  it('draws what meets the screen first, top to bottom, then the rest nearest first', () => {
    const { order, onScreen } = drawOrder(entries, screen);
    // The mark at 900 reaches 912 (its label): 88 px above; the one at 1,900 starts at 1,890.
    expect(indices(order)).toEqual([2, 'c3', 1, 7, 0, 8]);
    expect(onScreen).toBe(2);
  });

  it("draws the open event's mark before all, wherever it is", () => {
    const { order, onScreen } = drawOrder(entries, screen, 8);
    expect(indices(order)).toEqual([8, 2, 'c3', 1, 7, 0]);
    expect(onScreen).toBe(3);
  });

  it('counts an entry whose label alone reaches the screen as on it', () => {
    const { onScreen } = drawOrder([mark(0, 990)], screen);
    expect(onScreen).toBe(1);
  });
});

describe('drawnPart', () => {
  it("keeps the layout's order, whatever the order drawn", () => {
    const entries = [mark(0, 0), mark(1, 100), mark(2, 200), mark(3, 300)];
    const order = [entries[2]!, entries[1]!, entries[3]!, entries[0]!];
    expect(indices(drawnPart(entries, order, 2))).toEqual([1, 2]);
    expect(indices(drawnPart(entries, order, 3))).toEqual([1, 2, 3]);
    expect(drawnPart(entries, order, Infinity)).toEqual(entries);
  });
});

describe('advance', () => {
  // Marks of one line: 7 elements each.
  const order = Array.from({ length: 100 }, (_, i) => mark(i, i * 20));

  it('draws at most the budget of elements a frame', () => {
    expect(advance(order, 0, 70)).toBe(10);
    expect(advance(order, 10, 70)).toBe(20);
    expect(advance(order, 0, 69)).toBe(9);
  });

  it('draws one entry at least, however small the budget', () => {
    expect(advance(order, 5, 1)).toBe(6);
  });

  it('stops at the end of the order', () => {
    expect(advance(order, 95, 1000)).toBe(100);
    expect(advance(order, 100, 1000)).toBe(100);
  });

  it('takes a few frames for a screen of about a thousand elements', () => {
    const screenful = Array.from({ length: 140 }, (_, i) => mark(i, i * 6));
    let drawn = 0;
    let frames = 0;
    while (drawn < screenful.length) {
      drawn = advance(screenful, drawn);
      frames++;
    }
    expect(frames).toBe(Math.ceil((140 * 7) / BUILD.perFrame));
  });
});

describe('dropSome', () => {
  const entries = Array.from({ length: 10 }, (_, i) => mark(i, i * 20));

  it('removes the last entries first, up to the budget of elements', () => {
    expect(indices(dropSome(entries, 21))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(dropSome(entries, 1000)).toEqual([]);
  });

  it('removes one at least', () => {
    expect(dropSome(entries, 1)).toHaveLength(9);
    expect(dropSome([], 1)).toEqual([]);
  });
});

describe('trimmed', () => {
  // Laid out at zoom 1, marks every 100 px from 0 (7 elements each); the open event is 0.
  const entries = Array.from({ length: 30 }, (_, i) => mark(i, i * 100));

  it("removes the old layer's entries off the new screen, in the old layer's px", () => {
    // At zoom 2, the screen from 1,000 to 1,800 px is, at zoom 1, from 500 + top / 2…
    const screen = { top: 1000, bottom: 1800 };
    const left = trimmed(entries, screen, 2, 1, 0, 1000);
    const at1 = (y: number) => VERTICAL.top + (y - VERTICAL.top) / 2;
    for (const entry of left.slice(1)) {
      expect(entry.label.y + 10).toBeGreaterThanOrEqual(at1(screen.top) - 10);
      expect(entry.label.y - 10).toBeLessThanOrEqual(at1(screen.bottom) + 10);
    }
    expect(indices(left)[0]).toBe(0);
    expect(left.length).toBeLessThan(15);
  });

  it('removes at most the budget of elements a frame', () => {
    const left = trimmed(entries, { top: 2000, bottom: 2800 }, 1, 1, undefined, 21);
    expect(entries.length - left.length).toBe(3);
    expect(indices(left).slice(0, 3)).toEqual([3, 4, 5]);
  });

  it('returns the same entries when nothing is off screen', () => {
    const few = entries.slice(20, 22);
    expect(trimmed(few, { top: 1900, bottom: 2300 }, 1, 1)).toBe(few);
  });
});

describe('a zoom built behind the drawing on screen', () => {
  const shown = [mark(1, 100), mark(2, 300), cluster([3, 4, 5, 6], 500)];
  // The layout at the new zoom, in drawing order: the open event (2), then the screen's.
  const order = [mark(2, 450), ...Array.from({ length: 60 }, (_, i) => mark(10 + i, i * 30))];
  const onScreen = 40;

  /** Plays the frames after a zoom from 1 to 1.5, returning each frame's buffer. */
  function play(start: Buffer) {
    const frames: Buffer[] = [];
    let buffer: Buffer | undefined = start;
    while (buffer && frames.length < 100) {
      frames.push(buffer);
      buffer = nextFrame(buffer, 1.5, order, onScreen, undefined, 2);
    }
    return frames;
  }

  it('keeps the old drawing on screen, stretched, until the new one holds the screen', () => {
    const start = zoomed(wholeBuffer(1), 1, 1.5, shown, false);
    expect(start).toMatchObject({ front: 0, frontK: 1, drawn: 0 });
    const frames = play(start);
    const swap = frames.findIndex((b) => b.front === 1);
    expect(swap).toBeGreaterThan(1);
    for (const [i, buffer] of frames.entries()) {
      const current = order.slice(0, buffer.drawn);
      const { layers, stretch } = layerEntries(buffer, 1.5, current, 2);
      if (i < swap) {
        // The old entries on screen, stretched ×1.5; the new ones hidden, the open event's
        // not among them (it is drawn once).
        expect(layers[0]).toBe(shown);
        expect(stretch).toBe(1.5);
        expect(indices(layers[1])).not.toContain(2);
      } else {
        // Swapped: the new entries on screen, the screen's all there, the open event's too.
        expect(layers[1]).toEqual(current);
        expect(stretch).toBe(1);
        expect(current.length).toBeGreaterThanOrEqual(onScreen);
        expect(indices(layers[0])).not.toContain(2);
      }
    }
    // The frames before the swap made at most the budget each, and each made some.
    for (let i = 1; i < swap; i++) {
      const made = order
        .slice(frames[i - 1]!.drawn, frames[i]!.drawn)
        .reduce((n, e) => n + entryElements(e), 0);
      expect(made).toBeGreaterThan(0);
      expect(made).toBeLessThanOrEqual(BUILD.perFrame);
    }
    // In the end: the whole layout on screen, the old layer empty.
    expect(frames.at(-1)).toMatchObject({ front: 1, frontK: 1.5, drawn: Infinity, dropping: [] });
  });

  it('the swap makes nothing: the frame of the swap draws what the frame before it drew', () => {
    const frames = play(zoomed(wholeBuffer(1), 1, 1.5, shown, false));
    const swap = frames.findIndex((b) => b.front === 1);
    expect(frames[swap]!.drawn).toBe(frames[swap - 1]!.drawn);
    // The old layer is emptied of all but the open event's mark, which the new one took.
    expect(indices(frames[swap]!.dropping)).toEqual([1, 'c3']);
  });

  it('a second zoom during the build keeps what is on screen and builds again', () => {
    const first = nextFrame(
      zoomed(wholeBuffer(1), 1, 1.5, shown, false),
      1.5,
      order,
      40,
      undefined,
      2
    )!;
    const second = zoomed(first, 1.5, 2, order.slice(0, first.drawn), false);
    expect(second).toMatchObject({ front: 0, frontK: 1, drawn: 0, frozen: shown });
    expect(layerEntries(second, 2, [], 2).stretch).toBe(2);
  });

  it('a zoom back to the one on screen, or a direct one, draws whole at once', () => {
    const building = zoomed(wholeBuffer(1), 1, 1.5, shown, false);
    expect(zoomed(building, 1.5, 1, shown, false)).toEqual(wholeBuffer(1));
    expect(zoomed(wholeBuffer(1), 1, 1.5, shown, true)).toEqual(wholeBuffer(1.5));
  });

  it('a drawing at rest has nothing to do', () => {
    expect(nextFrame(wholeBuffer(1), 1, order, onScreen)).toBeUndefined();
  });
});
