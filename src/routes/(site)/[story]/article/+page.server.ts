import { messagesFor } from '$lib/i18n/catalogues';
import { error } from '@sveltejs/kit';
import { articleEntries } from '$lib/server/loaders';
import { findStory } from '$lib/server/stories';
import { documentRefs } from '$lib/story/article';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = articleEntries satisfies EntryGenerator;

/**
 * The story's one article had this address: the page now sends its readers to the document
 * that holds the anchor they asked for (see moved.ts), and lists every document's page.
 */
export const load = (({ params }) => {
  const story = findStory(params.story);
  if (!story) error(404, messagesFor().t('error.story'));
  // A story without documents never had an article.
  if (story.documents.length === 0) error(404, messagesFor(story.language).t('error.notFound'));
  return {
    moved: {
      story: { id: story.id, title: story.title },
      documents: documentRefs(story).map((doc) => ({
        ...doc,
        quotes: story.events.flatMap((e) =>
          e.quotes.filter((q) => q.document === doc.id).map((q) => q.id)
        )
      }))
    }
  };
}) satisfies PageServerLoad;
