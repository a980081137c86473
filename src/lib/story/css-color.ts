/**
 * Whether a value is a CSS colour safe to write into an SVG `fill` attribute: a hex colour, an
 * rgb()/rgba()/hsl()/hsla() of numbers and percentages only, or a named colour. Nothing else
 * (no url(), var(), expression(), quotes, semicolons or braces) can pass: a TimelineJS file's
 * background colour may come from anyone.
 */

/** The CSS named colours, and transparent (not currentcolor, which means nothing in a file). */
const NAMED_COLORS = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue ' +
    'blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk ' +
    'crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki ' +
    'darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue ' +
    'dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite ' +
    'gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen ' +
    'lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen ' +
    'magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream ' +
    'mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
    'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum ' +
    'powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown ' +
    'seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen ' +
    'steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow ' +
    'yellowgreen transparent'
  ).split(' ')
);

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?`;
const PERCENT = `${NUMBER}%`;
const N_OR_P = `(?:${PERCENT}|${NUMBER})`;
const HUE = `${NUMBER}(?:deg|grad|rad|turn)?`;
const S = String.raw`\s*`;
/** rgb(1, 2, 3), rgba(1, 2, 3, 0.5), rgb(1 2 3 / 50%): numbers and percentages only. */
const RGB = new RegExp(
  `^rgba?\\(${S}(?:${N_OR_P}${S},${S}${N_OR_P}${S},${S}${N_OR_P}(?:${S},${S}${N_OR_P})?` +
    `|${N_OR_P}\\s+${N_OR_P}\\s+${N_OR_P}(?:${S}/${S}${N_OR_P})?)${S}\\)$`,
  'i'
);
/** hsl(120, 50%, 50%), hsla(120deg, 50%, 50%, 0.5), hsl(120 50% 50% / 0.5). */
const HSL = new RegExp(
  `^hsla?\\(${S}(?:${HUE}${S},${S}${N_OR_P}${S},${S}${N_OR_P}(?:${S},${S}${N_OR_P})?` +
    `|${HUE}\\s+${N_OR_P}\\s+${N_OR_P}(?:${S}/${S}${N_OR_P})?)${S}\\)$`,
  'i'
);

export function isSafeCssColor(value: string): boolean {
  const color = value.trim();
  if (color.length > 100) return false;
  return (
    HEX.test(color) || RGB.test(color) || HSL.test(color) || NAMED_COLORS.has(color.toLowerCase())
  );
}
