import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../story/calendar-date.ts';
import type { TimelineData } from './model.ts';
import { TimelineView } from './timeline-view.svelte.ts';

const day = toDayNumber;
const links = { story: '/s/', event: (slug: string) => `/s/${slug}/` };
const data: TimelineData = {
  lanes: [{ id: 'a', label: 'A' }],
  extent: { start: day('2023-07-21'), end: day('2023-09-05') },
  events: [
    {
      slug: 'juillet',
      label: 'J',
      title: 'J',
      lane: 0,
      start: day('2023-07-25'),
      end: day('2023-07-27'),
      precision: 'days',
      dateLabel: ''
    },
    {
      slug: 'lundi',
      label: 'L',
      title: 'L',
      lane: 0,
      start: day('2023-09-04'),
      end: day('2023-09-04'),
      precision: 'day',
      dateLabel: ''
    }
  ],
  names: { months: [], monthsShort: [], weekdaysShort: [] }
};

describe('TimelineView', () => {
  it('fits the whole story at first', () => {
    const view = new TimelineView(data, links);
    view.length = 1000;
    expect(view.pos(data.extent.start)).toBe(12);
    // Room is kept on the right for the last label.
    expect(view.pos(data.extent.end + 1)).toBeCloseTo(1000 - view.padEnd, 6);
    expect(view.padEnd).toBeGreaterThan(100);
  });

  it('zooms in around the anchor and back out to the whole story', () => {
    const view = new TimelineView(data, links);
    view.length = 1000;
    const before = view.pos(day('2023-09-04'));
    view.zoomBy(4, before);
    expect(view.transform.k).toBe(4);
    expect(view.pos(day('2023-09-04'))).toBeCloseTo(before, 6);
    view.showAll();
    expect(view.transform).toEqual({ k: 1, x: 0 });
  });

  it('never pans the whole story off screen, however far the reader drags', () => {
    const view = new TimelineView(data, links);
    view.length = 1000;
    view.zoomBy(100, 500);
    view.panBy(-1e6);
    expect(view.pos(data.extent.end + 1)).toBeCloseTo(view.content.end, 6);
    view.panBy(1e6);
    expect(view.pos(data.extent.start)).toBeCloseTo(view.content.start, 6);
  });

  it('pans an event into view when it is selected off screen', () => {
    const view = new TimelineView(data, links);
    view.length = 1000;
    view.setMode('linear');
    view.zoomBy(8, 0); // the start of the story fills the screen; September is far right
    expect(view.pos(day('2023-09-04'))).toBeGreaterThan(1000);
    view.reveal('lundi');
    const x = view.pos(day('2023-09-04'));
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(1000);
    expect(view.transform.k).toBe(8);
  });

  it('switches to the linear scale, where the gap is at its true length', () => {
    const view = new TimelineView(data, links);
    view.length = 1000;
    const compressedGap = view.pos(day('2023-09-04')) - view.pos(day('2023-07-27'));
    view.setMode('linear');
    expect(view.segments.breaks).toEqual([]);
    const linearGap = view.pos(day('2023-09-04')) - view.pos(day('2023-07-27'));
    expect(linearGap).toBeGreaterThan(compressedGap);
    expect(linearGap).toBeCloseTo((39 / 47) * (1000 - 12 - view.padEnd), 6);
  });
});
