/** What each share image shows, from the validated story: date, title, key quote, source. */
import { compareCalendarDates } from '../story/calendar-date.ts';
import { formatCount } from '../story/count.ts';
import { formatDay, formatDayRange, formatEventDate } from '../story/format.ts';
import type { Story } from '../story/types.ts';
import { keyQuote } from '../story/page-data.ts';
import type { ShareCard } from './share-image.ts';

const source = (story: Story) =>
  `Dépêche ${story.source.outlet} du ${formatDay(story.source.published.date)}`;

export function eventShareCard(story: Story, slug: string): ShareCard | undefined {
  const event = story.events.find((e) => e.slug === slug);
  if (!event) return undefined;
  const quote = keyQuote(event.quotes);
  const speaker = quote && story.actors.find((a) => a.id === quote.speaker)!.name;
  return {
    dateLabel: formatEventDate(event.date),
    title: event.title,
    ...(quote && speaker && { quote: { text: quote.text, speaker } }),
    source: source(story),
    storyTitle: story.title
  };
}

/**
 * The days the story covers, from its events' earliest start to their latest end: the last event
 * to start need not end last ("du 1er au 5 septembre 2023", not "… — samedi 2 septembre 2023").
 */
function storySpan(story: Story): string {
  let start = story.events[0]!.date.start;
  let end = story.events[0]!.date.end;
  for (const { date } of story.events) {
    if (compareCalendarDates(date.start, start) < 0) start = date.start; // by day: "-0500" < "-1000" as text
    if (compareCalendarDates(date.end, end) > 0) end = date.end;
  }
  return formatDayRange(start, end);
}

export function storyShareCard(story: Story): ShareCard {
  return {
    dateLabel: storySpan(story),
    title: story.title,
    source: `${source(story)} · ${formatCount(story.events.length, story.language)} événements datés`,
    storyTitle: 'Chronologie'
  };
}
