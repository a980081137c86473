import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../story/calendar-date.ts';
import { calendarNames } from './names.ts';
import type { TimelineData } from './timeline-data.ts';
import { eventRange, TimelineView } from './timeline-view.svelte.ts';

const day = toDayNumber;
const links = {
  story: '/s/',
  event: (slug: string) => `/s/${slug}/`,
  list: (page: number) => `/s/liste/${page}/`
};
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
  covered: [
    { start: day('2023-07-25'), end: day('2023-07-27') },
    { start: day('2023-09-04'), end: day('2023-09-04') }
  ],
  reach: { before: 0, after: 2 },
  count: 2,
  names: calendarNames('fr'),
  periods: []
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

describe('a long story, fetched once', () => {
  const partial: TimelineData = { ...data, events: [] };
  const respond = (body: unknown, status = 200) =>
    (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

  it('is not ready until its events arrive, then draws them all', async () => {
    const view = new TimelineView(partial, links);
    expect(view.ready).toBe(false);
    await view.load('/s/timeline.json', respond({ events: data.events }));
    expect(view.ready).toBe(true);
    expect(view.index.get('lundi')).toBe(1);
    expect(view.failure).toBeUndefined();
  });

  it('says why when the events cannot be had, and stays not ready', async () => {
    const view = new TimelineView(partial, links);
    await view.load('/s/timeline.json', respond({}, 404));
    expect(view.failure).toBe('HTTP 404');
    await view.load('/s/timeline.json', respond({ events: data.events.slice(1) }));
    expect(view.failure).toBe('1 events, 2 expected');
    expect(view.ready).toBe(false);
  });
});

describe('eventRange', () => {
  it('finds the events that may be drawn between two days, wider spans included', () => {
    // juillet: 25–27 July (reach after 2); lundi: 4 Sept.
    expect(eventRange(data, day('2023-07-27'), day('2023-08-30'))).toEqual([0, 1]);
    expect(eventRange(data, day('2023-07-28'), day('2023-08-30'))).toEqual([1, 1]);
    expect(eventRange(data, day('2023-08-01'), day('2023-09-04'))).toEqual([1, 2]);
    const wide = { ...data, reach: { before: 5, after: 2 } };
    // An event whose wider span starts five days before its first day.
    expect(eventRange(wide, day('2023-07-01'), day('2023-07-21'))).toEqual([0, 1]);
  });
});

describe('search and lanes shown', () => {
  const respond = (body: unknown, status = 200) =>
    (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;
  const three: TimelineData = {
    ...data,
    lanes: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' }
    ],
    events: [
      { ...data.events[0]!, slug: 'visite', title: 'Choïgou en visite', lane: 0 },
      { ...data.events[1]!, slug: 'lundi', title: 'Kim veut aller en Russie', lane: 1 },
      {
        ...data.events[1]!,
        slug: 'mardi',
        title: 'Choïgou évoque des exercices',
        lane: 1,
        start: day('2023-09-05'),
        end: day('2023-09-05')
      }
    ],
    count: 3
  };
  const words = {
    words: ['choigou en visite', 'kim veut aller en russie', 'choigou evoque des exercices']
  };

  it('matches once the words arrive, and steps through the matches only', async () => {
    const view = new TimelineView(three, links);
    view.setOptions({ linear: false, query: 'Choïg' });
    expect(view.searching).toBe(false); // the words are on their way
    expect(view.steps).toEqual([0, 1, 2]);
    await view.loadSearch('/s/search.json', respond(words));
    expect(view.searching).toBe(true);
    expect([...view.matches!]).toEqual([1, 0, 1]);
    expect(view.steps).toEqual([0, 2]);
    expect(view.search).toBe('?q=Cho%C3%AFg');
  });

  it('says why the words cannot be had', async () => {
    const view = new TimelineView(three, links);
    await view.loadSearch('/s/search.json', respond({}, 404));
    expect(view.searchFailure).toBe('HTTP 404');
    await view.loadSearch('/s/search.json', respond({ words: ['a'] }));
    expect(view.searchFailure).toBe('1 events, 3 expected');
  });

  it('leaves a hidden lane out of the steps, and its days out of the compressed axis', () => {
    const view = new TimelineView(three, links);
    const before = view.segments.breaks.length;
    view.setOptions({ linear: false, query: '', lanes: ['a'] });
    expect(view.lanesShown).toEqual([true, false]);
    expect(view.steps).toEqual([0]);
    expect(view.search).toBe('?voies=a');
    // Only July is left: September's days are squeezed out with the rest.
    expect(view.segments.breaks.length).toBe(before);
    expect(view.segments.breaks.at(-1)!.to).toBe(day('2023-09-06'));
  });

  it('"Tout voir" fits what a search found, or the whole story', async () => {
    const view = new TimelineView(three, links);
    view.length = 1000;
    view.setOptions({ linear: false, query: 'kim' });
    await view.loadSearch('/s/search.json', respond(words));
    view.showAll();
    expect(view.transform.k).toBeGreaterThan(1);
    const [x0, x1] = [view.pos(day('2023-09-04')), view.pos(day('2023-09-05'))];
    expect(x0).toBeGreaterThan(0);
    expect(x1).toBeLessThan(1000);
    view.setOptions({ linear: false, query: '' });
    view.showAll();
    expect(view.transform).toEqual({ k: 1, x: 0 });
    // The phone's drawing, with its own scale, shows the whole story, the matches in it.
    view.setOptions({ linear: false, query: 'kim' });
    view.zoomLimit = 12;
    view.zoomBy(3);
    view.showAll();
    expect(view.transform).toEqual({ k: 1, x: 0 });
  });

  it('keeps the zoom and the same days on screen when its width changes', () => {
    const view = new TimelineView(three, links);
    view.length = 1200;
    view.zoomBy(4, 900);
    const left = view.dayAt(0);
    const right = view.dayAt(1200);
    view.resize(790);
    expect(view.transform.k).toBe(4);
    expect(view.dayAt(0)).toBeCloseTo(left, 0);
    expect(view.dayAt(790)).toBeCloseTo(right, 0);
    view.resize(1200);
    expect(view.dayAt(0)).toBeCloseTo(left, 6);
  });
});
