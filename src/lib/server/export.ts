/** The export format of /<story>/story.json and /story.json (see README, "The export format"). */
import type { Story } from '../story/types.ts';
import { eventHref } from '../paths.ts';
import { storyPublished } from '../story/documents.ts';

export function exportStory(story: Story) {
  return {
    ...story,
    events: story.events.map((event) => ({
      ...event,
      path: eventHref(story.id, event.slug)
    }))
  };
}

/** The lead story: the most recently published (its latest document), the first by id among equals. */
export function leadStory(stories: Story[]): Story {
  return [...stories].sort(
    (a, b) => storyPublished(b).localeCompare(storyPublished(a)) || a.id.localeCompare(b.id)
  )[0]!;
}
