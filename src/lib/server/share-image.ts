/**
 * The "share card" of an event: a 1200×630 PNG for Open Graph / Twitter previews, drawn at
 * build time with satori (layout to SVG, text as glyph paths) and @resvg/resvg-js (SVG to PNG).
 *
 * The font ships in an npm package (@fontsource/source-sans-3), so rendering needs no network.
 * All text is passed to satori as plain strings: it lays them out as text, never as markup.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { SHARE_IMAGE_SIZE } from '../share.ts';

/** The quotation marks of the story's language: « and » (with their spaces) in French. */
export interface QuoteMarks {
  open: string;
  close: string;
}

export interface ShareCard {
  /** "lundi 4 septembre 2023" — the event's date as resolved */
  dateLabel: string;
  /** the event's title (may be long: wrap to at most 3 lines, then ellipsis) */
  title: string;
  /** the key quote and its speaker, when the event has one (quote may be long: clamp to ~4 lines with an ellipsis) */
  quote?: { text: string; speaker: string; marks: QuoteMarks };
  /** the outlet and credit line, e.g. "Dépêche AFP du mardi 5 septembre 2023"; none for a story without documents */
  source?: string;
  /** the story's title, shown small at the top */
  storyTitle: string;
}

const ACCENT = '#0b5cad';
const INK = '#14202e';
const MUTED = '#5a6676';
const FAMILY = 'Source Sans 3';
/** Latin-ext glyphs (ł, ő, ș…) under its own name, listed after the main family as a fallback. */
const FAMILY_EXT = 'Source Sans 3 Ext';
const FONT_STACK = `'${FAMILY}', '${FAMILY_EXT}'`;

let fonts: Font[] | undefined;

/** The latin (holds « » ’ – … and the NBSP) and latin-ext subsets, weights 400 and 700, read once. */
function loadFonts(): Font[] {
  if (fonts) return fonts;
  const pkg = createRequire(import.meta.url).resolve('@fontsource/source-sans-3/package.json');
  const dir = join(dirname(pkg), 'files');
  const read = (subset: string, weight: 400 | 700) =>
    readFileSync(join(dir, `source-sans-3-${subset}-${weight}-normal.woff`));
  fonts = [
    { name: FAMILY, data: read('latin', 400), weight: 400, style: 'normal' },
    { name: FAMILY, data: read('latin', 700), weight: 700, style: 'normal' },
    { name: FAMILY_EXT, data: read('latin-ext', 400), weight: 400, style: 'normal' },
    { name: FAMILY_EXT, data: read('latin-ext', 700), weight: 700, style: 'normal' }
  ];
  return fonts;
}

type Style = Record<string, string | number>;
interface Element {
  type: string;
  props: { style: Style; children?: string | Element | Element[] };
}

/** A box; border-box sizing, so that paddings and borders stay inside the given sizes. */
function el(style: Style, children?: string | Element | Element[]): Element {
  return { type: 'div', props: { style: { boxSizing: 'border-box', ...style }, children } };
}

/**
 * News text as one plain line: no control characters, whitespace collapsed, and bounded in
 * length (the line clamp does the visible truncation; this only keeps layout work small).
 */
function plain(text: string, max = 600): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029]/g, ' ');
  const collapsed = line.replace(/[ \t]+/g, ' ').trim();
  const chars = Array.from(collapsed); // by code point: never split a surrogate pair
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : collapsed;
}

/** A block of text cut to `lines` lines, the last one ending with `ellipsis` when cut. */
function clamped(text: string, lines: number, style: Style, ellipsis = '…'): Element {
  return el(
    {
      display: 'block',
      lineClamp: `${lines} ${JSON.stringify(ellipsis)}`,
      overflow: 'hidden',
      ...style
    },
    text
  );
}

function cardElement(card: ShareCard): Element {
  const title = plain(card.title);
  const quote = card.quote && plain(card.quote.text) ? card.quote : undefined;

  const header = el({ display: 'flex', flexDirection: 'column', gap: 4 }, [
    clamped(plain(card.storyTitle, 200), 1, {
      fontSize: 22,
      lineHeight: 1.25,
      fontWeight: 700,
      color: MUTED,
      textTransform: 'uppercase',
      letterSpacing: 1.5
    }),
    clamped(plain(card.dateLabel, 120), 1, {
      fontSize: 32,
      lineHeight: 1.2,
      fontWeight: 700,
      color: ACCENT
    })
  ]);

  const body: Element[] = [
    clamped(title, 3, {
      fontSize: quote ? 52 : 58,
      lineHeight: 1.12,
      fontWeight: 700,
      color: INK,
      letterSpacing: -0.5
    })
  ];
  if (quote) {
    body.push(
      el(
        {
          display: 'flex',
          flexDirection: 'column',
          gap: 6,
          borderLeft: `6px solid ${ACCENT}`,
          paddingLeft: 24
        },
        [
          // A long title takes its 3 lines: the quote then gets 3 instead of 4, to fit.
          clamped(
            `${quote.marks.open}${plain(quote.text)}${quote.marks.close}`,
            title.length > 70 ? 3 : 4,
            { fontSize: 28, lineHeight: 1.3, color: INK },
            `…${quote.marks.close}`
          ),
          clamped(`— ${plain(quote.speaker, 160)}`, 1, {
            fontSize: 24,
            lineHeight: 1.25,
            fontWeight: 700,
            color: MUTED
          })
        ]
      )
    );
  }

  const footer =
    card.source === undefined
      ? []
      : [
          el(
            {
              display: 'flex',
              borderTop: '2px solid #d5dde8',
              paddingTop: 14
            },
            [clamped(plain(card.source, 200), 1, { fontSize: 22, lineHeight: 1.25, color: MUTED })]
          )
        ];

  return el(
    {
      width: SHARE_IMAGE_SIZE.width,
      height: SHARE_IMAGE_SIZE.height,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: '#ffffff',
      borderTop: `14px solid ${ACCENT}`,
      padding: '34px 72px 30px 72px',
      fontFamily: FONT_STACK
    },
    [
      header,
      el(
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          gap: 24,
          flexGrow: 1,
          flexShrink: 1,
          minHeight: 0,
          overflow: 'hidden',
          padding: '18px 0'
        },
        body
      ),
      ...footer
    ]
  );
}

/** The card as SVG (text drawn as paths). `onNode` sees each laid-out box (used by the tests). */
export async function renderShareSvg(
  card: ShareCard,
  onNode?: (box: { type: string; left: number; top: number; width: number; height: number }) => void
): Promise<string> {
  // satori types its input as a React node; plain { type, props } objects are what it walks.
  const element = cardElement(card) as unknown as Parameters<typeof satori>[0];
  return satori(element, {
    width: SHARE_IMAGE_SIZE.width,
    height: SHARE_IMAGE_SIZE.height,
    fonts: loadFonts(),
    onNodeDetected: onNode
  });
}

/** The card as PNG bytes, exactly SHARE_IMAGE_SIZE.width × SHARE_IMAGE_SIZE.height. */
export async function renderShareImage(card: ShareCard): Promise<Uint8Array> {
  const svg = await renderShareSvg(card);
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: SHARE_IMAGE_SIZE.width },
    font: { loadSystemFonts: false },
    background: '#ffffff'
  })
    .render()
    .asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
