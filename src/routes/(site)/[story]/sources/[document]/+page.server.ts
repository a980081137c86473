import { messagesFor } from '$lib/i18n/catalogues';
import { error } from '@sveltejs/kit';
import { documentEntries } from '$lib/server/loaders';
import { findStory } from '$lib/server/stories';
import { toDocumentPage } from '$lib/story/article';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = documentEntries satisfies EntryGenerator;

export const load = (({ params }) => {
  const story = findStory(params.story);
  if (!story) error(404, messagesFor().t('error.story'));
  const page = toDocumentPage(story, params.document, messagesFor(story.language));
  if (!page) error(404, messagesFor(story.language).t('error.notFound'));
  return { page };
}) satisfies PageServerLoad;
