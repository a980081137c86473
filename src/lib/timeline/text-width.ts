/**
 * How wide a label is drawn, px, for the layout to give it the room it needs: measured by the
 * browser's canvas in the drawing's own font, each text once. Where there is no canvas (the
 * build), undefined: the layout then counts characters.
 */
export function cachedWidth(measure: (text: string) => number): (text: string) => number {
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = measure(text)));
    return width;
  };
}

/** A measure of texts in a CSS font ("12px system-ui"), or undefined without a canvas. */
export function canvasTextWidth(font: string): ((text: string) => number) | undefined {
  if (typeof document === 'undefined') return undefined;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  context.font = font;
  return cachedWidth((text) => context.measureText(text).width);
}

/**
 * The average width of a character of the drawing's labels (system-ui, French text), as a share
 * of the font size: what a label's width is guessed from where nothing measures it (the build,
 * the axis, the phone's line length). The one guess the drawing makes.
 */
export const AVERAGE_CHAR_EM = 0.58;

/** The average width of a label character in text of `fontSize` px, px. */
export const charWidth = (fontSize: number): number => fontSize * AVERAGE_CHAR_EM;
