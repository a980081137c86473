import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { toDayNumber } from '../story/calendar-date.ts';
import {
  fitLabel,
  fitLabelToWidth,
  wholeWordsOnly,
  groupCells,
  LABEL_METRICS,
  layoutHorizontal,
  layoutVertical,
  verticalTicks,
  stackLabels,
  wrapLabel,
  type LayoutItem,
  type VerticalCluster,
  type VerticalLayoutInput,
  type VerticalMark
} from './layout.ts';
import type { TimelineEvent } from './timeline-data.ts';
import { messagesFor } from '../i18n/catalogues.ts';
import { calendarNames } from './names.ts';
import type { PhoneScale } from './phone-scale.ts';
import { linearSegments } from './scale.ts';

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

describe('clusters', () => {
  /** n events of one lane on day `day`, and a few elsewhere. */
  const burst = (n: number, day: number, lane = 0): LayoutItem[] =>
    Array.from({ length: n }, (_, i) => ({ start: day, end: day, lane, label: `É${i}` }));

  it('groups four or more events of a lane in one cell into one mark with their count', () => {
    const items = [...burst(6, 10), ...burst(2, 40), ...burst(5, 10, 1)];
    const { placed, clusters } = layoutHorizontal(items, pos, 2);
    expect(clusters.map((c) => [c.lane, c.count, c.first, c.last])).toEqual([
      [0, 6, 0, 5],
      [1, 5, 8, 12]
    ]);
    // The two events of day 40 are drawn on their own, with their labels.
    expect(placed.map((p) => p.index)).toEqual([6, 7]);
    expect(placed.every((p) => p.label !== '')).toBe(true);
  });

  it('keeps three events of a cell apart, on rows', () => {
    const { placed, clusters, rows } = layoutHorizontal(burst(3, 10), pos, 1);
    expect(clusters).toEqual([]);
    expect(placed.map((p) => p.row).sort()).toEqual([0, 1, 2]);
    expect(rows).toEqual([3]);
  });

  it('draws the open event on its own, out of its cluster', () => {
    const { placed, clusters } = layoutHorizontal(burst(6, 10), pos, 1, undefined, Infinity, {
      keep: 2
    });
    expect(placed.map((p) => p.index)).toEqual([2]);
    expect(clusters[0]!.count).toBe(5);
  });

  it('parts a cluster when zoomed in, and anchors cells to the content while panning', () => {
    const items: LayoutItem[] = Array.from({ length: 8 }, (_, i) => ({
      start: i,
      end: i,
      lane: 0,
      label: `É${i}`
    }));
    // 2 px a day: all eight in one 24 px cell.
    expect(layoutHorizontal(items, (d) => d * 2, 1).clusters).toHaveLength(1);
    // 40 px a day: each on its own.
    const zoomed = layoutHorizontal(items, (d) => d * 40, 1);
    expect(zoomed.clusters).toHaveLength(0);
    expect(zoomed.placed).toHaveLength(8);
    // Panned by 7 px: the same groups, the cells moved with the content.
    const panned = layoutHorizontal(items, (d) => d * 2 + 7, 1, undefined, Infinity, {
      cellOrigin: 7
    });
    expect(panned.clusters.map((c) => c.count)).toEqual([8]);
  });

  it('lays out only the given range of events', () => {
    const items = [...burst(2, 10), ...burst(2, 200), ...burst(2, 400)];
    const { placed } = layoutHorizontal(items, pos, 1, undefined, Infinity, { range: [2, 4] });
    expect(placed.map((p) => p.index)).toEqual([2, 3]);
  });

  it('never takes more than maxRows rows: a label with no room is left out, its mark stays', () => {
    // Ten events a day apart, each with a label far longer than a day: they cannot all be
    // labelled within two rows.
    const items: LayoutItem[] = Array.from({ length: 10 }, (_, i) => ({
      start: i * 2,
      end: i * 2,
      lane: 0,
      label: 'Un libellé bien trop long pour tenir'
    }));
    const { placed, rows } = layoutHorizontal(items, pos, 1, undefined, Infinity, { maxRows: 2 });
    expect(rows).toEqual([2]);
    expect(placed).toHaveLength(10);
    expect(placed.some((p) => p.label === '')).toBe(true);
    const labelled = placed.filter((p) => p.label !== '');
    for (const a of labelled)
      for (const b of labelled) if (a !== b && a.row === b.row) expect(overlaps(a, b)).toBe(false);
  });
});

describe('labels that use the room their row leaves them', () => {
  /** 7 px a character: a stand-in for the browser's measure. */
  const metrics = { ...LABEL_METRICS, textWidth: (t: string) => t.length * 7 };
  const TITLE = 'Choïgou en visite en Corée du Nord'; // 34 characters: 238 px

  it('draws a whole label when nothing follows it closely, however long', () => {
    const items: LayoutItem[] = [
      { start: 0, end: 0, lane: 0, label: TITLE },
      { start: 20, end: 20, lane: 0, label: 'Après' } // 400 px further
    ];
    const { placed, rows } = layoutHorizontal(items, pos, 1, metrics);
    expect(placed[0]!.label).toBe(TITLE);
    expect(placed[0]!.cut).toBe(false);
    expect(rows).toEqual([1]);
  });

  it('draws a long label whole on another row rather than cut it', () => {
    const items: LayoutItem[] = [
      { start: 0, end: 0, lane: 0, label: TITLE },
      { start: 6, end: 6, lane: 0, label: 'Après' } // 120 px further: TITLE would cross it
    ];
    const { placed, rows } = layoutHorizontal(items, pos, 1, metrics);
    expect(placed.map((p) => p.label)).toEqual([TITLE, 'Après']);
    expect(rows).toEqual([2]);
  });

  it('cuts a label to the room up to the next mark when no row has room for it whole', () => {
    const items: LayoutItem[] = [
      { start: 0, end: 0, lane: 0, label: TITLE },
      { start: 9, end: 9, lane: 0, label: 'Après' } // 180 px further
    ];
    const { placed } = layoutHorizontal(items, pos, 1, metrics, Infinity, { maxRows: 1 });
    const [first, next] = placed;
    expect(first!.cut).toBe(true);
    expect(first!.label).toMatch(/^Choïgou en visite.*…$/);
    // It stops before the next mark, and takes most of the room there is.
    expect(first!.right + metrics.spacing).toBeLessThanOrEqual(next!.left);
    expect(next!.label).toBe('Après');
    expect(next!.left - first!.labelX).toBeLessThan(first!.label.length * 7 + 7 * 8);
  });

  it('leaves the next event without its label where not even the least room is left', () => {
    const items: LayoutItem[] = [
      { start: 0, end: 0, lane: 0, label: TITLE },
      { start: 4, end: 4, lane: 0, label: 'Après' } // 80 px further: less than 72 px of label
    ];
    const { placed } = layoutHorizontal(items, pos, 1, metrics, Infinity, { maxRows: 1 });
    expect(placed[1]!.label).toBe('');
    expect(placed[1]!.cut).toBe(true);
  });

  it('lays out only the events included (the lanes shown)', () => {
    const items: LayoutItem[] = [
      { start: 0, end: 0, lane: 0, label: 'A' },
      { start: 0, end: 0, lane: 1, label: 'B' },
      { start: 1, end: 1, lane: 0, label: 'C' }
    ];
    const { placed, rows } = layoutHorizontal(items, pos, 2, metrics, Infinity, {
      include: (i) => items[i]!.lane === 0
    });
    expect(placed.map((p) => p.index)).toEqual([0, 2]);
    expect(rows).toEqual([2, 0]);
  });

  it.each([
    { width: 1000, expected: TITLE },
    { width: 140, expected: 'Choïgou en visite…' },
    { width: 60, expected: 'Choïgou…' },
    { width: 10, expected: '' }
  ])('fitLabelToWidth(TITLE, $width) = "$expected"', ({ width, expected }) => {
    expect(fitLabelToWidth(TITLE, width, metrics.textWidth)).toBe(expected);
    expect(metrics.textWidth(fitLabelToWidth(TITLE, width, metrics.textWidth))).toBeLessThanOrEqual(
      width
    );
  });
});

describe('marks show whole words only', () => {
  it.each([
    { label: 'Inondation quartier Saint-Jean', cut: 'Inondatio…', expected: '' },
    {
      label: 'Découverte archéologique, 1494',
      cut: 'Découverte archéologiqu…',
      expected: 'Découverte…'
    },
    { label: 'Déclaration 12 de Claire Martin', cut: 'Déclaration 1…', expected: 'Déclaration…' },
    {
      label: 'Choïgou en visite, dit Moscou',
      cut: 'Choïgou en visite,…',
      expected: 'Choïgou en visite,…'
    },
    { label: 'Choïgou en visite', cut: 'Choïgou en visite', expected: 'Choïgou en visite' },
    { label: 'Anticonstitutionnellement', cut: 'Anticonst…', expected: '' }
  ])('wholeWordsOnly("$cut") = "$expected"', ({ label, cut, expected }) => {
    expect(wholeWordsOnly(cut, label)).toBe(expected);
  });

  it('the horizontal layout never shows a word in part, however crowded', () => {
    const metrics = { ...LABEL_METRICS, textWidth: (t: string) => t.length * 7 };
    const items: LayoutItem[] = [
      { start: 0, end: 0, lane: 0, label: 'Inondation quartier Saint-Jean, 1539' },
      { start: 6, end: 6, lane: 0, label: 'Découverte archéologique, 1494' },
      { start: 12, end: 12, lane: 0, label: 'Grand incendie, 1855' },
      { start: 18, end: 18, lane: 0, label: 'Après' }
    ];
    let cut = 0;
    for (const perDay of [8, 12, 16, 20, 30]) {
      const { placed } = layoutHorizontal(items, (d) => d * perDay, 1, metrics, Infinity, {
        maxRows: 1
      });
      placed.forEach((item, i) => {
        if (!item.label) return; // left out: no word shown
        const label = items[i]!.label;
        const shown = item.label.replace(/…$/, '').trimEnd();
        if (item.label.endsWith('…')) cut++;
        expect(label.startsWith(shown), `${perDay}: ${item.label}`).toBe(true);
        expect(/\s/.test(label[shown.length] ?? ' '), `${perDay}: "${item.label}"`).toBe(true);
      });
    }
    expect(cut).toBeGreaterThan(0);
  });
});

describe('groupCells', () => {
  it('groups by lane and cell, in order of the first event', () => {
    const centres = [5, 6, 7, 8, 30, 31, 32, 33, 34, 5];
    const lanes = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    const groups = groupCells(
      [0, 10],
      (i) => centres[i]!,
      (i) => lanes[i]!
    );
    expect(groups.clusters).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7, 8]
    ]);
    expect(groups.singles).toEqual([9]);
  });

  it('counts cells from the origin', () => {
    // 20..27 px: one cell from 0 ([0, 24) and [24, 48) split them) — from an origin of 20, one.
    const centres = [20, 21, 22, 23, 24, 25, 26, 27];
    const split = groupCells(
      [0, 8],
      (i) => centres[i]!,
      () => 0,
      0
    );
    expect(split.clusters).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7]
    ]);
    const whole = groupCells(
      [0, 8],
      (i) => centres[i]!,
      () => 0,
      20
    );
    expect(whole.clusters).toEqual([[0, 1, 2, 3, 4, 5, 6, 7]]);
  });
});

describe('stackLabels with a drift limit', () => {
  it('leaves out a label that would fall far below its mark', () => {
    const items: LayoutItem[] = Array.from({ length: 8 }, () => ({
      start: 5,
      end: 5,
      lane: 0,
      label: 'Même jour'
    }));
    const { labels } = stackLabels(items, pos, 30, 16, 10, 60);
    const shown = labels.filter((l) => l.lines.length > 0);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(8);
    for (const l of shown) expect(l.labelY - (l.y - 8)).toBeLessThanOrEqual(60);
  });
});

describe('layoutVertical', () => {
  const day = toDayNumber;
  const names = calendarNames('fr');
  const D = day('2020-03-02'); // a Monday
  const event = (i: number, start: number, lane = 0, end = start): TimelineEvent => ({
    slug: `e${i}`,
    label: `Événement ${i}`,
    title: `Le titre de l’événement ${i}`,
    lane,
    start,
    end,
    precision: start === end ? 'day' : 'days',
    dateLabel: `le jour ${i}`
  });
  /** A linear phone scale of `pxPerDay` over [start, end], and its deepest zoom. */
  const linear = (start: number, end: number, pxPerDay: number, maxK = 8): PhoneScale => {
    const segments = linearSegments({ start, end });
    const length = (end + 1 - start) * pxPerDay;
    return {
      segments: { ...segments, positions: [0, length] },
      scale: scaleLinear().domain(segments.domain).range([0, length]),
      length,
      maxK
    };
  };
  const layout = (
    events: TimelineEvent[],
    scale: PhoneScale,
    more: Partial<VerticalLayoutInput> = {}
  ) =>
    layoutVertical({
      events,
      reach: { before: 0, after: 10 },
      laneCount: 2,
      names,
      messages: messagesFor('fr'),
      scale,
      k: 1,
      width: 358,
      ...more
    });
  const marks = (l: ReturnType<typeof layout>) =>
    l.entries.filter((e): e is VerticalMark => e.kind === 'mark');
  const clusters = (l: ReturnType<typeof layout>) =>
    l.entries.filter((e): e is VerticalCluster => e.kind === 'cluster');

  // Six events of lane 0 on one day, two of lane 0 twenty days later, five of lane 1 on
  // five days in a row: at 2 px a day, each group is one cell.
  const burst = [0, 1, 2, 3, 4, 5].map((i) => event(i, D));
  const pair = [6, 7].map((i) => event(i, D + 20));
  const row = [8, 9, 10, 11, 12].map((i) => event(i, D + 40 + (i - 8), 1));
  const story = [...burst, ...pair, ...row];
  const scale = linear(D - 5, D + 60, 2);

  it.each([
    {
      name: 'a burst of one day: a cluster no zoom can part, which opens its first event',
      members: [0, 1, 2, 3, 4, 5],
      zoomable: false,
      label: '6 événements, le 2 mars 2020',
      named: '6 événements, le 2 mars 2020 : ouvrir le premier, « Le titre de l’événement 0 »'
    },
    {
      name: 'five days in a row: a cluster a click zooms into',
      members: [8, 9, 10, 11, 12],
      zoomable: true,
      label: '5 événements, du 11 au 15 avril 2020',
      named: '5 événements, du 11 au 15 avril 2020 : zoomer'
    }
  ])('clusters marks that would collide: $name', ({ members, zoomable, label, named }) => {
    const cluster = clusters(layout(story, scale)).find((c) => c.members[0] === members[0]);
    expect(cluster).toMatchObject({ members, zoomable, countText: String(members.length) });
    expect(cluster!.label.lines.join(' ')).toBe(label);
    expect(cluster!.name).toBe(named);
  });

  it('draws marks that have room on their own, named first by the words they show', () => {
    const drawn = marks(layout(story, scale));
    expect(drawn.map((m) => m.index)).toEqual([6, 7]);
    for (const m of drawn) {
      expect(m.label.lines.join(' ')).toBe(`Événement ${m.index}`);
      expect(m.name).toBe(
        `Événement ${m.index} — le jour ${m.index} : Le titre de l’événement ${m.index}`
      );
    }
  });

  it('parts a cluster at a zoom, and keeps no cluster zoomable at the deepest', () => {
    expect(clusters(layout(story, scale, { k: 8 })).map((c) => [c.members, c.zoomable])).toEqual([
      [[0, 1, 2, 3, 4, 5], false]
    ]);
    const crowded = [0, 1, 2, 3].map((i) => event(i, D + i));
    expect(clusters(layout(crowded, linear(D, D + 10, 2, 1)))[0]!.zoomable).toBe(false);
  });

  it('draws the open event on its own, out of its cluster, even far from the screen', () => {
    const open = layout(story, scale, { keep: 2 });
    expect(marks(open).map((m) => m.index)).toContain(2);
    expect(clusters(open)[0]!.members).toEqual([0, 1, 3, 4, 5]);
    // A long story, the screen a thousand days after the open event: laid out all the same.
    const long = Array.from({ length: 2000 }, (_, i) => event(i, D + i, i % 2));
    const far = layout(long, linear(D, D + 2000, 30), {
      screen: { top: 30_000, height: 800 },
      keep: 3
    });
    const kept = marks(far).find((m) => m.index === 3);
    expect(kept?.label.lines).toEqual(['Événement 3']);
  });

  it('lays out only what is near the screen', () => {
    const long = Array.from({ length: 2000 }, (_, i) => event(i, D + i, i % 2));
    const l = layout(long, linear(D, D + 2000, 30), { screen: { top: 30_000, height: 800 } });
    const days = l.entries.map((e) => (e.kind === 'mark' ? long[e.index]!.start : e.start) - D);
    // 30 px a day: the screen shows days 1,000 to 1,027; 900 px (30 days) are laid out either
    // side, and a day more, and the events that may reach in (10 days, the reach given).
    expect(Math.min(...days)).toBeGreaterThanOrEqual(1000 - 30 - 1 - 10);
    expect(Math.max(...days)).toBeLessThanOrEqual(1027 + 30 + 1);
    expect(l.entries.length).toBeLessThan(100);
    // Top to bottom, as the keyboard goes through them.
    const ys = l.entries.map((e) => e.label.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('draws only the events included (the lanes shown), the open one too', () => {
    const onlyLane0 = (i: number) => story[i]!.lane === 0;
    const shown = layout(story, scale, { include: onlyLane0 });
    const drawn = [
      ...marks(shown).map((m) => m.index),
      ...clusters(shown).flatMap((c) => c.members)
    ];
    expect(drawn.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // An open event of a hidden lane is not drawn either.
    const open = layout(story, scale, { include: onlyLane0, keep: 9 });
    expect(marks(open).some((m) => m.index === 9)).toBe(false);
  });

  it('takes the events a filter keeps, by their place in its list', () => {
    const lane1 = story.filter((e) => e.lane === 1);
    const l = layout(lane1, linear(D - 5, D + 60, 30));
    expect(marks(l).map((m) => lane1[m.index]!.slug)).toEqual(['e8', 'e9', 'e10', 'e11', 'e12']);
  });

  it.each([
    { name: 'its line at the top of the screen', top: 20 * 60 + 16 },
    { name: 'its line above the screen, its label on it', top: 20 * 60 + 16 + 20 }
  ])('names the year on the first label on screen ($name), and where it changes', ({ top }) => {
    const newYear = day('2019-12-30');
    const l = layout([event(0, newYear)], linear(newYear - 20, newYear + 20, 60), {
      screen: { top, height: 844 }
    });
    // Day labels are written across the day's middle, 30 px below its line.
    const shown = l.ticks.filter((t) => t.mid - 7 >= top && t.showLabel);
    expect(shown.slice(0, 3).map((t) => t.lines)).toEqual([
      ['lun. 30 déc.', '2019'],
      ['mar. 31'],
      ['mer. 1er janv.', '2020']
    ]);
  });

  it('gives months, not days, to a story of years seen whole', () => {
    const start = day('2019-01-01');
    const l = layout([event(0, start)], linear(start, start + 1825, 2.6), {
      screen: { top: 0, height: 844 }
    });
    expect(new Set(l.ticks.map((t) => t.kind))).toEqual(new Set(['month']));
    expect(l.ticks[0]!.lines).toEqual(['janvier', '2019']);
  });

  it('keeps axis labels apart where a stretch is squeezed', () => {
    const start = day('2019-01-01');
    const l = layout([event(0, start)], linear(start, start + 1825, 0.3), {
      screen: { top: 0, height: 844 }
    });
    const shown = l.ticks.filter((t) => t.showLabel).map((t) => t.mid);
    for (let i = 1; i < shown.length; i++)
      expect(shown[i]! - shown[i - 1]!).toBeGreaterThanOrEqual(14);
  });

  it('draws the axis for the screen alone, as the whole layout does (the marks lag behind)', () => {
    const newYear = day('2019-12-30');
    const phone = linear(newYear - 20, newYear + 20, 60);
    const top = 20 * 60 + 16;
    const input = {
      events: [event(0, newYear)],
      reach: { before: 0, after: 10 },
      laneCount: 2,
      names,
      messages: messagesFor('fr'),
      scale: phone,
      k: 1,
      width: 358
    };
    const now = layout(input.events, phone, { screen: { top, height: 844 } });
    // Laid out for a screen 250 px higher, the axis drawn for the screen itself names the
    // year on its first label, as a layout for the screen does.
    const lagging = layout(input.events, phone, { screen: { top: top - 250, height: 844 } });
    const ticks = verticalTicks({ ...input, screen: { top, height: 844 } }, lagging.height);
    expect(ticks).toEqual(now.ticks);
    expect(lagging.ticks).not.toEqual(now.ticks);
  });
});
