/**
 * The site's addresses, under its base path, each ending in a slash: the pages are prerendered
 * as folders (/<story>/<event>/index.html), and a link without the slash would cost a redirect
 * on every static host.
 */
import { resolve } from '$app/paths';

export const homeHref = () => resolve('/');
export const storyHref = (story: string) => `${resolve('/[story]', { story })}/`;
export const eventHref = (story: string, event: string) =>
  `${resolve('/[story]/[event]', { story, event })}/`;
export const dataHref = () => resolve('/stories.json');
