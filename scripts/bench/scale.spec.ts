import { describe, expect, it } from 'vitest';
import { SEQUENCE, VIS_ZOOM_FRICTION, frameStats, loadStats, percentile } from './scale.js';
import { toVisData } from './vis-page.js';

describe('frame statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });

  it('counts a frame as late only past 16.7 ms plus the timestamps’ jitter', () => {
    // 16.6 to 16.8 ms is on time at 60 Hz; 33.4 and 50.1 are one and two frames late.
    const intervals = [16.7, 16.8, 16.6, 16.7, 33.4, 50.1];
    const stamps = intervals.reduce((list, d) => [...list, list.at(-1)! + d], [1000]);
    const stats = frameStats(stamps);
    expect(stats.count).toBe(6);
    expect(stats.over).toBeCloseTo(2 / 6);
    expect(stats.overTwo).toBeCloseTo(1 / 6);
    expect(stats.max).toBeCloseTo(50.1);
  });
});

describe('the benchmark sequence', () => {
  it('zooms in and back out by the same factor, and pans back to where it was', () => {
    let zoom = 1;
    let pan = 0;
    for (const step of SEQUENCE) {
      if (step.kind === 'zoom') zoom *= step.factor;
      else pan += step.dx;
    }
    expect(zoom).toBeCloseTo(1);
    expect(pan).toBe(0);
  });

  it('makes one vis-timeline wheel notch zoom ×1.5, as in our app', () => {
    expect(1 + 1 / VIS_ZOOM_FRICTION).toBeCloseTo(1.5);
  });
});

describe('vis-timeline data', () => {
  it('makes a box of a single day and a range ending the day after the last day', () => {
    const data = toVisData({
      id: 's',
      bounds: { start: '2019-01-01', end: '2019-12-31' },
      lanes: [{ id: 'a', label: 'A' }],
      events: [
        {
          slug: 'one',
          title: 'One',
          short: 'Un',
          lane: 'a',
          date: { start: '2019-02-01', end: '2019-02-01' }
        },
        { slug: 'two', title: 'Two', lane: 'a', date: { start: '2019-02-27', end: '2019-02-28' } }
      ]
    });
    expect(data.items).toEqual([
      { id: 'one', content: 'Un', start: '2019-02-01', group: 'a' },
      { id: 'two', content: 'Two', start: '2019-02-27', end: '2019-03-01', group: 'a' }
    ]);
    expect(data.groups).toEqual([{ id: 'a', content: 'A' }]);
    expect(data.end).toBe('2020-01-01');
  });
});

describe('time to drawn over several loads', () => {
  it('gives the median and the slowest, from navigation and from the load event', () => {
    const loads = [
      { drawnMs: 900, loadMs: 500 },
      { drawnMs: 700, loadMs: 450 },
      { drawnMs: 1200, loadMs: 520 },
      { drawnMs: 800, loadMs: 300 },
      { drawnMs: 760, loadMs: 400 }
    ];
    expect(loadStats(loads)).toEqual({
      count: 5,
      median: 800,
      max: 1200,
      afterMedian: 400,
      afterMax: 680
    });
    expect(loadStats([])).toBeNull();
  });
});
