/**
 * A page's oEmbed response (https://oembed.com, version 1.0): a `rich` embed whose `html` is the
 * very snippet "Intégrer" gives, so that a content-management system that finds the page's
 * discovery link embeds the timeline from the page's address alone. Built at build time into a
 * static file per page (/<story>/oembed.json, /<story>/<event>/oembed.json).
 */
import { EMBED_HEIGHT, embedSnippet } from '../embed.ts';
import { SHARE_IMAGE_SIZE } from '../share.ts';

/**
 * The width the response states. The snippet's iframe is as wide as the column it is pasted in
 * (width="100%", max-width:100%); oEmbed asks for pixels all the same: an article column's.
 */
export const OEMBED_WIDTH = 640;
/**
 * How long a consumer may keep the response, in seconds: a day. The iframe always shows the
 * timeline as it is now; only the title (and the image behind the same address) can change.
 */
export const OEMBED_CACHE_AGE = 86_400;

/** What the response says of one page, every address absolute. */
export interface OEmbedPage {
  /** The page's title, as its <title> says it. */
  title: string;
  /** The embed's address: /embed/<story>/ or /embed/<story>/<event>/. */
  embedUrl: string;
  /** The iframe's title, as the embed button gives it ("Chronologie : …"). */
  frameTitle: string;
  /** The site: its name and its home page (origin and base path). */
  provider: { name: string; url: string };
  /** Who the story comes from (its documents' outlets), where it says. */
  author?: string;
  /** The page's share image (SHARE_IMAGE_SIZE). */
  thumbnailUrl: string;
}

/** The response's fields, as the specification names them. */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  html: string;
  width: number;
  height: number;
  provider_name: string;
  provider_url: string;
  author_name?: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** An address another site can follow: absolute, http(s); anything else is the build's mistake. */
function absolute(field: string, value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new Error(
      `oEmbed: ${field} must be an absolute http(s) address, not ${JSON.stringify(value)}`
    );
  return value;
}

export function oembedResponse(page: OEmbedPage): OEmbedRich {
  const embedUrl = absolute('the embed', page.embedUrl);
  const author = page.author?.trim();
  return {
    version: '1.0',
    type: 'rich',
    title: page.title,
    html: embedSnippet(embedUrl, page.frameTitle),
    width: OEMBED_WIDTH,
    height: EMBED_HEIGHT,
    provider_name: page.provider.name,
    provider_url: absolute('provider_url', page.provider.url),
    ...(author && { author_name: author }),
    // The specification asks for the three together, or none.
    thumbnail_url: absolute('thumbnail_url', page.thumbnailUrl),
    thumbnail_width: SHARE_IMAGE_SIZE.width,
    thumbnail_height: SHARE_IMAGE_SIZE.height,
    cache_age: OEMBED_CACHE_AGE
  };
}
