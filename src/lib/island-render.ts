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

/** The part's HTML, with its hydration markers; on the server only. */
export const renderPart: RenderPart = (component, options) => {
  if (!renderer)
    throw new Error(
      'An island is rendered on the server only, once src/hooks.server.ts has set its renderer'
    );
  return renderer(component, options);
};
