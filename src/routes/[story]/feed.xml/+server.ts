import { error } from '@sveltejs/kit';
import { ATOM_CONTENT_TYPE } from '$lib/feed/atom';
import { siteStoryFeedFiles } from '$lib/feed/site-feed';
import { messagesFor } from '$lib/i18n/catalogues';
import { findStory, loadStories } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries = (() =>
  loadStories().map((story) => ({ story: story.id }))) satisfies EntryGenerator;

/** The story's Atom feed: its newest 100 events, and links to its archives (README, "Feeds"). */
export const GET = (({ params }) => {
  const story = findStory(params.story);
  if (!story) error(404, messagesFor().t('error.story'));
  const [{ xml }] = siteStoryFeedFiles(story);
  return new Response(xml, { headers: { 'content-type': ATOM_CONTENT_TYPE } });
}) satisfies RequestHandler;
