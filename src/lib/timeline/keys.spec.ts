import { describe, expect, it } from 'vitest';
import { keyAction, type KeyAction, type KeyContext, type KeyPress } from './keys.ts';

const ALL = [0, 1, 2, 3, 4, 5, 6, 7];
/** A search whose matches are events 2, 5 and 6. */
const MATCHES = [2, 5, 6];

const rows: {
  name: string;
  press: KeyPress;
  context: Partial<KeyContext>;
  expected: KeyAction | undefined;
}[] = [
  {
    name: '→ from the open event opens the next',
    press: { key: 'ArrowRight' },
    context: { current: 3, selected: 3 },
    expected: { kind: 'select', index: 4 }
  },
  {
    name: '← from the open event opens the previous',
    press: { key: 'ArrowLeft' },
    context: { current: 3, selected: 3 },
    expected: { kind: 'select', index: 2 }
  },
  {
    name: '→ with nothing open opens the first',
    press: { key: 'ArrowRight' },
    context: {},
    expected: { kind: 'select', index: 0 }
  },
  {
    name: '→ at the last event goes nowhere',
    press: { key: 'ArrowRight' },
    context: { current: 7, selected: 7 },
    expected: { kind: 'none' }
  },
  {
    name: '← at the first event goes nowhere',
    press: { key: 'ArrowLeft' },
    context: { current: 0, selected: 0 },
    expected: { kind: 'none' }
  },
  {
    name: 'End opens the last, Home the first',
    press: { key: 'End' },
    context: { current: 2, selected: 2 },
    expected: { kind: 'select', index: 7 }
  },
  {
    name: 'Home opens the first',
    press: { key: 'Home' },
    context: { current: 2, selected: 2 },
    expected: { kind: 'select', index: 0 }
  },
  {
    name: '→ from a focused mark moves from it, not from the open event',
    press: { key: 'ArrowRight' },
    context: { current: 5, selected: 1 },
    expected: { kind: 'select', index: 6 }
  },
  {
    name: '→ onto the open event only moves focus to it',
    press: { key: 'ArrowRight' },
    context: { current: 5, selected: 6 },
    expected: { kind: 'focus', index: 6 }
  },
  {
    name: 'held →: moves on from the page on its way',
    press: { key: 'ArrowRight' },
    context: { current: 4, selected: 3, pending: 4 },
    expected: { kind: 'select', index: 5 }
  },
  {
    name: 'a search: → steps to the next match',
    press: { key: 'ArrowRight' },
    context: { steps: MATCHES, current: 2, selected: 2 },
    expected: { kind: 'select', index: 5 }
  },
  {
    name: 'a search: ← steps to the previous match',
    press: { key: 'ArrowLeft' },
    context: { steps: MATCHES, current: 6, selected: 6 },
    expected: { kind: 'select', index: 5 }
  },
  {
    name: 'a search: → from an event that is not a match goes to the next match',
    press: { key: 'ArrowRight' },
    context: { steps: MATCHES, current: 3, selected: 3 },
    expected: { kind: 'select', index: 5 }
  },
  {
    name: 'a search: ← from before every match goes to the first',
    press: { key: 'ArrowLeft' },
    context: { steps: MATCHES, current: 0, selected: 0 },
    expected: { kind: 'select', index: 2 }
  },
  {
    name: 'a search: → past the last match stays on it',
    press: { key: 'ArrowRight' },
    context: { steps: MATCHES, current: 6, selected: 6 },
    expected: { kind: 'none' }
  },
  {
    name: 'a search that matches nothing: the arrows go nowhere',
    press: { key: 'ArrowRight' },
    context: { steps: [], current: 3, selected: 3 },
    expected: { kind: 'none' }
  },
  {
    name: '+ zooms in',
    press: { key: '+' },
    context: {},
    expected: { kind: 'zoom', factor: 'in' }
  },
  {
    name: '= zooms in',
    press: { key: '=' },
    context: {},
    expected: { kind: 'zoom', factor: 'in' }
  },
  {
    name: '− zooms out',
    press: { key: '-' },
    context: {},
    expected: { kind: 'zoom', factor: 'out' }
  },
  { name: '0 shows all', press: { key: '0' }, context: {}, expected: { kind: 'show-all' } },
  {
    name: 'Space on a mark activates it',
    press: { key: ' ' },
    context: { onMark: true },
    expected: { kind: 'activate' }
  },
  {
    name: 'Space elsewhere is the browser’s',
    press: { key: ' ' },
    context: {},
    expected: undefined
  },
  {
    name: 'ctrl + → is the browser’s',
    press: { key: 'ArrowRight', ctrlKey: true },
    context: { current: 3 },
    expected: undefined
  },
  {
    name: 'alt + 0 is the browser’s',
    press: { key: '0', altKey: true },
    context: {},
    expected: undefined
  },
  { name: 'a letter is the browser’s', press: { key: 'a' }, context: {}, expected: undefined },
  { name: 'Tab is the browser’s', press: { key: 'Tab' }, context: {}, expected: undefined }
];

describe('keyAction', () => {
  for (const { name, press, context, expected } of rows)
    it(name, () =>
      expect(keyAction(press, { steps: ALL, onMark: false, ...context })).toEqual(expected)
    );
});
