/**
 * Pointer gestures on the horizontal timeline, without the DOM: one pointer drags to pan, two
 * pinch to zoom about their midpoint. A pointer that moved more than a few px made a drag, and
 * the click that ends it must not open an event. On the phone's vertical timeline, one finger
 * scrolls the page (the browser's), two pinch (VerticalPinch).
 */
export interface PanZoomTarget {
  panBy(dx: number): void;
  zoomBy(factor: number, anchor: number): void;
}

interface Point {
  x: number;
  y: number;
}

/** Fingers closer than this give unreliable ratios: ignore the pinch until they part. */
const MIN_PINCH_DISTANCE = 24;

export class PanZoomGesture {
  #pointers = new Map<number, Point>();
  #start: Point | null = null;
  #pinch = 0;
  #dragged = false;

  constructor(
    private readonly target: PanZoomTarget,
    private readonly threshold = 5
  ) {}

  down(id: number, x: number, y: number): void {
    this.#pointers.set(id, { x, y });
    if (this.#pointers.size === 1) {
      this.#start = { x, y };
      this.#dragged = false;
    }
    this.#pinch = this.#distance();
  }

  /** Returns true when this move starts a drag (the caller then captures the pointer). */
  move(id: number, x: number, y: number): boolean {
    const previous = this.#pointers.get(id);
    if (!previous || !this.#start) return false;
    this.#pointers.set(id, { x, y });
    if (this.#pointers.size >= 2) {
      const distance = this.#distance();
      if (this.#pinch >= MIN_PINCH_DISTANCE && distance >= MIN_PINCH_DISTANCE) {
        const [a, b] = [...this.#pointers.values()];
        this.target.zoomBy(distance / this.#pinch, (a!.x + b!.x) / 2);
      }
      this.#pinch = distance;
      this.#dragged = true;
      return false;
    }
    const starting = !this.#dragged && Math.abs(x - this.#start.x) >= this.threshold;
    if (!this.#dragged && !starting) return false;
    this.#dragged = true;
    this.target.panBy(x - previous.x);
    return starting;
  }

  up(id: number): void {
    this.#pointers.delete(id);
    this.#pinch = this.#distance();
    if (this.#pointers.size === 0) this.#start = null;
  }

  /** True once after a drag or pinch: the click it ends is swallowed. */
  consumeDrag(): boolean {
    const dragged = this.#dragged;
    this.#dragged = false;
    return dragged;
  }

  #distance(): number {
    if (this.#pointers.size < 2) return 0;
    const [a, b] = [...this.#pointers.values()];
    return Math.hypot(a!.x - b!.x, a!.y - b!.y);
  }
}

/** What the drawing needs of a wheel event. */
export interface WheelInput {
  deltaX: number;
  deltaY: number;
  /** 0: px, 1: lines, 2: pages (WheelEvent.deltaMode). */
  deltaMode: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export type WheelAction = { kind: 'zoom'; factor: number } | { kind: 'pan'; dx: number };

/** A line of wheel scrolling, px (what browsers scroll for deltaMode 1). */
const LINE_PX = 16;
/** px of wheel for a zoom by e (about 2.7×): a notch of 100 px zooms by about 1.4×. */
const ZOOM_PX = 300;

/**
 * What a wheel does on the wide drawing: ctrl (or ⌘, and a trackpad pinch, which browsers send
 * as ctrl + wheel) zooms at the pointer; shift or a sideways swipe pans; a plain vertical wheel
 * is left to the page (undefined), so that it scrolls and is never trapped.
 */
export function wheelAction(e: WheelInput, width: number): WheelAction | undefined {
  const unit = e.deltaMode === 1 ? LINE_PX : e.deltaMode === 2 ? width : 1;
  if (e.ctrlKey || e.metaKey)
    return { kind: 'zoom', factor: Math.exp((-e.deltaY * unit) / ZOOM_PX) };
  if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY))
    return { kind: 'pan', dx: -(e.shiftKey && e.deltaX === 0 ? e.deltaY : e.deltaX) * unit };
  return undefined;
}

/**
 * One step of a pinch on the vertical timeline: zoom by `factor`, and the day that was under
 * the fingers' midpoint at `from` (px from the screen's top) goes under it at `to`.
 */
export interface PinchStep {
  factor: number;
  from: number;
  to: number;
}

/** Two steps as one: what the first moved to `to`, the second moves on. */
export const combinePinchSteps = (a: PinchStep, b: PinchStep): PinchStep => ({
  factor: a.factor * b.factor,
  from: a.from,
  to: b.to
});

/** Two fingers on the vertical timeline: how far apart they are, and where their midpoint is. */
export class VerticalPinch {
  #distance = 0;
  #middle = 0;
  #active = false;

  get active(): boolean {
    return this.#active;
  }

  start(a: Point, b: Point): void {
    this.#active = true;
    this.#distance = Math.hypot(a.x - b.x, a.y - b.y);
    this.#middle = (a.y + b.y) / 2;
  }

  /** The step since the last move (a move alone while the fingers are too close to measure). */
  move(a: Point, b: Point): PinchStep | null {
    if (!this.#active) return null;
    const distance = Math.hypot(a.x - b.x, a.y - b.y);
    const middle = (a.y + b.y) / 2;
    const measured = this.#distance >= MIN_PINCH_DISTANCE && distance >= MIN_PINCH_DISTANCE;
    const step = {
      factor: measured ? distance / this.#distance : 1,
      from: this.#middle,
      to: middle
    };
    this.#distance = distance;
    this.#middle = middle;
    return step;
  }

  end(): void {
    this.#active = false;
  }
}
