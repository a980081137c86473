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
  // Every document, one after another, until each has its own page. The first keeps the
  // anchors it always had; the others' (paragraphs and dates) start with their document's id.
  const summary = toStorySummary(story);
  return {
    article: {
      ...summary,
      documents: summary.documents.map((doc, i) => ({
        ...doc,
        paragraphs: toArticleView(story, doc.id, i === 0 ? '' : `${doc.id}-`)
      }))
    }
  };
}) satisfies PageServerLoad;
