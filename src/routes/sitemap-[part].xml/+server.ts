import { error } from '@sveltejs/kit';
import { siteSitemapFile, siteSitemapFiles } from '$lib/sitemap/site-sitemap';
import { sitemapPartFile } from '$lib/sitemap/sitemap';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The parts of a sitemap of more than 50,000 pages (none for a smaller site). */
export const entries = (() =>
  siteSitemapFiles()
    .slice(1)
    .map((_, i) => ({ part: String(i + 1) }))) satisfies EntryGenerator;

export const GET = (({ params }) => {
  const xml = /^[1-9]\d*$/.test(params.part)
    ? siteSitemapFile(sitemapPartFile(Number(params.part)))
    : undefined;
  if (xml === undefined) error(404, 'No such part of the sitemap');
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}) satisfies RequestHandler;
