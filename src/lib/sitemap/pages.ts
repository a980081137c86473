/**
 * The pages a reader should find, for the sitemap: the home page, and of every story its page,
 * its events', its list's further pages and its source documents'. Not the embed's pages (kept
 * out by robots.txt and noindex), the 404, the old article address (a page that only sends its
 * reader on to a document) nor the workshop (/atelier/: a tool that drafts a story from a
 * pasted text, with no content of its own to find).
 */
import { documentHref, eventHref, homeHref, listHref, storyHref } from '../paths.ts';
import { storyPublished } from '../story/documents.ts';
import { listPageCount } from '../story/page-data.ts';
import type { Story } from '../story/types.ts';
import { lastmodOf, latestDate, type SitemapUrl } from './sitemap.ts';

type SitemapStory = Pick<Story, 'id' | 'documents'> & {
  events: Pick<Story['events'][number], 'slug'>[];
};

/**
 * Every such page's absolute address (`origin` + its path), each story's pages dated by the
 * story's latest document (none for a story without documents), the home page by the latest
 * of all.
 */
export function sitemapUrls(stories: readonly SitemapStory[], origin: string): SitemapUrl[] {
  const at = (path: string, date: string | undefined): SitemapUrl => {
    const lastmod = lastmodOf(date);
    return lastmod ? { loc: origin + path, lastmod } : { loc: origin + path };
  };
  const dated = stories.map((story) => ({ story, lastmod: storyPublished(story) }));
  return [
    at(homeHref(), latestDate(dated.map((d) => d.lastmod))),
    ...dated.flatMap(({ story, lastmod }) => [
      at(storyHref(story.id), lastmod),
      ...story.events.map((event) => at(eventHref(story.id, event.slug), lastmod)),
      ...Array.from({ length: listPageCount(story.events.length) - 1 }, (_, i) =>
        at(listHref(story.id, i + 2), lastmod)
      ),
      ...story.documents.map((doc) => at(documentHref(story.id, doc.id), lastmod))
    ])
  ];
}
