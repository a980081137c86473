import { error } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n/catalogues';
import { siteOrigin } from '$lib/server/site';
import { findStory } from '$lib/server/stories';
import { storyEntries } from '$lib/server/loaders';
import { toTimelineJsCsv } from '$lib/timelinejs/export-csv';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = storyEntries satisfies EntryGenerator;

/** The story as a TimelineJS Google Sheet, in CSV (README, "Exporting to TimelineJS"). */
export const GET = (({ params }) => {
  const story = findStory(params.story);
  if (!story) error(404, messagesFor().t('error.story'));
  const siteUrl = process.env.SITE_ORIGIN ? siteOrigin() : undefined;
  return new Response(toTimelineJsCsv(story, { siteUrl }), {
    headers: { 'content-type': 'text/csv; charset=utf-8' }
  });
}) satisfies RequestHandler;
