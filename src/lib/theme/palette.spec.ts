import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, readPalette, THEME_NAMES } from './palette';

/** Every .svelte file under `dir`. */
function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(file);
    return entry.name.endsWith('.svelte') ? [file] : [];
  });
}

describe('the colours', () => {
  it('are all properties of src/app.css: no component names a colour of its own', () => {
    const named = svelteFiles('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
        .filter(({ line }) =>
          /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i.test(line)
        )
        .map(({ where, line }) => `${where}: ${line.trim()}`)
    );
    expect(named).toEqual([]);
  });
});

const { tokens } = readPalette(readFileSync('src/app.css', 'utf8'));

/** What is drawn on what, and the contrast WCAG 2.2 AA asks of it: 4.5:1 text, 3:1 the rest. */
const PAIRS: [what: string, fg: string, bg: string, min: number][] = [
  ...[
    'paper',
    'paper-alt',
    'highlight',
    'highlight-hover',
    'highlight-target',
    'date-mark',
    'period'
  ].map((bg): [string, string, string, number] => [`text on ${bg}`, 'ink', bg, 4.5]),
  ...['paper', 'paper-alt', 'date-mark', 'quote-target'].map(
    (bg): [string, string, string, number] => [`secondary text on ${bg}`, 'ink-muted', bg, 4.5]
  ),
  ...['paper', 'paper-alt', 'quote-target'].map((bg): [string, string, string, number] => [
    `a link on ${bg}`,
    'accent',
    bg,
    4.5
  ]),
  ['the skip link', 'accent-ink', 'accent', 4.5],
  ['"Lien copié"', 'success', 'paper', 4.5],
  ['the focus outline on the page', 'focus', 'paper', 3],
  ['the focus outline on the header', 'focus', 'paper-alt', 3],
  ['the underline of a quotation', 'highlight-rule', 'paper', 3],
  ['the zigzag of a compressed stretch', 'ink-muted', 'paper-alt', 3],
  ['the edges of a period', 'period-rule', 'period', 3],
  ['the edges of a period on the page', 'period-rule', 'paper', 3]
];

describe.each(THEME_NAMES)('the %s theme (WCAG 2.2 AA)', (theme) => {
  it('defines every colour', () => {
    for (const [, fg, bg] of PAIRS) expect(tokens[fg] && tokens[bg], `${fg} ${bg}`).toBeTruthy();
  });

  it.each(PAIRS)('%s: %s on %s, at least %d:1', (_what, fg, bg, min) => {
    expect(contrastRatio(tokens[fg]![theme], tokens[bg]![theme])).toBeGreaterThanOrEqual(min);
  });

  it(`is ${theme}: the page ${theme === 'dark' ? 'dark, its text light' : 'light, its text dark'}`, () => {
    const [page, text] = [luminance(tokens.paper![theme]), luminance(tokens.ink![theme])];
    expect(theme === 'dark' ? text > 0.5 && page < 0.02 : page > 0.9 && text < 0.02).toBe(true);
  });
});
