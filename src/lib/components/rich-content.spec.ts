/**
 * The imported timeline's fields as the build renders them: rich text as elements, the author's
 * quotations marked as unchecked, the background as a swatch and a link (never loaded).
 */
import path from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { localeFor } from '$lib/i18n/catalogues';
import { messagesContext } from '$lib/i18n/context';
import { readStory } from '$lib/server/stories';
import { toEventView } from '$lib/story/page-data';
import { sanitizeHtml } from '$lib/story/rich-text';
import EventDetail from './EventDetail.svelte';
import RichText from './RichText.svelte';

const context = messagesContext(localeFor('fr'));
/** The markup without Svelte's hydration comments and scoped class names. */
const clean = (html: string) =>
  html.replace(/<!--[^>]*-->/g, '').replace(/ class="svelte-\w+"|\s?svelte-\w+/g, '');
const richText = (html: string) =>
  clean(render(RichText, { props: { nodes: sanitizeHtml(html).nodes }, context }).body);

describe('RichText', () => {
  it('draws each element of the subset', () => {
    expect(richText('<p>a <em>b</em> <strong>c</strong><br>d</p><ol><li>e</li></ol>')).toBe(
      '<p>a <em>b</em> <strong>c</strong><br/>d</p><ol><li>e</li></ol>'
    );
  });

  it('marks a link as leaving the site, with its host, and gives it nothing of the page', () => {
    const html = richText('<a href="https://example.org/x">lien</a>');
    expect(html).toBe(
      '<a href="https://example.org/x" rel="external noopener noreferrer nofollow">lien</a> <span class="host">(example.org)</span>'
    );
  });

  it('keeps hostile text as text', () => {
    const html = richText('<script>alert(1)</script><img src=x onerror=alert(1)>&lt;b&gt;');
    expect(html).not.toMatch(/<script|<img|onerror=/);
    expect(html).toContain('alert(1)');
    expect(html).toContain('&lt;b>');
  });
});

describe('the panel of an imported event', () => {
  const imported = readStory(
    path.resolve('src/lib/server/fixtures/stories/valid-without-documents')
  ).story!;
  const panel = (slug: string) =>
    clean(
      render(EventDetail, {
        props: {
          event: toEventView(imported, slug)!,
          eventUrl: `https://chronologie.example.org/x/${slug}/`,
          documents: [],
          documentHref: () => '/nowhere/'
        },
        context
      }).body
    );

  it('shows the body in place of the summary, with its list', () => {
    const html = panel('la-guerre');
    expect(html).toContain('<strong>six ans</strong>');
    expect(html).toMatch(/<ul><li>1939<\/li><li>1945<\/li><\/ul>/);
    expect(html).not.toContain('Elle dure six ans.');
  });

  it('draws the background colour as a swatch, hidden from assistive technology', () => {
    expect(panel('la-guerre')).toMatch(/<svg[^>]*aria-hidden="true"[^>]*>.*fill="#1a2b3c"/s);
  });

  it('gives the author’s words for the date, and the date they were read as', () => {
    const html = panel('le-premier-pas');
    expect(html).toMatch(/<time datetime="1969-06-01">Été 1969<\/time>/);
    expect(html).toMatch(/<dt>Date<\/dt>\s*<dd>\s*<time datetime="1969-06-01">juin–août 1969/);
  });

  it('marks the author’s quotation as unchecked, apart from the verified quotes', () => {
    const html = panel('le-premier-pas');
    expect(html).toContain('Citations non vérifiées');
    expect(html).toMatch(
      /<blockquote><p>«\u00a0Un petit pas pour l’homme|<blockquote><p>«\u00a0Un petit pas pour l'homme/
    );
    expect(html).toContain('— Neil Armstrong');
    expect(html).toContain(
      'Citation donnée par l’auteur de la chronologie, non vérifiée dans un document source'
    );
    expect(html).not.toContain('Voir dans la source');
  });

  it('gives the background image as a link, never loaded', () => {
    const html = panel('le-premier-pas');
    expect(html).toMatch(
      /<a href="http:\/\/exemple.fr\/lune.jpg" rel="external noopener noreferrer nofollow">Image de fond \(lien externe\)<\/a>/
    );
    expect(html).not.toMatch(/<img|url\(/);
  });

  it('prints nothing undefined, names no actor and no document', () => {
    for (const slug of ['la-guerre', 'le-premier-pas']) {
      const html = panel(slug);
      expect(html).not.toContain('undefined');
      expect(html).not.toContain('Acteurs');
      expect(html).not.toContain('Dans les documents');
    }
  });
});
