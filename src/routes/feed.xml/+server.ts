import { ATOM_CONTENT_TYPE } from '$lib/feed/atom';
import { siteStoriesFeed } from '$lib/feed/site-feed';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The home page's Atom feed: one entry per story (README, "Feeds"). */
export const GET = (() =>
  new Response(siteStoriesFeed(), {
    headers: { 'content-type': ATOM_CONTENT_TYPE }
  })) satisfies RequestHandler;
