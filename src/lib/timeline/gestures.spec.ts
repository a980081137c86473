import { describe, expect, it } from 'vitest';
import {
  combinePinchSteps,
  PanZoomGesture,
  VerticalPinch,
  wheelAction,
  type WheelAction,
  type WheelInput
} from './gestures.ts';

function recorder() {
  const calls: string[] = [];
  return {
    calls,
    target: {
      panBy: (dx: number) => calls.push(`pan ${dx}`),
      zoomBy: (f: number, a: number) => calls.push(`zoom ${f.toFixed(2)} @${a}`)
    }
  };
}

describe('PanZoomGesture', () => {
  it('pans by what the pointer moved once it has moved past the threshold', () => {
    const { calls, target } = recorder();
    const g = new PanZoomGesture(target);
    g.down(1, 100, 50);
    expect(g.move(1, 102, 50)).toBe(false); // a tremble is not a drag
    expect(g.move(1, 110, 50)).toBe(true); // the drag starts: capture the pointer
    expect(g.move(1, 130, 50)).toBe(false);
    g.up(1);
    expect(calls).toEqual(['pan 8', 'pan 20']);
    expect(g.consumeDrag()).toBe(true);
    expect(g.consumeDrag()).toBe(false);
  });

  it('lets a click through when the pointer did not move', () => {
    const { calls, target } = recorder();
    const g = new PanZoomGesture(target);
    g.down(1, 100, 50);
    g.move(1, 101, 51);
    g.up(1);
    expect(calls).toEqual([]);
    expect(g.consumeDrag()).toBe(false);
  });

  it('pinches about the midpoint, by the straight-line distance between fingers', () => {
    const { calls, target } = recorder();
    const g = new PanZoomGesture(target);
    g.down(1, 100, 0);
    g.down(2, 100, 100); // fingers one above the other
    g.move(2, 102, 200); // they spread vertically; a 2 px sideways wobble must not matter
    expect(calls).toEqual(['zoom 2.00 @101']);
  });

  it('ignores a pinch while the fingers are too close to measure', () => {
    const { calls, target } = recorder();
    const g = new PanZoomGesture(target);
    g.down(1, 100, 0);
    g.down(2, 102, 0);
    g.move(2, 110, 0);
    expect(calls).toEqual([]);
  });
});

describe('wheelAction', () => {
  const wheel = (e: Partial<WheelInput>): WheelInput => ({
    deltaX: 0,
    deltaY: 0,
    deltaMode: 0,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...e
  });
  const rows: { name: string; input: Partial<WheelInput>; expected: WheelAction | undefined }[] = [
    {
      name: 'a plain vertical wheel scrolls the page',
      input: { deltaY: 100 },
      expected: undefined
    },
    {
      name: 'ctrl + wheel down zooms out',
      input: { deltaY: 100, ctrlKey: true },
      expected: { kind: 'zoom', factor: Math.exp(-1 / 3) }
    },
    {
      name: 'a pinch out (ctrl, wheel up) zooms in',
      input: { deltaY: -30, ctrlKey: true },
      expected: { kind: 'zoom', factor: Math.exp(0.1) }
    },
    {
      name: '⌘ + wheel zooms too',
      input: { deltaY: -300, metaKey: true },
      expected: { kind: 'zoom', factor: Math.E }
    },
    {
      name: 'lines count 16 px',
      input: { deltaY: 3, deltaMode: 1, ctrlKey: true },
      expected: { kind: 'zoom', factor: Math.exp(-48 / 300) }
    },
    {
      name: 'a sideways swipe pans the other way',
      input: { deltaX: 40, deltaY: 5 },
      expected: { kind: 'pan', dx: -40 }
    },
    {
      name: 'shift + vertical wheel pans',
      input: { deltaY: 120, shiftKey: true },
      expected: { kind: 'pan', dx: -120 }
    },
    {
      name: 'a page of shift + wheel pans a screen',
      input: { deltaY: 1, deltaMode: 2, shiftKey: true },
      expected: { kind: 'pan', dx: -800 }
    }
  ];
  for (const { name, input, expected } of rows)
    it(name, () => {
      const action = wheelAction(wheel(input), 800);
      if (expected?.kind === 'zoom' && action?.kind === 'zoom')
        expect(action.factor).toBeCloseTo(expected.factor, 12);
      else expect(action).toEqual(expected);
    });
});

describe('VerticalPinch', () => {
  const at = (x: number, y: number) => ({ x, y });

  it.each([
    {
      name: 'fingers spreading about a still midpoint zoom in there',
      from: [at(100, 400), at(100, 500)],
      to: [at(100, 350), at(100, 550)],
      expected: { factor: 2, from: 450, to: 450 }
    },
    {
      name: 'fingers closing zoom out',
      from: [at(50, 300), at(250, 300)],
      to: [at(100, 300), at(200, 300)],
      expected: { factor: 0.5, from: 300, to: 300 }
    },
    {
      name: 'fingers moving together carry the day under them',
      from: [at(100, 400), at(100, 500)],
      to: [at(100, 300), at(100, 400)],
      expected: { factor: 1, from: 450, to: 350 }
    },
    {
      name: 'fingers too close to measure only move',
      from: [at(100, 400), at(100, 410)],
      to: [at(100, 380), at(100, 400)],
      expected: { factor: 1, from: 405, to: 390 }
    }
  ])('$name', ({ from, to, expected }) => {
    const pinch = new VerticalPinch();
    pinch.start(from[0]!, from[1]!);
    expect(pinch.move(to[0]!, to[1]!)).toEqual(expected);
  });

  it('steps from the last move, and none once the fingers are lifted', () => {
    const pinch = new VerticalPinch();
    pinch.start(at(0, 400), at(0, 500));
    const first = pinch.move(at(0, 350), at(0, 550))!;
    const second = pinch.move(at(0, 250), at(0, 650))!;
    expect(second).toEqual({ factor: 2, from: 450, to: 450 });
    // Two steps make one: what the first moved, the second moves on.
    expect(combinePinchSteps(first, second)).toEqual({ factor: 4, from: 450, to: 450 });
    pinch.end();
    expect(pinch.active).toBe(false);
    expect(pinch.move(at(0, 0), at(0, 900))).toBeNull();
  });
});
