import { messagesFor } from '$lib/i18n/catalogues';
import { error } from '@sveltejs/kit';
import { storyEntries } from '$lib/server/loaders';
import { findStory } from '$lib/server/stories';
import { toArticleView } from '$lib/story/article';
import { toStorySummary } from '$lib/story/page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = storyEntries satisfies EntryGenerator;

export const load = (({ params }) => {
  const story = findStory(params.story);
  if (!story) error(404, messagesFor().t('error.story'));
  return { article: { ...toStorySummary(story), paragraphs: toArticleView(story) } };
}) satisfies PageServerLoad;
