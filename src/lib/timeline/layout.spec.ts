import { describe, expect, it } from 'vitest';
import { fitLabel, layoutHorizontal, stackLabels, wrapLabel, type LayoutItem } from './layout.ts';

const pos = (day: number) => day * 20; // 20 px a day

function overlaps(a: { left: number; right: number }, b: { left: number; right: number }) {
  return a.left < b.right && b.left < a.right;
}

describe('layoutHorizontal', () => {
  it('stacks events of the same lane and day so that no mark touches another label', () => {
    const items: LayoutItem[] = [
      { start: 10, end: 10, lane: 0, label: 'Kim veut aller en Russie' },
      { start: 10, end: 10, lane: 0, label: 'Ce que chacun cherche' },
      { start: 11, end: 11, lane: 0, label: 'Sullivan met en garde' },
      { start: 10, end: 10, lane: 1, label: 'Choïgou évoque des exercices' }
    ];
    const { placed, rows } = layoutHorizontal(items, pos, 2);
    expect(rows).toEqual([3, 1]);
    for (const a of placed)
      for (const b of placed)
        if (a !== b && a.lane === b.lane && a.row === b.row) expect(overlaps(a, b)).toBe(false);
    expect(placed[3]!.row).toBe(0); // other lanes are laid out on their own
  });

  it('keeps events far apart on one row', () => {
    const items: LayoutItem[] = [
      { start: 0, end: 0, lane: 0, label: 'Un' },
      { start: 30, end: 30, lane: 0, label: 'Deux' }
    ];
    expect(layoutHorizontal(items, pos, 1).rows).toEqual([1]);
  });

  it('draws a single day as a point and a range as a band with the wider span around it', () => {
    const { placed } = layoutHorizontal(
      [{ start: 25, end: 27, lane: 0, label: 'Visite', outer: { start: 21, end: 31 } }],
      pos,
      1
    );
    expect(placed[0]).toMatchObject({
      point: false,
      x0: 500,
      x1: 560,
      outer: { x0: 420, x1: 640 }
    });
    expect(placed[0]!.left).toBe(420);
    // The label starts after the wider span, never over its hatching.
    expect(placed[0]!.labelX).toBeGreaterThan(640);
  });

  it('puts a label left of its mark when it would cross the right edge of the view', () => {
    const items: LayoutItem[] = [
      { start: 10, end: 10, lane: 0, label: 'Au milieu' },
      { start: 48, end: 48, lane: 0, label: 'Tout au bout de la frise' }
    ];
    const { placed } = layoutHorizontal(items, pos, 1, undefined, 1000);
    expect(placed[0]!.anchor).toBe('start');
    expect(placed[1]!.anchor).toBe('end');
    expect(placed[1]!.labelX).toBeLessThan(960);
    expect(placed[1]!.right).toBeLessThanOrEqual(1000);
  });
});

describe('labels', () => {
  it.each([
    { label: 'Court', max: 10, expected: 'Court' },
    { label: 'Jake Sullivan met en garde Pyongyang', max: 20, expected: 'Jake Sullivan met…' },
    { label: 'Anticonstitutionnellement', max: 10, expected: 'Anticonst…' }
  ])('fitLabel("$label", $max) = "$expected"', ({ label, max, expected }) => {
    expect(fitLabel(label, max)).toBe(expected);
    expect(fitLabel(label, max).length).toBeLessThanOrEqual(max);
  });

  it('wraps on words into at most two lines', () => {
    expect(wrapLabel('Kim veut aller en Russie, dit Washington', 20)).toEqual([
      'Kim veut aller en',
      'Russie, dit…'
    ]);
    expect(wrapLabel('Le Kremlin ne confirme pas', 30)).toEqual(['Le Kremlin ne confirme pas']);
  });

  it('pushes labels down on a phone so they never overlap, keeping marks where they are', () => {
    const items: LayoutItem[] = [4, 4, 4, 5].map((d, i) => ({
      start: d,
      end: d,
      lane: 0,
      label: `Événement ${i}`
    }));
    const { labels } = stackLabels(items, pos, 30);
    expect(labels.map((l) => l.y)).toEqual([90, 90, 90, 110]);
    for (let i = 1; i < labels.length; i++)
      expect(labels[i]!.labelY).toBeGreaterThanOrEqual(labels[i - 1]!.labelY + 16 + 10);
  });
});
