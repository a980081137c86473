/**
 * The site's colours as src/app.css defines them, read back for the tests that check them
 * (contrast, colour-blind distance): the stylesheet that ships is the one source of truth.
 *
 * A colour property is either one hex colour, the same in both themes, or
 * `light-dark(#light, #dark)`. A lane's class (`.lane-<n>`) sets `--lane`; every lane's
 * `--tint` is one `color-mix(in srgb, var(--lane) <p>%, var(--paper))`.
 */
export type ThemeName = 'light' | 'dark';
export const THEME_NAMES: ThemeName[] = ['light', 'dark'];

/** A colour in each theme, as #rrggbb. */
export type Pair = Record<ThemeName, string>;

export interface Palette {
  /** The properties of the first `:root` rule, by name without the dashes ("ink", "paper"…). */
  tokens: Record<string, Pair>;
  /** The lanes' colours, lane 0 first. */
  lanes: Pair[];
  /** The share of the lane's colour in its tint, 0–1. */
  tintShare: number;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function hex(value: string, where: string): string {
  if (!HEX.test(value)) throw new Error(`${where}: "${value}" is not a hex colour`);
  return value.length === 4 ? `#${[...value.slice(1)].map((c) => c + c).join('')}` : value;
}

function pair(value: string, where: string): Pair {
  const both = /^light-dark\(\s*([^,\s]+)\s*,\s*([^)\s]+)\s*\)$/.exec(value);
  if (both) return { light: hex(both[1]!, where), dark: hex(both[2]!, where) };
  const one = hex(value, where);
  return { light: one, dark: one };
}

/** The declarations of every rule whose selector is exactly `selector`, in order. */
function declarations(css: string, selector: string): [string, string][] {
  const found: [string, string][] = [];
  for (const [, sel, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (sel!.trim() !== selector) continue;
    for (const decl of body!.split(';')) {
      const colon = decl.indexOf(':');
      if (colon > 0) found.push([decl.slice(0, colon).trim(), decl.slice(colon + 1).trim()]);
    }
  }
  return found;
}

/** Reads the colours of `css` (the text of src/app.css). */
export function readPalette(css: string): Palette {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const root = text.match(/:root\s*\{[^{}]*\}/)?.[0];
  if (!root) throw new Error('app.css: no :root rule');
  const tokens: Record<string, Pair> = {};
  for (const [name, value] of declarations(root, ':root')) {
    if (name.startsWith('--') && (HEX.test(value) || value.startsWith('light-dark(')))
      tokens[name.slice(2)] = pair(value, name);
  }
  const lanes: Pair[] = [];
  for (let i = 0; ; i++) {
    const lane = declarations(text, `.lane-${i}`).find(([name]) => name === '--lane');
    if (!lane) break;
    lanes.push(pair(lane[1], `.lane-${i} --lane`));
  }
  const tint = /--tint:\s*color-mix\(in srgb,\s*var\(--lane\)\s*([\d.]+)%,\s*var\(--paper\)\)/.exec(
    text
  );
  if (!tint)
    throw new Error('app.css: no --tint: color-mix(in srgb, var(--lane) p%, var(--paper))');
  return { tokens, lanes, tintShare: Number(tint[1]) / 100 };
}

const channels = (colour: string) =>
  [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255) as [number, number, number];
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG 2's relative luminance of a #rrggbb colour. */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2's contrast ratio of two colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `share` of `colour` mixed into `base`, as CSS's `color-mix(in srgb, …)` does it. */
export function mixSrgb(colour: string, share: number, base: string): string {
  const [c, b] = [channels(colour), channels(base)];
  return `#${c
    .map((v, i) => Math.round((v * share + b[i]! * (1 - share)) * 255))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

export type Vision = 'typical' | 'protanopia' | 'deuteranopia' | 'tritanopia';

/** Machado, Oliveira and Fernandes (2009), severity 1, on linear RGB. */
const DICHROMACY: Record<Exclude<Vision, 'typical'>, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998]
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881]
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039]
  ]
};

/** A colour in OKLab (Björn Ottosson, 2020), as seen with `vision`. */
function oklab(colour: string, vision: Vision): [number, number, number] {
  let rgb = channels(colour).map(linear);
  if (vision !== 'typical') {
    const m = DICHROMACY[vision];
    rgb = m.map((row) =>
      Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!))
    );
  }
  const [r, g, b] = rgb as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s
  ];
}

/** How far apart two colours look with `vision`: the distance in OKLab (about 0.02 is just noticeable). */
export function visionDistance(a: string, b: string, vision: Vision): number {
  const [p, q] = [oklab(a, vision), oklab(b, vision)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
