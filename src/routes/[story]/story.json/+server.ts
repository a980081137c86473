import { messagesFor } from '$lib/i18n/catalogues';
import { error, json } from '@sveltejs/kit';
import { exportStory } from '$lib/server/export';
import { findStory, loadStories } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries = (() =>
  loadStories().map((story) => ({ story: story.id }))) satisfies EntryGenerator;

/** The validated story, the export format documented in the README. */
export const GET = (({ params }) => {
  const story = findStory(params.story);
  if (!story) error(404, messagesFor().t('error.story'));
  return json(exportStory(story));
}) satisfies RequestHandler;
