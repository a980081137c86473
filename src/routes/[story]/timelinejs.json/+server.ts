import { error, json } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n/catalogues';
import { siteOrigin } from '$lib/server/site';
import { findStory } from '$lib/server/stories';
import { storyEntries } from '$lib/server/loaders';
import { toTimelineJs } from '$lib/timelinejs/export';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = storyEntries satisfies EntryGenerator;

/**
 * The story as a TimelineJS3 file (README, "Exporting to TimelineJS"). Its links are absolute
 * when the build knows the site's address (SITE_ORIGIN), else from the site's root.
 */
export const GET = (({ params }) => {
  const story = findStory(params.story);
  if (!story) error(404, messagesFor().t('error.story'));
  const siteUrl = process.env.SITE_ORIGIN ? siteOrigin() : undefined;
  return json(toTimelineJs(story, { siteUrl }));
}) satisfies RequestHandler;
