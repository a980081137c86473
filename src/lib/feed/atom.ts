/**
 * Atom (RFC 4287) documents, pure: a feed's parts → its XML text. Every text and attribute goes
 * through one escape (escapeXml, the sitemap's: the five special characters as entities, the
 * characters XML 1.0 forbids dropped), so that no text of a story, however hostile, can end an
 * element or break the document. With the feed-history extension (RFC 5005): a complete feed,
 * or an archived one's subscription and archive documents.
 */
import { escapeXml } from '../sitemap/sitemap.ts';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
/** RFC 5005's namespace: <fh:complete/>, <fh:archive/>. */
export const HISTORY_NAMESPACE = 'http://purl.org/syndication/history/1.0';
/** The content type a feed is served with. */
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/**
 * Character data: escaped, and a carriage return as a reference, which a parser keeps (a bare
 * one it turns into a line feed).
 */
export const xmlText = (text: string) => escapeXml(text).replace(/\r/g, '&#13;');

/**
 * An attribute's value: as character data, and tabs and line feeds as references too, which a
 * parser keeps (bare ones it turns into spaces).
 */
export const xmlAttribute = (text: string) =>
  xmlText(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

/**
 * A calendar date (YYYY-MM-DD) as the date-time Atom requires (RFC 3339): midnight UTC of that
 * day, `2023-09-05T00:00:00Z`. A day, not an instant anyone reported; undefined for a year RFC
 * 3339 cannot write (before 0000 or after 9999).
 */
export const atomDateTime = (date: string): string | undefined =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : undefined;

/** A person construct: an outlet, a publisher. */
export interface AtomPerson {
  name: string;
  uri?: string;
}

export interface AtomLink {
  rel: 'self' | 'alternate' | 'current' | 'prev-archive' | 'next-archive';
  href: string;
  type?: string;
}

export interface AtomCategory {
  term: string;
  scheme?: string;
  label?: string;
}

export interface AtomEntry {
  /** A permanent IRI: the same entry keeps it from one build to the next. */
  id: string;
  title: string;
  /** RFC 3339 date-times. */
  updated: string;
  published?: string;
  /** The entry's page (rel="alternate"). */
  link: string;
  authors: AtomPerson[];
  categories: AtomCategory[];
  /** Plain text. */
  summary?: string;
  /** HTML, escaped here once more as Atom's type="html" content is. */
  contentHtml?: string;
  /** The entry's own language, where it is not the feed's. */
  lang?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  /** Its language (xml:lang), e.g. "fr". */
  lang: string;
  authors: AtomPerson[];
  links: AtomLink[];
  generator?: { name: string; uri?: string };
  icon?: string;
  /** RFC 5005: a complete feed (every entry is here), or one of an archived feed's archives. */
  history?: 'complete' | 'archive';
  entries: AtomEntry[];
}

const element = (name: string, text: string, attributes = '') =>
  `<${name}${attributes}>${xmlText(text)}</${name}>`;

const attributes = (pairs: Record<string, string | undefined>) =>
  Object.entries(pairs)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttribute(value)}"`)
    .join('');

const person = (tag: 'author', p: AtomPerson) =>
  `<${tag}>${element('name', p.name)}${p.uri ? element('uri', p.uri) : ''}</${tag}>`;

const link = (l: AtomLink) => `<link${attributes({ rel: l.rel, type: l.type, href: l.href })}/>`;

function entry(e: AtomEntry, indent: string): string {
  const lines = [
    element('id', e.id),
    element('title', e.title, ' type="text"'),
    link({ rel: 'alternate', type: 'text/html', href: e.link }),
    ...(e.published ? [element('published', e.published)] : []),
    element('updated', e.updated),
    ...e.authors.map((a) => person('author', a)),
    ...e.categories.map((c) => `<category${attributes({ ...c })}/>`),
    ...(e.summary !== undefined ? [element('summary', e.summary, ' type="text"')] : []),
    ...(e.contentHtml !== undefined ? [element('content', e.contentHtml, ' type="html"')] : [])
  ];
  const open = `<entry${attributes({ 'xml:lang': e.lang })}>`;
  return `${indent}${open}\n${lines.map((l) => `${indent}  ${l}\n`).join('')}${indent}</entry>\n`;
}

/** The feed document's text: the XML declaration, <feed> and its entries. */
export function atomDocument(feed: AtomFeed): string {
  const head = [
    element('id', feed.id),
    element('title', feed.title, ' type="text"'),
    ...(feed.subtitle ? [element('subtitle', feed.subtitle, ' type="text"')] : []),
    element('updated', feed.updated),
    ...feed.authors.map((a) => person('author', a)),
    ...feed.links.map(link),
    ...(feed.generator
      ? [element('generator', feed.generator.name, attributes({ uri: feed.generator.uri }))]
      : []),
    ...(feed.icon ? [element('icon', feed.icon)] : []),
    ...(feed.history ? [`<fh:${feed.history}/>`] : [])
  ];
  const root = attributes({
    xmlns: ATOM_NAMESPACE,
    ...(feed.history && { 'xmlns:fh': HISTORY_NAMESPACE }),
    'xml:lang': feed.lang
  });
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed${root}>\n` +
    head.map((l) => `  ${l}\n`).join('') +
    feed.entries.map((e) => entry(e, '  ')).join('') +
    '</feed>\n'
  );
}
