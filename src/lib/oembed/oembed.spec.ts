import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { EMBED_HEIGHT, embedSnippet } from '../embed.ts';
import { SHARE_IMAGE_SIZE } from '../share.ts';
import { OEMBED_CACHE_AGE, OEMBED_WIDTH, oembedResponse, type OEmbedPage } from './oembed.ts';

const page: OEmbedPage = {
  title: 'Un récit',
  embedUrl: 'https://chronologie.example.org/embed/un-recit/',
  frameTitle: 'Chronologie : Un récit',
  provider: { name: 'Chronologie de l’actualité', url: 'https://chronologie.example.org/' },
  author: 'AFP et Libération',
  thumbnailUrl: 'https://chronologie.example.org/un-recit/share.png'
};

/** The test-only story of hostile text (TEST_STORIES=1): its titles, as a story may carry them. */
const hostile = JSON.parse(
  readFileSync('tests/fixtures/stories/histoire-piegee/story.json', 'utf8')
) as { title: string; events: { title: string }[] };

describe('a page’s oEmbed response', () => {
  it('is a rich embed of the page’s embed snippet, with the fields oEmbed 1.0 requires', () => {
    const response = oembedResponse(page);
    expect(response).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Un récit',
      html: embedSnippet(page.embedUrl, page.frameTitle),
      width: OEMBED_WIDTH,
      height: EMBED_HEIGHT,
      provider_name: 'Chronologie de l’actualité',
      provider_url: 'https://chronologie.example.org/',
      author_name: 'AFP et Libération',
      thumbnail_url: 'https://chronologie.example.org/un-recit/share.png',
      thumbnail_width: SHARE_IMAGE_SIZE.width,
      thumbnail_height: SHARE_IMAGE_SIZE.height,
      cache_age: OEMBED_CACHE_AGE
    });
    // The size the snippet gives its iframe, in whole pixels as the specification asks.
    expect(response.html).toContain(`height="${response.height}"`);
    for (const n of [response.width, response.height, response.cache_age])
      expect(Number.isInteger(n) && n > 0).toBe(true);
  });

  it('names no author for a story that has none (an imported timeline, the newsroom’s text)', () => {
    expect(oembedResponse({ ...page, author: '' })).not.toHaveProperty('author_name');
    expect(oembedResponse({ ...page, author: undefined })).not.toHaveProperty('author_name');
  });

  it('refuses an address another site could not follow, saying which', () => {
    expect(() => oembedResponse({ ...page, thumbnailUrl: '/un-recit/share.png' })).toThrow(
      'oEmbed: thumbnail_url must be an absolute http(s) address, not "/un-recit/share.png"'
    );
    expect(() => oembedResponse({ ...page, embedUrl: 'javascript:alert(1)' })).toThrow(
      'oEmbed: the embed must be an absolute http(s) address'
    );
    expect(() => oembedResponse({ ...page, provider: { ...page.provider, url: '' } })).toThrow(
      'oEmbed: provider_url must be'
    );
  });

  describe('with the hostile story’s titles', () => {
    for (const title of [hostile.title, ...hostile.events.map((e) => e.title)]) {
      it(JSON.stringify(title), () => {
        const response = oembedResponse({ ...page, title, frameTitle: `Chronologie : ${title}` });
        // The JSON carries the title intact, and reads back as it was.
        const parsed = JSON.parse(JSON.stringify(response)) as typeof response;
        expect(parsed.title).toBe(title);
        expect(parsed.html).toBe(response.html);
        // In the html, the title stays inside the iframe's title: no tag or attribute of its own.
        const tags: { name: string; attributes: Record<string, string> }[] = [];
        const parser = new Parser(
          { onopentag: (name, attributes) => tags.push({ name, attributes }) },
          { decodeEntities: true }
        );
        parser.end(response.html);
        expect(tags.map((tag) => tag.name)).toEqual(['iframe', 'script']);
        expect(Object.keys(tags[0]!.attributes)).toEqual([
          'src',
          'title',
          'width',
          'height',
          'style',
          'loading'
        ]);
        expect(tags[0]!.attributes.title).toBe(`Chronologie : ${title}`);
        expect(tags[0]!.attributes.src).toBe(page.embedUrl);
      });
    }
  });
});
