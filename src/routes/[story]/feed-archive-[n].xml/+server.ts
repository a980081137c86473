import { error } from '@sveltejs/kit';
import { ATOM_CONTENT_TYPE } from '$lib/feed/atom';
import { siteStoryFeedFiles } from '$lib/feed/site-feed';
import { archiveFile } from '$lib/feed/story-feed';
import { findStory, loadStories } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The archives of the feeds of stories of more than 100 events (none for a shorter one). */
export const entries = (() =>
  loadStories().flatMap((story) =>
    siteStoryFeedFiles(story)
      .slice(1)
      .map((_, i) => ({ story: story.id, n: String(i + 1) }))
  )) satisfies EntryGenerator;

export const GET = (({ params }) => {
  const story = findStory(params.story);
  const xml =
    story && /^[1-9]\d*$/.test(params.n)
      ? siteStoryFeedFiles(story).find((f) => f.file === archiveFile(Number(params.n)))?.xml
      : undefined;
  if (xml === undefined) error(404, 'No such archive of the feed');
  return new Response(xml, { headers: { 'content-type': ATOM_CONTENT_TYPE } });
}) satisfies RequestHandler;
