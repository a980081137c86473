/**
 * What a key does on the timeline, without the DOM: ← / → go to the previous / next event
 * (among those the reader can step through: a search's matches, the lanes shown), Home / End to
 * the first / last, + / − zoom, 0 shows all, Space activates the focused mark.
 */
export interface KeyPress {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

export interface KeyContext {
  /** The indices of the events ← / → step through, in chronological order. */
  steps: readonly number[];
  /** The event the keys move from: the one on its way (held arrows), the focused or the open one. */
  current?: number;
  /** The open event. */
  selected?: number;
  /** The event whose page is on its way (keys held down skip none). */
  pending?: number;
  /** Whether the key was pressed on a mark. */
  onMark: boolean;
}

export type KeyAction =
  /** Open this event's page. */
  | { kind: 'select'; index: number }
  /** Only move focus to this event's mark (it is open already). */
  | { kind: 'focus'; index: number }
  | { kind: 'zoom'; factor: 'in' | 'out' }
  | { kind: 'show-all' }
  /** Space on a mark: what a click on it does. */
  | { kind: 'activate' }
  /** The key is the timeline's, but there is nowhere to go (at either end). */
  | { kind: 'none' };

/** The last step before `index`, or the first step. */
function previous(steps: readonly number[], index: number | undefined): number | undefined {
  if (index === undefined) return steps[0];
  let found: number | undefined;
  for (const step of steps) {
    if (step >= index) break;
    found = step;
  }
  return found ?? steps[0];
}

/** The first step after `index`, or the last step. */
function next(steps: readonly number[], index: number | undefined): number | undefined {
  if (index === undefined) return steps[0];
  return steps.find((step) => step > index) ?? steps.at(-1);
}

/**
 * The action for a key press, or undefined when the key is not the timeline's (the browser
 * keeps it: modified keys, Tab, letters…).
 */
export function keyAction(press: KeyPress, context: KeyContext): KeyAction | undefined {
  if (press.altKey || press.ctrlKey || press.metaKey) return undefined;
  const { steps, current, selected, pending, onMark } = context;
  let target: number | undefined;
  switch (press.key) {
    case 'ArrowRight':
      target = next(steps, current);
      break;
    case 'ArrowLeft':
      target = previous(steps, current);
      break;
    case 'Home':
      target = steps[0];
      break;
    case 'End':
      target = steps.at(-1);
      break;
    case '+':
    case '=':
      return { kind: 'zoom', factor: 'in' };
    case '-':
      return { kind: 'zoom', factor: 'out' };
    case '0':
      return { kind: 'show-all' };
    case ' ':
      return onMark ? { kind: 'activate' } : undefined;
    default:
      return undefined;
  }
  // At either end there is nowhere to go: no new page, at most a move of focus.
  if (target === undefined) return { kind: 'none' };
  if (target !== selected && target !== pending) return { kind: 'select', index: target };
  if (target !== current) return { kind: 'focus', index: target };
  return { kind: 'none' };
}
