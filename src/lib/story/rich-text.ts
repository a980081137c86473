/**
 * Rich text: HTML reduced to a small safe subset (paragraphs, line breaks, emphasis, lists and
 * links to http(s) addresses), as a TimelineJS file's text becomes in a story file.
 *
 * `sanitizeHtml` takes any HTML (a hostile one included) and keeps what is safe, saying what it
 * removed; `richTextToHtml` writes the subset's canonical HTML, which `parseRichText` reads back
 * strictly (the validator's reading of a stored field). The nodes are plain data that a Svelte
 * component draws as elements, never as HTML.
 *
 * Build-time only (htmlparser2 never ships to the browser): components import the types alone.
 */
import { Parser } from 'htmlparser2';

export type RichNode =
  | { text: string }
  | { tag: 'p' | 'em' | 'strong' | 'ul' | 'ol' | 'li'; children: RichNode[] }
  | { tag: 'br' }
  | { tag: 'a'; href: string; children: RichNode[] };

type ElementNode = Exclude<RichNode, { text: string } | { tag: 'br' }>;
type Tag = Exclude<RichNode, { text: string }>['tag'];

/** Elements of other names that the subset has an equivalent for. */
const RENAMED: Record<string, Tag> = {
  b: 'strong',
  i: 'em',
  div: 'p',
  h1: 'p',
  h2: 'p',
  h3: 'p',
  h4: 'p',
  h5: 'p',
  h6: 'p'
};
const SUBSET = new Set<string>(['p', 'em', 'strong', 'ul', 'ol', 'li', 'br', 'a']);
/**
 * Elements unwrapped that stand apart from their neighbours in a browser: their words are kept
 * apart by a space ("<td>a</td><td>b</td>" reads "a b", not "ab").
 */
const BLOCKLIKE = new Set(
  (
    'address article aside blockquote caption center dd details dialog dl dt fieldset figcaption ' +
    'figure footer form header hgroup hr main nav pre section summary table tbody td tfoot th ' +
    'thead tr img iframe video audio object embed script style noscript template title textarea ' +
    'select option button input'
  ).split(' ')
);
const INLINE = new Set<string>(['em', 'strong', 'a']);
const BLOCK = new Set<string>(['p', 'ul', 'ol', 'li']);

/** Bidirectional embedding, override and isolate controls: they can disguise text. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** HTML's whitespace, which a browser shows as one space. */
const HTML_SPACE = /[ \t\n\r\f]+/g;

const codePoint = (char: string) =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a link's address is not kept: "javascript: link", "relative link". */
function unsafeLink(href: string | undefined): string | null {
  if (href === undefined) return 'link without an address';
  if (/^https?:\/\//i.test(href)) {
    try {
      const { protocol } = new URL(href);
      if (protocol === 'http:' || protocol === 'https:') return null;
    } catch {
      return 'malformed link';
    }
  }
  if (href.startsWith('//')) return 'protocol-relative link';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  return scheme ? `${scheme[1]!.toLowerCase()}: link` : 'relative link';
}

interface Reading {
  nodes: RichNode[];
  /** What was dropped or unwrapped, once each, in order of first appearance. */
  removed: string[];
  /** Elements of the wrong name kept under another ("<b>" as strong), once each. */
  renamed: string[];
}

function pushText(children: RichNode[], text: string) {
  const last = children.at(-1);
  if (last && 'text' in last) children[children.length - 1] = { text: last.text + text };
  else children.push({ text });
}

/** Reads HTML into a tree of the subset's nodes, not yet normalised. */
function read(html: string): Reading {
  const removed = new Set<string>();
  const renamed = new Set<string>();
  const root: RichNode[] = [];
  /** Open elements; an unwrapped one writes into its parent's children. */
  const stack: { name: string; children: RichNode[] }[] = [];
  const current = () => stack.at(-1)?.children ?? root;
  const clean = (text: string) =>
    text.replace(BIDI_CONTROLS, (char) => {
      removed.add(codePoint(char));
      return '';
    });

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = RENAMED[name] ?? (SUBSET.has(name) ? (name as Tag) : undefined);
        if (RENAMED[name]) renamed.add(`<${name}>`);
        else if (!tag) removed.add(`<${name}>`);
        let href: string | undefined;
        for (const [attribute, value] of Object.entries(attributes)) {
          if (tag === 'a' && attribute === 'href') href = clean(value).trim();
          else removed.add(attribute);
        }
        const parent = current();
        if (tag === 'a') {
          const why = unsafeLink(href);
          if (why) removed.add(why);
          else {
            const link: RichNode = { tag: 'a', href: href!, children: [] };
            parent.push(link);
            stack.push({ name, children: link.children });
            return;
          }
        } else if (tag === 'br') {
          parent.push({ tag: 'br' });
        } else if (tag) {
          const element = { tag, children: [] as RichNode[] } as ElementNode;
          parent.push(element);
          stack.push({ name, children: element.children });
          return;
        }
        if (BLOCKLIKE.has(name)) pushText(parent, ' ');
        stack.push({ name, children: parent });
      },
      onclosetag(name) {
        // htmlparser2 closes every element it opened, in order, with the implied ones.
        const frame = stack.pop();
        if (frame && BLOCKLIKE.has(name)) pushText(frame.children, ' ');
      },
      ontext(text) {
        pushText(current(), clean(text));
      },
      oncomment() {
        removed.add('comment');
      },
      onprocessinginstruction(name) {
        removed.add(`<${name.toLowerCase()}>`);
      }
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  parser.write(html);
  parser.end();
  return { nodes: normalizeFlow(root), removed: [...removed], renamed: [...renamed] };
}

const isInline = (node: RichNode) => 'text' in node || node.tag === 'br' || INLINE.has(node.tag);

/**
 * Content of the top level or of a list item: paragraphs, lists, and runs of inline content. A
 * paragraph holds inline content only (a block inside one ends it), a list items only.
 */
function normalizeFlow(nodes: RichNode[]): RichNode[] {
  const out: RichNode[] = [];
  let run: RichNode[] = [];
  let orphanItems: RichNode[] = [];
  const flushRun = () => {
    out.push(...normalizePhrasing(run));
    run = [];
  };
  const flushItems = () => {
    if (orphanItems.length) out.push(...normalizeBlock({ tag: 'ul', children: orphanItems }));
    orphanItems = [];
  };
  for (const node of nodes) {
    if (isInline(node)) {
      // Spaces between an orphan list item and the next do not end their list.
      if (orphanItems.length && 'text' in node && node.text.trim() === '') continue;
      flushItems();
      run.push(node);
      continue;
    }
    flushRun();
    if ('tag' in node && node.tag === 'li') orphanItems.push(node);
    else {
      flushItems();
      out.push(...normalizeBlock(node as ElementNode));
    }
  }
  flushRun();
  flushItems();
  return out;
}

function normalizeBlock(node: ElementNode): RichNode[] {
  if (node.tag === 'p') {
    // A block inside a paragraph ends it, as in a browser: "<p>a<ul>…</ul>b</p>".
    const out: RichNode[] = [];
    let run: RichNode[] = [];
    const flush = () => {
      const children = normalizePhrasing(run);
      if (children.length) out.push({ tag: 'p', children });
      run = [];
    };
    for (const child of node.children) {
      if (isInline(child)) run.push(child);
      else {
        flush();
        out.push(...normalizeFlow([child]));
      }
    }
    flush();
    return out;
  }
  if (node.tag === 'ul' || node.tag === 'ol') {
    const items: RichNode[] = [];
    let stray: RichNode[] = [];
    const flush = () => {
      if (stray.some((n) => !('text' in n) || n.text.trim() !== ''))
        items.push(...normalizeBlock({ tag: 'li', children: stray }));
      stray = [];
    };
    for (const child of node.children) {
      if ('tag' in child && child.tag === 'li') {
        flush();
        items.push(...normalizeBlock(child));
      } else stray.push(child);
    }
    flush();
    return items.length ? [{ tag: node.tag, children: items }] : [];
  }
  if (node.tag === 'li') {
    const children = normalizeFlow(node.children);
    return children.length ? [{ tag: 'li', children }] : [];
  }
  return normalizePhrasing([node]);
}

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'open'; node: ElementNode }
  | { kind: 'close' }
  | { kind: 'br' }
  /** Where a block stood inside inline content: a line break if words stand either side. */
  | { kind: 'break' };

function tokenize(nodes: RichNode[], tokens: Token[], inLink: boolean) {
  for (const node of nodes) {
    if ('text' in node) tokens.push({ kind: 'text', text: node.text });
    else if (node.tag === 'br') tokens.push({ kind: 'br' });
    else if (INLINE.has(node.tag) && !(node.tag === 'a' && inLink)) {
      tokens.push({ kind: 'open', node });
      tokenize(node.children, tokens, inLink || node.tag === 'a');
      tokens.push({ kind: 'close' });
    } else if (node.tag === 'a')
      tokenize(node.children, tokens, inLink); // a link in a link
    else {
      tokens.push({ kind: 'break' });
      tokenize(node.children, tokens, inLink);
      tokens.push({ kind: 'break' });
    }
  }
}

/**
 * Inline content as a browser shows it: runs of spaces as one, none at the start or end of a
 * line, blocks inside inline elements as line breaks, empty elements dropped.
 */
function normalizePhrasing(nodes: RichNode[]): RichNode[] {
  const tokens: Token[] = [];
  tokenize(nodes, tokens, false);
  const out: Token[] = [];
  let lineStart = true;
  let afterSpace = false;
  let sawContent = false;
  let pendingBreakAt = -1;
  const stripTrailingSpace = () => {
    for (let i = out.length - 1; i >= 0; i--) {
      const token = out[i]!;
      if (token.kind === 'text') {
        if (token.text.endsWith(' ')) out[i] = { kind: 'text', text: token.text.slice(0, -1) };
        return;
      }
      if (token.kind === 'br') return;
    }
  };
  const lineBreak = (at = out.length) => {
    out.splice(at, 0, { kind: 'br' });
    lineStart = true;
    afterSpace = false;
  };
  for (const token of tokens) {
    if (token.kind === 'text') {
      let text = token.text.replace(HTML_SPACE, ' ');
      if (lineStart || afterSpace) text = text.replace(/^ /, '');
      if (text === '') continue;
      if (pendingBreakAt >= 0) {
        lineBreak(pendingBreakAt);
        pendingBreakAt = -1;
      }
      out.push({ kind: 'text', text });
      lineStart = false;
      afterSpace = text.endsWith(' ');
      sawContent = true;
    } else if (token.kind === 'br') {
      pendingBreakAt = -1;
      stripTrailingSpace();
      lineBreak();
      sawContent = true;
    } else if (token.kind === 'break') {
      if (sawContent && pendingBreakAt < 0) {
        stripTrailingSpace();
        pendingBreakAt = out.length;
        lineStart = true;
        afterSpace = false;
      }
    } else out.push(token);
  }
  if (pendingBreakAt < 0) stripTrailingSpace();
  return build(out);
}

/** The tree of normalised tokens, without empty elements or empty texts. */
function build(tokens: Token[]): RichNode[] {
  const root: RichNode[] = [];
  const stack: RichNode[][] = [root];
  const opened: ElementNode[] = [];
  for (const token of tokens) {
    const children = stack.at(-1)!;
    if (token.kind === 'text') {
      if (token.text) pushText(children, token.text);
    } else if (token.kind === 'br') children.push({ tag: 'br' });
    else if (token.kind === 'open') {
      opened.push(token.node);
      stack.push([]);
    } else if (token.kind === 'close') {
      const inner = stack.pop()!;
      const node = opened.pop()!;
      if (inner.length === 0) continue;
      const parent = stack.at(-1)!;
      const element: RichNode =
        node.tag === 'a'
          ? { tag: 'a', href: node.href, children: inner }
          : { tag: node.tag, children: inner };
      parent.push(element);
    }
  }
  // Texts made neighbours by a dropped element are one text.
  return mergeTexts(root);
}

function mergeTexts(nodes: RichNode[]): RichNode[] {
  const out: RichNode[] = [];
  for (const node of nodes) {
    if ('text' in node) pushText(out, node.text);
    else out.push(node);
  }
  return out;
}

/** Reduces any HTML to the safe subset; what it removed, described ("<script>", "onclick", "javascript: link", "U+202E"). */
export function sanitizeHtml(html: string): { nodes: RichNode[]; removed: string[] } {
  const { nodes, removed } = read(html);
  return { nodes, removed };
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The canonical, escaped HTML of the subset. */
export function richTextToHtml(nodes: RichNode[]): string {
  return nodes
    .map((node) => {
      if ('text' in node) return escapeText(node.text);
      if (node.tag === 'br') return '<br>';
      const inner = richTextToHtml(node.children);
      if (node.tag === 'a') return `<a href="${escapeAttribute(node.href)}">${inner}</a>`;
      return `<${node.tag}>${inner}</${node.tag}>`;
    })
    .join('');
}

/** Strict reading of a stored rich text: an error naming what lies outside the subset. */
export function parseRichText(stored: string): { nodes: RichNode[] } | { error: string } {
  const { nodes, removed, renamed } = read(stored);
  const outside = [...renamed, ...removed];
  if (outside.length > 0)
    return {
      error: `outside the rich-text subset: ${outside.join(', ')} (allowed: <p>, <br>, <em>, <strong>, <ul>, <ol>, <li>, <a href="http(s)://…">)`
    };
  if (nodes.length === 0) return { error: 'has no text' };
  return { nodes };
}

/** The words alone (paragraphs and list items separated by line breaks). */
export function richTextToPlain(nodes: RichNode[]): string {
  let out = '';
  const newLine = () => {
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  const walk = (list: RichNode[]) => {
    for (const node of list) {
      if ('text' in node) out += node.text;
      else if (node.tag === 'br') out += '\n';
      else if (BLOCK.has(node.tag)) {
        newLine();
        walk(node.children);
        newLine();
      } else walk(node.children);
    }
  };
  walk(nodes);
  return out.replace(/^\n+|\n+$/g, '');
}
