/** A story's source documents, as the pages ask about them. */
import type { Story, StoryDocument } from './types.ts';

/**
 * The story's latest document: its publication date is the story's (for the lead story, the
 * home page, the share images). The first in the file's order among those of the same day.
 */
export function latestDocument(story: Pick<Story, 'documents'>): StoryDocument {
  return story.documents.reduce((latest, doc) =>
    doc.published.date > latest.published.date ? doc : latest
  );
}

/** The story's publication date: its latest document's. */
export const storyPublished = (story: Pick<Story, 'documents'>) =>
  latestDocument(story).published.date;

/** One of the story's documents, by id (the validator guarantees every span's exists). */
export function documentById(story: Pick<Story, 'documents'>, id: string): StoryDocument {
  const doc = story.documents.find((d) => d.id === id);
  if (!doc) throw new Error(`No document "${id}" in the story`);
  return doc;
}
