import { describe, expect, it } from 'vitest';
import { makeTimeline } from './make-timelinejs-fixture.js';

type Slide = ReturnType<typeof makeTimeline>['events'][number];
type Parts = NonNullable<Slide['start_date']>;

/** TimelineJS's own rule for a date part (validDateConfig, DateUtil.js): an integer or blank. */
const validPart = (value: unknown) =>
  value === undefined || typeof value === 'number' || /^(-?\d+)?$/.test(String(value));
const dateKeys = ['year', 'month', 'day', 'hour', 'minute'] as const;

describe('the TimelineJS fixture generator', () => {
  const timeline = makeTimeline(400, 1);
  const { events } = timeline;
  const count = (test: (slide: Slide) => boolean) => dated.filter(test).length;
  /** The slides that have a year, which TimelineJS shows; a few have none. */
  const dated = events.filter((e) => String(e.start_date?.year ?? '').trim() !== '');
  const start = (slide: Slide) => slide.start_date as Parts;

  it('is reproducible from its seed, and another seed makes another file', () => {
    expect(JSON.stringify(makeTimeline(400, 1))).toBe(JSON.stringify(timeline));
    expect(JSON.stringify(makeTimeline(400, 2))).not.toBe(JSON.stringify(timeline));
    expect(makeTimeline(37, 3).events).toHaveLength(37);
  });

  it.each([1, 2, 3, 4, 5, 6])(
    'seed %i: a title slide, 4–6 groups, 3–5 eras with their ends',
    (seed) => {
      const t = makeTimeline(400, seed);
      expect(t.title.text?.headline).toBeTruthy();
      expect(t.title.media?.url).toMatch(/^https:/);
      const groups = new Set(t.events.map((e) => e.group).filter(Boolean));
      expect(groups.size).toBeGreaterThanOrEqual(4);
      expect(groups.size).toBeLessThanOrEqual(6);
      expect(t.eras.length).toBeGreaterThanOrEqual(3);
      expect(t.eras.length).toBeLessThanOrEqual(5);
      for (const era of t.eras) {
        expect(era.text.headline).toBeTruthy();
        expect(Number(era.end_date.year)).toBeGreaterThan(Number(era.start_date.year));
      }
    }
  );

  it('has a few slides without a year, which TimelineJS drops', () => {
    expect(events.length - dated.length).toBeGreaterThan(0);
    expect(events.length - dated.length).toBeLessThanOrEqual(5);
    expect(events.some((e) => e.start_date === undefined)).toBe(true);
  });

  it('writes every date part as TimelineJS accepts it, as numbers and as strings', () => {
    for (const slide of events)
      for (const date of [slide.start_date, slide.end_date])
        for (const key of dateKeys) expect(validPart(date?.[key]), JSON.stringify(date)).toBe(true);
    const years = dated.map((e) => start(e).year);
    expect(years.some((y) => typeof y === 'number')).toBe(true);
    expect(years.some((y) => typeof y === 'string')).toBe(true);
    const months = dated.map((e) => start(e).month).filter((m) => m !== undefined);
    expect(months.some((m) => typeof m === 'string' && m.startsWith('0'))).toBe(true);
  });

  it('has every kind of date a newsroom writes', () => {
    const has = {
      bce: count((e) => Number(start(e).year) < 0),
      yearOnly: count((e) => start(e).month === undefined),
      yearRange: count((e) => start(e).month === undefined && Boolean(e.end_date?.year)),
      month: count((e) => start(e).month !== undefined && start(e).day === undefined),
      day: count((e) => start(e).day !== undefined && !e.end_date && start(e).hour === undefined),
      days: count((e) => start(e).day !== undefined && Boolean(e.end_date?.day)),
      acrossMonths: count(
        (e) => Boolean(e.end_date?.day) && Number(e.end_date?.month) !== Number(start(e).month)
      ),
      hoursAndMinutes: count((e) => start(e).minute !== undefined),
      hourAlone: count((e) => start(e).hour !== undefined && start(e).minute === undefined),
      blankEnd: count((e) => e.end_date?.year === ''),
      endEqualToStart: count(
        (e) => e.end_date !== undefined && dateKeys.every((k) => e.end_date?.[k] === start(e)[k])
      ),
      slideDisplayDate: count((e) => Boolean(e.display_date)),
      startDisplayDate: count((e) => Boolean(start(e).display_date))
    };
    for (const [kind, n] of Object.entries(has)) expect(n, kind).toBeGreaterThan(0);
  });

  it('gives a part of a month in words only where the range is exactly that part', () => {
    const parts = dated.filter((e) => /^(début|mi-|fin) /.test(start(e).display_date ?? ''));
    expect(parts.length).toBeGreaterThan(0);
    for (const e of parts) {
      const [first, last] = [Number(start(e).day), Number(e.end_date?.day)];
      const third = start(e).display_date!.split(/[ -]/)[0];
      expect(first).toBe({ début: 1, mi: 11, fin: 21 }[third!]);
      expect(last - first).toBeGreaterThanOrEqual(third === 'fin' ? 7 : 9);
      expect(Number(e.end_date?.month)).toBe(Number(start(e).month));
    }
  });

  it('has media links, quotations, thumbnails, HTML texts, ids, backgrounds and no group', () => {
    expect(
      count((e) => /^https:\/\//.test(e.media?.url ?? '') && !!e.media?.credit)
    ).toBeGreaterThan(50);
    expect(count((e) => /^<blockquote>/.test(e.media?.url ?? ''))).toBeGreaterThan(2);
    expect(count((e) => Boolean(e.media?.thumbnail))).toBeGreaterThan(0);
    for (const markup of ['<p>', '<a href="https://', '<em>', '<ul><li>', '<br>', '&amp;'])
      expect(
        count((e) => Boolean(e.text?.text?.includes(markup))),
        markup
      ).toBeGreaterThan(0);
    expect(count((e) => Boolean(e.text?.headline?.includes('<em>')))).toBeGreaterThan(0);
    expect(count((e) => Boolean(e.unique_id))).toBeGreaterThan(20);
    expect(count((e) => Boolean(e.background?.color))).toBeGreaterThan(0);
    expect(count((e) => Boolean(e.background?.url))).toBeGreaterThan(0);
    expect(count((e) => !e.group)).toBeGreaterThan(0);
  });

  it('repeats a few headlines on other dates, and no other', () => {
    const seen = new Map<string, number>();
    for (const e of dated) seen.set(e.text!.headline!, (seen.get(e.text!.headline!) ?? 0) + 1);
    const repeated = [...seen].filter(([, n]) => n > 1);
    expect(repeated.length).toBeGreaterThan(0);
    expect(repeated.length).toBeLessThanOrEqual(3);
  });
});
