import { describe, expect, it } from 'vitest';
import { cluster, mark } from './phone-entries.fixture.ts';
import {
  bandAround,
  entryExtent,
  entryKey,
  sameValue,
  screenAfterZoom,
  stableEntries
} from './phone-layout.ts';

describe('entryKey', () => {
  it('keys a mark by its event and a cluster by its first event', () => {
    expect(entryKey(mark(12, 0))).toBe('12');
    expect(entryKey(cluster([12, 13, 14, 15], 0))).toBe('c12');
  });
});

describe('sameValue', () => {
  it.each([
    { a: 1, b: 1, same: true },
    { a: 1, b: 2, same: false },
    { a: { y: 1, lines: ['a'] }, b: { y: 1, lines: ['a'] }, same: true },
    { a: { y: 1, lines: ['a'] }, b: { y: 1, lines: ['b'] }, same: false },
    { a: { y: 1 }, b: { y: 1, outer: { y: 0 } }, same: false },
    { a: [1, 2], b: { 0: 1, 1: 2 }, same: false },
    { a: null, b: {}, same: false }
  ])('$a and $b: $same', ({ a, b, same }) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe('stableEntries', () => {
  it('keeps the object of an entry drawn as before, and takes the new one of a changed one', () => {
    const first = stableEntries(new Map(), [mark(1, 10), mark(2, 20), cluster([3, 4, 5, 6], 30)]);
    const again = stableEntries(first.byKey, [
      mark(1, 10),
      mark(2, 25),
      cluster([3, 4, 5, 6], 30),
      mark(7, 40)
    ]);
    expect(again.entries[0]).toBe(first.entries[0]);
    expect(again.entries[1]).not.toBe(first.entries[1]);
    expect(again.entries[1]!.label.y).toBe(25);
    expect(again.entries[2]).toBe(first.entries[2]);
    expect(again.entries.map(entryKey)).toEqual(['1', '2', 'c3', '7']);
    // What was not drawn this time is forgotten.
    const third = stableEntries(again.byKey, [mark(7, 40)]);
    expect([...third.byKey.keys()]).toEqual(['7']);
  });
});

describe('entryExtent', () => {
  it('spans the mark, its band and its label', () => {
    expect(entryExtent(mark(1, 100))).toEqual({ top: 92, bottom: 108 });
    expect(entryExtent(mark(1, 100, ['two', 'lines']))).toEqual({ top: 90, bottom: 128 });
    const long = { ...mark(1, 100), point: false, band: { y: 100, height: 300 } };
    expect(entryExtent(long)).toEqual({ top: 92, bottom: 400 });
    expect(entryExtent(cluster([1, 2, 3, 4], 50))).toEqual({ top: 41, bottom: 59 });
  });
});

describe('bandAround', () => {
  it('reaches the margin beyond the screen, both ways', () => {
    expect(bandAround({ top: 1000, height: 844 }, 24)).toEqual({ top: 976, bottom: 1868 });
  });
});

describe('screenAfterZoom', () => {
  it('puts the anchor day where it stays on screen, in the new zoom', () => {
    const y = (day: number) => 16 + 3 * day;
    expect(screenAfterZoom({ day: 100, screenY: 300 }, y, 844)).toEqual({ top: 16, height: 844 });
  });
});
