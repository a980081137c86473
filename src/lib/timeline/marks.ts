/**
 * The drawn mark of an event, to focus it or scroll to it (both drawings mark it data-slug);
 * not one of the wide drawing's next layout, being made hidden (`.pending`, buffering.ts).
 */
export const findMark = (slug: string, root: ParentNode = document) =>
  root.querySelector<SVGElement>(`.timeline a[data-slug="${slug}"]:not(.pending *)`);
