/**
 * The built site's sitemap files, made once per build from its stories (the index and each part
 * are asked for separately), and the absolute addresses robots.txt gives.
 */
import { embedStoryHref, homeHref } from '../paths.ts';
import { siteOrigin } from '../server/site.ts';
import { loadStories } from '../server/stories.ts';
import { sitemapUrls } from './pages.ts';
import { sitemapFiles } from './sitemap.ts';

/** The site's folder, absolute: origin + base path + "/". */
export const siteFolder = () => {
  const home = homeHref();
  return siteOrigin() + (home.endsWith('/') ? home : `${home}/`);
};

let made: { stories: unknown; files: ReturnType<typeof sitemapFiles> } | undefined;

export function siteSitemapFiles() {
  const stories = loadStories();
  if (made?.stories !== stories)
    made = { stories, files: sitemapFiles(sitemapUrls(stories, siteOrigin()), siteFolder()) };
  return made.files;
}

export function siteSitemapFile(file: string): string | undefined {
  return siteSitemapFiles().find((f) => f.file === file)?.xml;
}

/** The embed's folder under the site's base path (/embed/), for robots.txt's Disallow. */
export const embedFolder = () => embedStoryHref('x').replace(/x\/$/, '');
