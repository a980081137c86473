/** The export format of /<story>/story.json and /story.json (see README, "The export format"). */
import type { Story } from '../story/types.ts';
import { eventHref } from '../paths.ts';
import { compareCalendarDates } from '../story/calendar-date.ts';
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

/**
 * The lead story: of the stories with documents, the most recently published (its latest
 * document), the first by id among equals; a story without documents has no publication date,
 * and leads only when no story has one (then the first by id).
 */
export function leadStory(stories: Story[]): Story {
  const byDate = (a: Story, b: Story) => {
    const [pa, pb] = [storyPublished(a), storyPublished(b)];
    if (pa === undefined || pb === undefined) return pa === pb ? 0 : pa === undefined ? 1 : -1;
    return compareCalendarDates(pb, pa);
  };
  return [...stories].sort((a, b) => byDate(a, b) || a.id.localeCompare(b.id))[0]!;
}
