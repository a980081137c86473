import { embedFolder, siteFolder } from '$lib/sitemap/site-sitemap';
import { robotsTxt } from '$lib/sitemap/sitemap';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/**
 * Where the sitemap is, and the embed's pages kept out of search engines (they carry noindex
 * too). A crawler reads robots.txt at the host's root only: under a BASE_PATH, copy it there.
 */
export const GET = (() =>
  new Response(robotsTxt({ sitemap: `${siteFolder()}sitemap.xml`, embed: embedFolder() }), {
    headers: { 'content-type': 'text/plain; charset=utf-8' }
  })) satisfies RequestHandler;
