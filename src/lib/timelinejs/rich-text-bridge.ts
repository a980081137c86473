/**
 * TEMPORARY: the model contract's rich text (src/lib/story/rich-text.ts, MODEL's stage 1), until
 * it lands on main; then this file re-exports it and goes. Same types, same canonical HTML.
 */
export type RichNode =
  | { text: string }
  | { tag: 'p' | 'em' | 'strong' | 'ul' | 'ol' | 'li'; children: RichNode[] }
  | { tag: 'br' }
  | { tag: 'a'; href: string; children: RichNode[] };

const escape = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

export function richTextToHtml(nodes: RichNode[]): string {
  return nodes
    .map((node) => {
      if ('text' in node) return escape(node.text);
      if (node.tag === 'br') return '<br>';
      const inner = richTextToHtml(node.children);
      if (node.tag === 'a') return `<a href="${escape(node.href)}">${inner}</a>`;
      return `<${node.tag}>${inner}</${node.tag}>`;
    })
    .join('');
}
