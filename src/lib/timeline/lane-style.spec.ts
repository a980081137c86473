import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  mixSrgb,
  readPalette,
  THEME_NAMES,
  visionDistance,
  type Vision
} from '$lib/theme/palette';
import { LANE_STYLES, laneClass, laneHatch, laneShape, TILES } from './lane-style';

// The colours are read from the stylesheet itself, so that what is checked is what ships.
const palette = readPalette(readFileSync('src/app.css', 'utf8'));
const LANES = Array.from({ length: 8 }, (_, lane) => lane);
const pairs = LANES.flatMap((a) => LANES.filter((b) => b > a).map((b) => [a, b] as const));

/** A hatching as it looks: stripes and dashes repeat every half turn, a grid and dots every quarter. */
const PERIOD = new Map([
  [TILES.lines, 180],
  [TILES.dashes, 180],
  [TILES.grid, 90],
  [TILES.dots, 90]
]);
const hatchLook = (lane: number) => {
  const [tile, angle] = laneHatch(lane);
  const period = PERIOD.get(tile)!;
  return `${tile} turned ${(((angle % period) + period) % period).toString()}`;
};

describe('lane styles', () => {
  it('has eight, and as many lane colours in app.css', () => {
    expect(LANE_STYLES).toBe(8);
    expect(palette.lanes).toHaveLength(LANE_STYLES);
  });

  it.each(pairs)('lanes %i and %i differ in colour, shape and hatching', (a, b) => {
    expect(laneShape(a)).not.toBe(laneShape(b));
    expect(hatchLook(a)).not.toBe(hatchLook(b));
    for (const theme of THEME_NAMES)
      expect(palette.lanes[a]![theme], theme).not.toBe(palette.lanes[b]![theme]);
  });

  it('repeats past the eighth lane', () => {
    expect(laneClass(8)).toBe('lane-0');
    expect(laneShape(9)).toBe(laneShape(1));
    expect(laneHatch(10)).toBe(laneHatch(2));
  });
});

describe.each(THEME_NAMES)('lane colours, %s theme (WCAG 2.2 AA)', (theme) => {
  const paper = palette.tokens.paper![theme];
  const rows = LANES.map((lane) => {
    const colour = palette.lanes[lane]![theme];
    return { lane, colour, tint: mixSrgb(colour, palette.tintShare, paper) };
  });

  it.each(rows)('lane $lane: its marks stand out 3:1 from its tint and the page', (row) => {
    expect(contrastRatio(row.colour, row.tint)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(row.colour, paper)).toBeGreaterThanOrEqual(3);
  });

  it.each(rows)('lane $lane: the count on a cluster (page colour, 10 px) reads 4.5:1', (row) => {
    expect(contrastRatio(paper, row.colour)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(rows)('lane $lane: labels, focused or not, read 4.5:1 on its tint', (row) => {
    expect(contrastRatio(palette.tokens.ink![theme], row.tint)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.tokens.focus![theme], row.tint)).toBeGreaterThanOrEqual(4.5);
  });

  // The colours are a further cue, beside shape and hatching: with any of the three
  // dichromacies, every two lanes still differ by three or more just-noticeable differences.
  it.each<Vision>(['typical', 'protanopia', 'deuteranopia', 'tritanopia'])(
    'every two lanes look apart with %s vision',
    (vision) => {
      const closest = Math.min(
        ...pairs.map(([a, b]) =>
          visionDistance(palette.lanes[a]![theme], palette.lanes[b]![theme], vision)
        )
      );
      expect(closest).toBeGreaterThanOrEqual(0.06);
    }
  );
});
