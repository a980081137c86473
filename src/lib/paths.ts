/**
 * The site's addresses, under its base path, each page ending in a slash: the pages are
 * prerendered as folders (/<story>/<event>/index.html), and a link without the slash would cost
 * a redirect on every static host.
 */
import { resolve } from '$app/paths';

export const homeHref = () => resolve('/');
export const storyHref = (story: string) => `${resolve('/(site)/[story]', { story })}/`;
export const eventHref = (story: string, event: string) =>
  `${resolve('/(site)/[story]/[event]', { story, event })}/`;
/** The old address of a story's one article: now a page that sends the reader to its document. */
export const articleHref = (story: string) => `${resolve('/(site)/[story]/article', { story })}/`;
/** One of the story's source documents, its text with its quotations marked. */
export const documentHref = (story: string, document: string) =>
  `${resolve('/(site)/[story]/sources/[document]', { story, document })}/`;
/**
 * An image of the story's folder ("media/photo.jpg"), served with the site under the story's
 * address: /<story>/media/photo.jpg. Each segment is escaped; the validator keeps it inside.
 */
export const mediaHref = (story: string, file: string) =>
  storyHref(story) + file.split('/').map(encodeURIComponent).join('/');
export const embedStoryHref = (story: string) => `${resolve('/(embed)/embed/[story]', { story })}/`;
export const embedEventHref = (story: string, event: string) =>
  `${resolve('/(embed)/embed/[story]/[event]', { story, event })}/`;
/** The embed's absolute address, for the iframe snippet a partner pastes into its page. */
export const embedUrl = (origin: string, story: string) => origin + embedStoryHref(story);
export const shareImageHref = (story: string, event?: string) =>
  event
    ? resolve('/[story]/[event]/share.png', { story, event })
    : resolve('/[story]/share.png', { story });
export const dataHref = () => resolve('/stories.json');
export const workshopHref = () => `${resolve('/(site)/atelier')}/`;
export const storyDataHref = (story: string) => resolve('/[story]/story.json', { story });
export const timelineDataHref = (story: string) => resolve('/[story]/timeline.json', { story });
export const searchDataHref = (story: string) => resolve('/[story]/search.json', { story });
/** The story as a TimelineJS3 file, and as a TimelineJS Google Sheet in CSV. */
export const timelineJsHref = (story: string) => resolve('/[story]/timelinejs.json', { story });
export const timelineJsCsvHref = (story: string) => resolve('/[story]/timelinejs.csv', { story });
export const listHref = (story: string, page: number) =>
  page === 1
    ? storyHref(story)
    : `${resolve('/(site)/[story]/liste/[page]', { story, page: String(page) })}/`;
export const embedListHref = (story: string, page: number) =>
  page === 1
    ? embedStoryHref(story)
    : `${resolve('/(embed)/embed/[story]/liste/[page]', { story, page: String(page) })}/`;

/** Where a story's timeline sends its links: the site's pages, or the embed's. */
export interface StoryLinks {
  story: string;
  event: (slug: string) => string;
  /** The list's pages: the story's own page for the first. */
  list: (page: number) => string;
  /** Links that leave the timeline open in the top window (the embed sets "_top"). */
  target?: '_top';
}

// An event's page is its story's page and its slug: the timeline asks for thousands of these
// links as it zooms, and the story's part is resolved once, not for each.
export const siteLinks = (story: string): StoryLinks => {
  const storyPage = storyHref(story);
  return {
    story: storyPage,
    event: (slug) => `${storyPage}${slug}/`,
    list: (page) => listHref(story, page)
  };
};

export const embedLinks = (story: string): StoryLinks => {
  const storyPage = embedStoryHref(story);
  return {
    story: storyPage,
    event: (slug) => `${storyPage}${slug}/`,
    list: (page) => embedListHref(story, page),
    target: '_top'
  };
};
