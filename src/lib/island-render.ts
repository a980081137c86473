/**
 * How an island (Island.svelte) is rendered to HTML on the server, set by the server itself
 * (src/hooks.server.ts): Svelte's server renderer imported by a component would ride along to
 * the browser (2 KB gzip of escaping and serialising the page never uses there).
 */
import type { Component } from 'svelte';

export type RenderPart = <Props extends Record<string, unknown>>(
  component: Component<Props>,
  options: { props: Props; context: Map<unknown, unknown> }
) => string;

let renderer: RenderPart | undefined;

/** Called once by the server, before it renders a page. */
export function setPartRenderer(render: RenderPart): void {
  renderer = render;
}

/** Elements that have no end tag. (A literal, not a Set: nothing for the client to keep.) */
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/**
 * Whether `html` has an empty comment (`<!---->`, one of Svelte's hydration anchors: a
 * `<svelte:element>` leaves one, for instance) outside any element. The island's host holds
 * the part's HTML as raw HTML, whose hydration takes the nodes up to the first such comment as
 * its own: the part's would end there, and its hydration fail (Svelte's `hydration_mismatch`:
 * the page drawn anew, every island in one long task). Checked by the server's renderer
 * (src/hooks.server.ts), so that the client carries none of it.
 */
export function emptyCommentAtTopLevel(html: string): boolean {
  let depth = 0;
  for (const [, comment, closing, name, selfClosing] of html.matchAll(
    /<!--([\s\S]*?)-->|<(\/?)([a-zA-Z][\w:-]*)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g
  )) {
    if (comment !== undefined) {
      if (comment === '' && depth === 0) return true;
    } else if (closing) depth--;
    else if (!selfClosing && !VOID.test(name!)) depth++;
  }
  return false;
}

/** The part's HTML, with its hydration markers; on the server only. */
export const renderPart: RenderPart = (component, options) => {
  if (!renderer)
    throw new Error(
      'An island is rendered on the server only, once src/hooks.server.ts has set its renderer'
    );
  return renderer(component, options);
};

/** The error for a part whose HTML `emptyCommentAtTopLevel` refuses. */
export const partOutsideAnElement = (name: string): Error =>
  new Error(
    `An island's part begins or ends outside an element (${name || 'a component'}: an empty ` +
      'comment, such as a <svelte:element> leaves, at its top level), where its hydration ' +
      'would stop: wrap the part in an element'
  );
