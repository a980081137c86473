/**
 * Stories that span ages: the scale, the axis and both layouts over day numbers far beyond what
 * a Date holds (13.8 billion years are about 5·10^12 days), with inline timeline data.
 */
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../story/calendar-date.ts';
import { messagesFor } from '../i18n/catalogues.ts';
import { calendarNames } from './names.ts';
import { layoutHorizontal, layoutVertical, LABEL_METRICS } from './layout.ts';
import { durationLabel } from './mark-names.ts';
import { phoneScale } from './phone-scale.ts';
import { mergeIntervals } from './scale.ts';
import { axisLabelWidth, LABEL_DX, timeTicks, yearLabel, type Tick } from './ticks.ts';
import type { TimelineData, TimelineEvent } from './timeline-data.ts';
import { TimelineView } from './timeline-view.svelte.ts';

const day = toDayNumber;
const names = calendarNames('fr');
const messages = messagesFor('fr');
const links = { story: '/s/', event: (s: string) => `/s/${s}/`, list: (p: number) => `/s/${p}/` };

/** A year-precision event (1 January to 31 December) of lane `lane`. */
const yearEvent = (slug: string, year: string, lane = 0): TimelineEvent => ({
  slug,
  label: slug,
  title: slug,
  lane,
  start: day(`${year}-01-01`),
  end: day(`${year}-12-31`),
  precision: 'days',
  dateLabel: year
});

function timelineData(events: TimelineEvent[]): TimelineData {
  const covered = mergeIntervals(events);
  return {
    lanes: [
      { id: 'cosmos', label: 'Cosmos' },
      { id: 'humains', label: 'Humains' }
    ],
    extent: { start: covered[0]!.start, end: covered.at(-1)!.end },
    covered,
    reach: { before: 0, after: 365 },
    count: events.length,
    events,
    names,
    periods: [
      {
        id: 'hadeen',
        label: 'Hadéen',
        start: day('-4500000000-01-01'),
        end: day('-4000000000-12-31'),
        dateLabel: ''
      },
      {
        id: 'antiquite',
        label: 'Antiquité',
        start: day('-0800-01-01'),
        end: day('0476-12-31'),
        dateLabel: ''
      }
    ]
  };
}

const COSMOS = timelineData([
  yearEvent('big-bang', '-13800000000'),
  yearEvent('terre', '-4500000000'),
  yearEvent('dinosaures', '-66000000'),
  yearEvent('republique', '-0500', 1),
  yearEvent('an-zero', '0000', 1),
  yearEvent('lune', '1969', 1),
  yearEvent('aujourd-hui', '2023', 1)
]);
const ANTIQUITY = timelineData(
  Array.from({ length: 11 }, (_, i) => yearEvent(`an-${i}`, formatYear(-500 + i * 100), i % 2))
);
function formatYear(year: number) {
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : digits;
}

/** The labels shown, in order, never overlapping nor running into a break; no NaN anywhere. */
function expectReadable(ticks: Tick[], breakStarts: number[]) {
  for (const t of ticks) {
    expect(Number.isFinite(t.pos) && Number.isFinite(t.mid)).toBe(true);
    expect(t.label).not.toMatch(/NaN|undefined|Infinity/);
  }
  const shown = ticks.filter((t) => t.showLabel).sort((a, b) => a.pos - b.pos);
  for (let i = 1; i < shown.length; i++)
    expect(shown[i]!.pos + LABEL_DX).toBeGreaterThanOrEqual(
      shown[i - 1]!.pos + LABEL_DX + axisLabelWidth(shown[i - 1]!.label)
    );
  for (const t of shown) {
    const wall = breakStarts.find((x) => x > t.pos);
    if (wall !== undefined)
      expect(t.pos + LABEL_DX + axisLabelWidth(t.label)).toBeLessThanOrEqual(wall);
  }
}

describe('year labels', () => {
  it.each([
    { year: 2023, label: '2023' },
    { year: 1, label: '1' },
    { year: 0, label: '1 av. J.-C.' },
    { year: -499, label: '500 av. J.-C.' },
    { year: -9999, label: '10\u202f000 av. J.-C.' },
    { year: -65_999_999, label: '66 Ma' },
    { year: -4_499_999_999, label: '4,5 Ga' },
    { year: -13_799_999_999, label: '13,8 Ga' },
    { year: 12_000, label: '12\u202f000' }
  ])('$year → $label', ({ year, label }) => {
    expect(yearLabel(year, names)).toBe(label);
  });
});

describe.each([
  { name: 'a story from the Big Bang to 2023', data: COSMOS },
  { name: 'a story of the years -500 to 500', data: ANTIQUITY }
])('$name', ({ data }) => {
  const view = (mode: 'compressed' | 'linear', length = 1200) => {
    const v = new TimelineView(data, links);
    v.length = length;
    v.setMode(mode);
    return v;
  };

  it.each(['compressed', 'linear'] as const)(
    'maps every event to a finite place, in order, and back (%s)',
    (mode) => {
      const v = view(mode);
      let previous = -Infinity;
      for (const e of data.events) {
        const x0 = v.pos(e.start);
        const x1 = v.pos(e.end + 1);
        expect(Number.isFinite(x0) && Number.isFinite(x1)).toBe(true);
        expect(x0).toBeGreaterThanOrEqual(previous);
        expect(x1).toBeGreaterThanOrEqual(x0);
        previous = x0;
        expect(Math.abs(v.dayAt(x0) - e.start)).toBeLessThan(Math.max(1, 1e-9 * Math.abs(e.start)));
      }
      expect(v.pos(data.extent.start)).toBe(12);
    }
  );

  it.each(['compressed', 'linear'] as const)(
    'draws a readable axis at every zoom, down to days, around each event (%s)',
    (mode) => {
      const v = view(mode);
      const breakStarts = () => v.segments.breaks.map((b) => v.pos(b.from));
      for (const e of data.events) {
        v.transform = { k: 1, x: 0 };
        for (let step = 0; v.transform.k < v.maxK && step < 80; step++) {
          v.zoomBy(2.5, v.pos(e.start + 180));
          const ticks = timeTicks(v.segments, v.pos, -40, v.length + 40, names);
          expect(ticks.length).toBeLessThan(400);
          expectReadable(ticks, breakStarts());
        }
        // The deepest zoom shows the event's days, and the axis names them.
        expect(v.pos(e.start + 181) - v.pos(e.start + 180)).toBeGreaterThan(40);
        const ticks = timeTicks(v.segments, v.pos, 0, v.length, names);
        expect(ticks.some((t) => t.kind === 'day' && t.showLabel)).toBe(true);
      }
    }
  );

  it('names years on the whole story, with the era where it is before year 1', () => {
    const v = view('linear');
    const ticks = timeTicks(v.segments, v.pos, 0, v.length, names).filter((t) => t.showLabel);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.some((t) => / av\. J\.-C\.| Ga/.test(t.label))).toBe(true);
  });

  it('lays out both drawings without NaN, and the phone fits its scale in a few screens', () => {
    for (const mode of ['compressed', 'linear'] as const) {
      const v = view(mode);
      const wide = layoutHorizontal(data.events, v.pos, 2, LABEL_METRICS, v.length);
      expect(wide.placed.length + wide.clusters.length).toBeGreaterThan(0);
      for (const p of wide.placed) expect(Number.isFinite(p.x0 + p.x1 + p.labelX)).toBe(true);

      const phone = phoneScale(v.segments, data.events);
      expect(phone.length).toBeLessThanOrEqual(6 * 844);
      expect(Number.isFinite(phone.maxK)).toBe(true);
      const tall = layoutVertical({
        events: data.events,
        reach: data.reach,
        laneCount: 2,
        names,
        messages,
        scale: phone,
        k: 1,
        width: 358
      });
      expect(tall.entries.length).toBeGreaterThan(0);
      for (const t of tall.ticks) expect(t.label).not.toMatch(/NaN|undefined/);
      for (const e of tall.entries)
        expect(Number.isFinite(e.kind === 'mark' ? e.band.y : e.label.y)).toBe(true);
    }
  });
});

describe('the compressed axis of the cosmos', () => {
  it('says its long gaps in millions and billions of years', () => {
    const v = new TimelineView(COSMOS, links);
    expect(v.segments.breaks.map((b) => durationLabel(b.days, messages))).toEqual([
      '≈ 9,3 milliards d’années',
      '≈ 4,4 milliards d’années',
      '≈ 66 millions d’années',
      '≈ 499 ans',
      '≈ 2 millénaires',
      '≈ 53 ans'
    ]);
  });
});
