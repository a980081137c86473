/**
 * How each lane is told apart: a colour and, so that colour is never the only cue, a shape for
 * its one-day marks and a hatching for its uncertain spans. The colours are CSS custom
 * properties of the lane's class (`lane-0`…, in src/app.css), so that they follow the theme:
 * `--lane`, the colour, and `--tint`, the lane's background.
 */
export type MarkShapeName = 'circle' | 'square' | 'diamond' | 'triangle';

export interface LaneStyle {
  shape: MarkShapeName;
  /** Hatching angle of the lane's uncertain spans, degrees. */
  hatch: number;
}

const STYLES: LaneStyle[] = [
  { shape: 'circle', hatch: 45 },
  { shape: 'square', hatch: -45 },
  { shape: 'diamond', hatch: 0 },
  { shape: 'triangle', hatch: 90 }
];

export const laneStyle = (lane: number): LaneStyle => STYLES[lane % STYLES.length]!;

/** The lane's class, which sets its colours (`--lane`, `--tint`) for the theme in force. */
export const laneClass = (lane: number) => `lane-${lane % STYLES.length}`;

/** An SVG path for a shape of `size` px centred on (0, 0). */
export function shapePath(shape: MarkShapeName, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${size},0a${r},${r} 0 1,0 ${-size},0Z`;
    case 'square':
      return `M${-r * 0.9},${-r * 0.9}h${r * 1.8}v${r * 1.8}h${-r * 1.8}Z`;
    case 'diamond':
      return `M0,${-r * 1.15}L${r * 1.15},0L0,${r * 1.15}L${-r * 1.15},0Z`;
    case 'triangle':
      return `M0,${-r * 1.1}L${r * 1.1},${r * 0.9}L${-r * 1.1},${r * 0.9}Z`;
  }
}
