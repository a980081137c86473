/** What each share image shows, from the validated story: date, title, key quote, source. */
import { messagesFor } from '../i18n/catalogues.ts';
import { compareCalendarDates } from '../story/calendar-date.ts';
import { formatDay, formatDayRange, formatEventDate } from '../story/format.ts';
import { latestDocument } from '../story/documents.ts';
import type { Story } from '../story/types.ts';
import { keyQuote, storyLanguage } from '../story/page-data.ts';
import type { ShareCard } from './share-image.ts';

/**
 * The latest document's outlet and day, "and N other sources" when the story has more; none
 * for a story without documents.
 */
const source = (story: Story): string | undefined => {
  const { t } = messagesFor(story.language);
  const latest = latestDocument(story);
  if (!latest) return undefined;
  const others = story.documents.length - 1;
  const main = t('story.shareSource', {
    outlet: latest.outlet,
    day: formatDay(latest.published.date, storyLanguage(story))
  });
  return others > 0 ? `${main} ${t('story.otherSources', { count: others })}` : main;
};

export function eventShareCard(story: Story, slug: string): ShareCard | undefined {
  const { t } = messagesFor(story.language);
  const event = story.events.find((e) => e.slug === slug);
  if (!event) return undefined;
  const quote = keyQuote(event.quotes);
  const speaker = quote && story.actors.find((a) => a.id === quote.speaker)!.name;
  return {
    dateLabel: formatEventDate(event.date, storyLanguage(story)),
    title: event.title,
    ...(quote &&
      speaker && {
        quote: {
          text: quote.text,
          speaker,
          marks: { open: t('quote.open'), close: t('quote.close') }
        }
      }),
    ...(source(story) !== undefined && { source: source(story) }),
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
  return formatDayRange(start, end, storyLanguage(story));
}

export function storyShareCard(story: Story): ShareCard {
  const { t } = messagesFor(story.language);
  return {
    dateLabel: storySpan(story),
    title: story.title,
    source: [source(story), t('story.shareCount', { count: story.events.length })]
      .filter(Boolean)
      .join(' · '),
    storyTitle: t('story.chronologyShort')
  };
}
