/**
 * How each lane is told apart: a colour and, so that colour is never the only cue, a shape for
 * its one-day marks and a hatching for its uncertain spans. Eight lanes differ in all three;
 * a ninth looks like the first. The colours are CSS custom properties of the lane's class
 * (`lane-0`…, in src/app.css), so that they follow the theme: `--lane`, the colour, and
 * `--tint`, the lane's background.
 */

/**
 * The lanes' shapes, lane 0 first: circle, square, diamond, triangle, inverted triangle, plus,
 * star, cross. Each is an SVG path of size 2 centred on (0, 0), scaled to the mark's size (with
 * `vector-effect: non-scaling-stroke`, so that its outline keeps its width). The thin ones
 * (plus, star, cross) reach further, so that no lane's marks look lighter.
 */
const SHAPES = [
  'M-1,0a1,1 0 1,0 2,0a1,1 0 1,0 -2,0Z',
  'M-.9-.9h1.8v1.8h-1.8Z',
  'M0-1.15L1.15,0L0,1.15L-1.15,0Z',
  'M0-1.1L1.1,.9H-1.1Z',
  'M0,1.1L1.1-.9H-1.1Z',
  'M.4-1.05V-.4H1.05V.4H.4V1.05H-.4V.4H-1.05V-.4H-.4V-1.05Z',
  'M0-1.13L.32-.32L1.19-.27L.52,.29L.73,1.13L0,.67L-.73,1.13L-.52,.29L-1.19-.27L-.32-.32Z',
  'M1.12-.58L.54,0L1.12,.58L.58,1.12L0,.54L-.58,1.12L-1.12,.58L-.54,0L-1.12-.58L-.58-1.12L0-.54L.58-1.12Z'
];

/**
 * The tiles of the hatchings, 6 px square, as paths stroked 2 px wide with square caps (so
 * that a dot is a path of no length).
 */
export const TILES = {
  lines: 'M0,0v6',
  grid: 'M0,0v6M0,0h6',
  dots: 'M1.5,1.5h0M4.5,4.5h0',
  dashes: 'M1,1.5h1M4,4.5h1'
};

/** The lanes' hatchings, lane 0 first: a tile, turned by an angle (degrees). */
const HATCHES: [tile: string, angle: number][] = [
  [TILES.lines, 45],
  [TILES.lines, -45],
  [TILES.lines, 0],
  [TILES.lines, 90],
  [TILES.grid, 45],
  [TILES.grid, 0],
  [TILES.dots, 0],
  [TILES.dashes, 0]
];

/** How many lanes have a style of their own. */
export const LANE_STYLES = SHAPES.length;

/** The lane's shape, as a path of size 2 centred on (0, 0). */
export const laneShape = (lane: number) => SHAPES[lane % LANE_STYLES]!;

/** The lane's hatching: its tile and the tile's angle. */
export const laneHatch = (lane: number) => HATCHES[lane % LANE_STYLES]!;

/** The lane's class, which sets its colours (`--lane`, `--tint`) for the theme in force. */
export const laneClass = (lane: number) => `lane-${lane % LANE_STYLES}`;
