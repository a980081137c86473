/** The drawn mark of an event, to focus it or scroll to it (both drawings mark it data-slug). */
export const findMark = (slug: string, root: ParentNode = document) =>
  root.querySelector<SVGElement>(`.timeline a[data-slug="${slug}"]`);
