/** What each share image shows, from the validated story: date, title, key quote, source. */
import { formatDay, formatEventDate } from '../story/format.ts';
import type { Story } from '../story/types.ts';
import { keyQuote } from '../story/view.ts';
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

export function storyShareCard(story: Story): ShareCard {
  const first = story.events[0]!;
  const last = story.events.at(-1)!;
  return {
    dateLabel: `${formatEventDate(first.date)} — ${formatEventDate(last.date)}`,
    title: story.title,
    source: `${source(story)} · ${story.events.length} événements datés`,
    storyTitle: 'Chronologie'
  };
}
