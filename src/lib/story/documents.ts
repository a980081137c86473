/** A story's source documents, as the pages ask about them. */
import { compareCalendarDates } from './calendar-date.ts';
import type { Story, StoryDocument } from './types.ts';

/**
 * The story's latest document: its publication date is the story's (for the lead story, the
 * home page, the share images). The first in the file's order among those of the same day;
 * undefined for a story without documents (an imported timeline, the newsroom's own text).
 */
export function latestDocument(story: Pick<Story, 'documents'>): StoryDocument | undefined {
  return story.documents.reduce<StoryDocument | undefined>(
    (latest, doc) =>
      !latest || compareCalendarDates(doc.published.date, latest.published.date) > 0 ? doc : latest,
    undefined
  );
}

/** The story's publication date: its latest document's; undefined without documents. */
export const storyPublished = (story: Pick<Story, 'documents'>) =>
  latestDocument(story)?.published.date;

/** One of the story's documents, by id (the validator guarantees every span's exists). */
export function documentById(story: Pick<Story, 'documents'>, id: string): StoryDocument {
  const doc = story.documents.find((d) => d.id === id);
  if (!doc) throw new Error(`No document "${id}" in the story`);
  return doc;
}
