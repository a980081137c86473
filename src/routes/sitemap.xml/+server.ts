import { siteSitemapFiles } from '$lib/sitemap/site-sitemap';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The sitemap of every page a reader should find, or past 50,000 its index (README, "Deploying"). */
export const GET = (() => {
  const [{ xml }] = siteSitemapFiles();
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}) satisfies RequestHandler;
