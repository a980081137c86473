import { describe, expect, it } from 'vitest';
import { fitLabelToWidth } from './layout.ts';
import { placePeriods, type TimelinePeriod } from './periods.ts';

const width = (text: string) => text.length * 6;
const place = (periods: TimelinePeriod[], viewStart = 0, pxPerDay = 10) =>
  placePeriods(periods, {
    pos: (d) => d * pxPerDay,
    from: -100,
    to: 1000,
    viewStart,
    textWidth: width,
    fit: (label, room) => fitLabelToWidth(label, room, width)
  });

const VISIT = { id: 'visite', label: 'Visite de Choïgou', start: 10, end: 12, dateLabel: '' };
const SUMMIT = { id: 'sommet', label: 'Sommet', start: 40, end: 43, dateLabel: '' };

describe('placePeriods', () => {
  it('spans each period from its first day’s start to its last day’s end', () => {
    expect(place([SUMMIT, VISIT]).map(({ id, x0, x1 }) => ({ id, x0, x1 }))).toEqual([
      { id: 'visite', x0: 100, x1: 130 },
      { id: 'sommet', x0: 400, x1: 440 }
    ]);
  });

  it('writes a name from its band, running past a narrow band but never into the next', () => {
    const [visit] = place([VISIT, SUMMIT]);
    expect(visit!.labelAt).toBe(104);
    expect(visit!.label).toBe('Visite de Choïgou'); // 102 px, past its 30 px band
    const [crowded] = place([VISIT, { ...SUMMIT, start: 14, end: 20 }]);
    expect(crowded!.label).toMatch(/…$/);
    expect(crowded!.labelAt + width(crowded!.label)).toBeLessThanOrEqual(140 - 4);
  });

  it('keeps the name of a band that began before the view at the view’s start', () => {
    const [summit] = place([SUMMIT], 420);
    expect(summit!.labelAt).toBe(424);
    expect(summit!.label.length).toBeGreaterThan(0);
  });

  it('leaves out bands outside the drawing', () => {
    expect(place([VISIT, SUMMIT], 0, 100).map((p) => p.id)).toEqual(['visite']);
  });
});
