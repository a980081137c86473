/**
 * The JSON-LD's script element as the build writes it into a page's head (StructuredData), read
 * back as a browser's HTML parser reads it: hostile story text stays inside, and is given back
 * exactly.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import StructuredData from '../components/StructuredData.svelte';
import { serializeJsonLd } from './json-ld.ts';

/** Texts a story may hold (tests/fixtures/stories/histoire-piegee has their like). */
const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT >x',
  '<!-- <script> -->',
  '<!--',
  ']]>',
  '& &amp; &lt; "\' \\',
  '\u2028 and \u2029, line separators',
  '\u202Eelôr\u202C and \u2066isolate\u2069',
  'Témoin 👩🏽‍🚀',
  '\u0000 \u001f \uD800 lone',
  '{{ curly }} {json}'
];

/** The script elements as an HTML parser finds them: their type and raw text. */
const scripts = (html: string) =>
  DomUtils.getElementsByTagName('script', parseDocument(html)).map((element) => ({
    type: element.attribs.type,
    text: DomUtils.textContent(element)
  }));

describe('serializeJsonLd', () => {
  it('leaves no character that HTML or a script element reads as markup', () => {
    const json = serializeJsonLd({ text: HOSTILE.join(' ') });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it.each(HOSTILE)('gives %j back exactly through JSON.parse', (text) => {
    expect(JSON.parse(serializeJsonLd({ text, nested: [{ text }] }))).toEqual({
      text,
      nested: [{ text }]
    });
  });
});

describe('StructuredData', () => {
  const head = (data: unknown) =>
    render(StructuredData, { props: { json: serializeJsonLd(data) } }).head;

  it('writes one data block into the head, which hostile text cannot close', () => {
    const data = { '@context': 'https://schema.org', quotes: HOSTILE };
    const found = scripts(head(data));
    expect(found).toHaveLength(1);
    expect(found[0]!.type).toBe('application/ld+json');
    expect(JSON.parse(found[0]!.text)).toEqual(data);
  });

  it('has no Svelte marker or entity inside the element', () => {
    const html = head({ text: '&lt; <b>' });
    const text = scripts(html)[0]!.text;
    expect(text).not.toMatch(/<!--|&\w+;/);
    expect(JSON.parse(text)).toEqual({ text: '&lt; <b>' });
  });
});
