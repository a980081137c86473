import { error } from '@sveltejs/kit';
import { storyEntries } from '$lib/server/loaders';
import { findStory } from '$lib/server/stories';
import { toArticleView } from '$lib/story/article';
import { toStorySummary } from '$lib/story/page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = storyEntries satisfies EntryGenerator;

export const load = (({ params }) => {
  const story = findStory(params.story);
  if (!story) error(404, 'Histoire introuvable');
  // The story's first document, until each document has its own page.
  const summary = toStorySummary(story);
  const { outlet, credit, published, publishedLabel } = summary.documents[0]!;
  return {
    article: {
      ...summary,
      outlet,
      credit,
      published,
      publishedLabel,
      paragraphs: toArticleView(story)
    }
  };
}) satisfies PageServerLoad;
