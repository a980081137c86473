/**
 * The embed's contract with the page that hosts it: the iframe snippet, and the message by
 * which the embed tells its parent its height so the iframe can fit it.
 */
export const HEIGHT_MESSAGE = 'chronologie:hauteur';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** The iframe's height until the embed tells its own (its width is the column's: 100%). */
export const EMBED_HEIGHT = 640;

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML to paste: the iframe, and a few lines that resize it when the embed says so.
 * @param title the iframe's title, as the page's language says it ("Chronologie : …").
 */
export function embedSnippet(embedUrl: string, title: string): string {
  const origin = new URL(embedUrl).origin;
  return [
    `<iframe src="${attribute(embedUrl)}" title="${attribute(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(HEIGHT_MESSAGE)})return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})});</script>`
  ].join('\n');
}
