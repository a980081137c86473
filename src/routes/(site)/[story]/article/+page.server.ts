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
  // Every document, one after the other, until each has its own page: the first keeps the
  // anchors it always had, the others' start with their id.
  const summary = toStorySummary(story);
  const { outlet, credit, published, publishedLabel } = summary.documents[0]!;
  return {
    article: {
      ...summary,
      outlet,
      credit,
      published,
      publishedLabel,
      paragraphs: toArticleView(story),
      others: summary.documents.slice(1).map((document) => ({
        ...document,
        paragraphs: toArticleView(story, document.id, `${document.id}-`)
      }))
    }
  };
}) satisfies PageServerLoad;
