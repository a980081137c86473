import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { xmlError } from '../../../tests/well-formed-xml.ts';
import { atomDateTime, atomDocument, xmlAttribute, xmlText, type AtomFeed } from './atom.ts';

const feed = (over: Partial<AtomFeed> = {}): AtomFeed => ({
  id: 'https://chronologie.example.org/histoire/feed.xml',
  title: 'Une histoire',
  updated: '2023-09-05T00:00:00Z',
  lang: 'fr',
  authors: [{ name: 'AFP' }],
  links: [{ rel: 'self', href: 'https://chronologie.example.org/histoire/feed.xml' }],
  entries: [],
  ...over
});

const entry = (title: string, summary: string) => ({
  id: 'https://chronologie.example.org/histoire/evenement/',
  title,
  updated: '2023-09-05T00:00:00Z',
  link: 'https://chronologie.example.org/histoire/evenement/',
  authors: [{ name: summary }],
  categories: [{ term: '2023-09', scheme: 'http://id.loc.gov/datatypes/edtf', label: summary }],
  summary,
  contentHtml: `<p>${xmlText(summary)}</p>`
});

/** Texts an attacker could put in a story (the hostile test story's among them). */
const HOSTILE = [
  '<script>alert("titre")</script> Une histoire piégée &amp; 🚀',
  'Un résumé avec <img src=x onerror=alert(3)> et javascript:alert(4) et &lt;i&gt;.',
  'Texte \u202eesrevni\u202c et émojis 🚀🇫🇷 👩🏽\u200d🚀',
  ']]> <![CDATA[ x ]]> <!-- -->',
  `guillemets "doubles" et 'simples'`,
  'lignes\nà la suite\tet\r\nretours'
];

describe('xmlText and xmlAttribute', () => {
  it.each([
    { text: 'a & b', out: 'a &amp; b' },
    { text: '<b>"x"</b>', out: '&lt;b&gt;&quot;x&quot;&lt;/b&gt;' },
    { text: 'ligne\r\nsuivante', out: 'ligne&#13;\nsuivante' },
    // The characters XML 1.0 forbids, which no reference can carry, are dropped:
    { text: 'C0\u0000\u0001\u0008\u000b\u000c\u001f.', out: 'C0.' },
    { text: 'non-caractères \ufffe\uffff.', out: 'non-caractères .' },
    { text: 'demi-paires \ud800 \udfff.', out: 'demi-paires  .' },
    { text: 'une paire 🚀 reste', out: 'une paire 🚀 reste' }
  ])('$text', ({ text, out }) => {
    expect(xmlText(text)).toBe(out);
  });

  it('keeps tabs and line feeds of an attribute as references', () => {
    expect(xmlAttribute('a\tb\nc')).toBe('a&#9;b&#10;c');
  });
});

describe('atomDateTime', () => {
  it.each([
    { date: '2023-09-05', out: '2023-09-05T00:00:00Z' },
    { date: '0000-06-01', out: '0000-06-01T00:00:00Z' },
    { date: '-0500-01-01', out: undefined },
    { date: '12023-01-01', out: undefined }
  ])('$date', ({ date, out }) => {
    expect(atomDateTime(date)).toBe(out);
  });
});

describe('atomDocument', () => {
  it('gives hostile text back intact through a strict XML parser and a feed parser', () => {
    for (const text of HOSTILE) {
      const xml = atomDocument(feed({ title: text, subtitle: text, entries: [entry(text, text)] }));
      expect(xmlError(xml), text).toBeUndefined();
      expect(xml).not.toContain('<script');
      expect(xml).not.toContain('<img');
      const parsed = parseAtomFeed(xml);
      // (The feed parser trims its texts: a story's texts have no outer spaces.)
      expect(parsed.title?.value).toBe(text.trim());
      expect(parsed.subtitle?.value).toBe(text.trim());
      const [e] = parsed.entries ?? [];
      expect(e?.title?.value).toBe(text.trim());
      expect(e?.summary?.value).toBe(text.trim());
      expect(e?.authors?.[0]?.name).toBe(text.trim());
      expect(e?.categories?.[0]?.label).toBe(text);
      // The HTML content: escaped once as HTML, then once more as XML.
      expect(e?.content?.value).toBe(`<p>${xmlText(text)}</p>`);
    }
  });

  it('leaves out the characters XML forbids, so that the document stays well-formed', () => {
    const forbidden = 'a\u0000b\u0007c\ufffed\uffffe\ud800f\udc00g';
    const xml = atomDocument(feed({ title: forbidden, entries: [entry(forbidden, forbidden)] }));
    expect(xmlError(xml)).toBeUndefined();
    expect(parseAtomFeed(xml).title?.value).toBe('abcdefg');
    // The control check: the same text unfiltered is refused by the strict parser.
    expect(xmlError(`<a>${forbidden}</a>`)).toMatch(/disallowed character/);
  });

  it('writes the RFC 4287 musts and the RFC 5005 mark', () => {
    const xml = atomDocument(feed({ history: 'complete', entries: [entry('Titre', 'Résumé')] }));
    expect(xmlError(xml)).toBeUndefined();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed ')).toBe(true);
    expect(xml).toContain(' xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain(' xmlns:fh="http://purl.org/syndication/history/1.0"');
    expect(xml).toContain('<fh:complete/>');
    const parsed = parseAtomFeed(xml);
    expect(parsed.id).toBe('https://chronologie.example.org/histoire/feed.xml');
    expect(parsed.updated).toBe('2023-09-05T00:00:00Z');
    expect(parsed.links).toEqual([
      { rel: 'self', href: 'https://chronologie.example.org/histoire/feed.xml' }
    ]);
    expect(parsed.xml?.lang).toBe('fr');
    expect(parsed.entries?.[0]?.links).toEqual([
      {
        rel: 'alternate',
        type: 'text/html',
        href: 'https://chronologie.example.org/histoire/evenement/'
      }
    ]);
  });

  it('has no history mark and no fh namespace unless asked', () => {
    const xml = atomDocument(feed());
    expect(xml).not.toContain('fh:');
  });
});
