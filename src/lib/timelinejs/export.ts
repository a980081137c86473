/**
 * A story as a TimelineJS3 file (../shared/formats/timelinejs.md): what /<story>/timelinejs.json
 * serves, and the rows /<story>/timelinejs.csv writes (export-csv.ts). Build-time only.
 *
 * TimelineJS reads `text.headline`, `text.text`, `media.caption` and `media.credit` as HTML (it
 * sanitises them with DOMPurify), so our words go in escaped. It reads `display_date` and `group`
 * as HTML too, strips their markup to its text, then writes that text back with innerHTML
 * (Slide.getFormattedDate, TimeGroup): what it shows is decoded twice, so those two fields are
 * escaped twice. Bidi override and isolate controls (U+202A–U+202E, U+2066–U+2069) are removed
 * from every text, as the importer's sanitiser removes them.
 */
import { messagesFor } from '../i18n/catalogues.ts';
import type { Messages } from '../i18n/messages.ts';
import { eventHref, mediaHref, storyHref } from '../paths.ts';
import { daysInMonth, parts, type CalendarDate } from '../story/calendar-date.ts';
import { formatEventDate } from '../story/format.ts';
import { richTextToHtml } from '../story/rich-text.ts';
import type { Media, Story, StoryEvent } from '../story/types.ts';

/** A date as TimelineJS reads it: months 1–12; the year astronomical, as a JavaScript Date's. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export interface TimelineJsMedia {
  url: string;
  caption?: string;
  credit?: string;
  alt?: string;
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  media?: TimelineJsMedia;
  group?: string;
  background?: { color?: string; url?: string };
  unique_id: string;
}

export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text: { headline: string };
}

export interface TimelineJsFile {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
  eras: TimelineJsEra[];
  scale: 'human' | 'cosmological';
}

export interface TimelineJsOptions {
  /** The site's public origin ("https://example.org"): links and images are then absolute. */
  siteUrl?: string;
}

/** The years TimelineJS's human scale holds (a JavaScript Date's); beyond, it is cosmological. */
export const HUMAN_YEARS = { min: -271_820, max: 275_759 } as const;

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
export const withoutBidiControls = (text: string) => text.replace(BIDI_CONTROLS, '');

/** Text as HTML that shows it as it is. */
export function escapeHtml(text: string): string {
  return withoutBidiControls(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Text for a field whose markup TimelineJS strips and then renders as HTML: escaped twice. */
export const escapeStrippedField = (text: string) => escapeHtml(escapeHtml(text));

/**
 * TimelineJS's year for one of our (astronomical) years, as TimelineJS shows it and the importer
 * reads it back (dates.ts, storyYear): TimelineJS shows a negative year as that many years BCE
 * ("-500" → "500 BCE"), so our -0499 (500 BC) is its -500, and our 0000 (1 BC) its -1.
 */
export const timelineJsYear = (year: number) => (year <= 0 ? year - 1 : year);

const dayOf = (date: CalendarDate): TimelineJsDate => {
  const p = parts(date);
  return { year: timelineJsYear(p.year), month: p.month, day: p.day };
};

/**
 * A range of days, said as whole years or whole months where it is aligned on them, each end at
 * its own ("1943-07 – 1946" as a sheet writes it). TimelineJS reads a coarse end as the start of
 * that year or month, so an end is said coarsely only when that still lies after the start, and
 * never so that TimelineJS finds it equal to the start (it would drop it, and refuse such an era).
 */
export function rangeDates(
  start: CalendarDate,
  end: CalendarDate
): { start_date: TimelineJsDate; end_date?: TimelineJsDate } {
  if (start === end) return { start_date: dayOf(start) };
  const s = parts(start);
  const e = parts(end);
  const aligned = s.day === 1 && e.day === daysInMonth(e.year, e.month);
  const laterMonth = e.year > s.year || e.month > s.month;
  if (!aligned || !laterMonth) return { start_date: dayOf(start), end_date: dayOf(end) };
  return {
    // TimelineJS compares only the start's parts to find an end redundant: a start of a year
    // alone would equal an end in a month of that year.
    start_date:
      s.month === 1 && e.year > s.year
        ? { year: timelineJsYear(s.year) }
        : { year: timelineJsYear(s.year), month: s.month },
    end_date:
      e.month === 12 && e.year > s.year
        ? { year: timelineJsYear(e.year) }
        : { year: timelineJsYear(e.year), month: e.month }
  };
}

const inHumanRange = (year: number) => year >= HUMAN_YEARS.min && year <= HUMAN_YEARS.max;

/** Whether TimelineJS needs its cosmological scale: a year of the story beyond a Date's. */
export function needsCosmologicalScale(story: Pick<Story, 'events' | 'periods'>): boolean {
  const dates = [
    ...story.events.flatMap((e) => [e.date.start, e.date.end]),
    ...story.periods.flatMap((p) => [p.start, p.end])
  ];
  return dates.some((date) => !inHumanRange(timelineJsYear(parts(date).year)));
}

/** An event's dates at its precision, and the words TimelineJS should show where ours say more. */
export function eventDates(
  event: StoryEvent,
  lang: Story['language'],
  scale: TimelineJsFile['scale']
): Pick<TimelineJsSlide, 'start_date' | 'end_date' | 'display_date'> {
  const { date } = event;
  const ours = formatEventDate(date, lang);
  const display = (words: string | undefined) =>
    words === undefined ? {} : { display_date: escapeStrippedField(words) };
  if (scale === 'cosmological') {
    // Year only: TimelineJS's cosmological dates have no months or days.
    const start = timelineJsYear(parts(date.start).year);
    const end = timelineJsYear(parts(date.end).year);
    return {
      start_date: { year: start },
      ...(end !== start && { end_date: { year: end } }),
      ...display(date.display ?? (date.precision === 'year' ? undefined : ours))
    };
  }
  const own = display(date.display);
  switch (date.precision) {
    case 'year':
      return { start_date: { year: timelineJsYear(parts(date.start).year) }, ...own };
    case 'month': {
      const p = parts(date.start);
      return { start_date: { year: timelineJsYear(p.year), month: p.month }, ...own };
    }
    case 'day':
      return { start_date: dayOf(date.start), ...own };
    case 'days':
      return { ...rangeDates(date.start, date.end), ...own };
    case 'time': {
      const [hour, minute] = (date.time ?? '00:00').split(':').map(Number) as [number, number];
      return {
        start_date: { ...dayOf(date.start), hour, minute },
        ...display(date.display ?? ours)
      };
    }
    case 'part-of-month':
    case 'unknown':
      return {
        start_date: dayOf(date.start),
        ...(date.end !== date.start && { end_date: dayOf(date.end) }),
        ...display(date.display ?? ours)
      };
  }
}

/** An address of ours: absolute when the site's origin is known, else from the site's root. */
const addressOf = (path: string, siteUrl: string | undefined) =>
  siteUrl ? new URL(path, siteUrl).href : path;

/** An outside address as a URL writes it (quotes and angle brackets percent-encoded). */
const normalisedUrl = (url: string) => new URL(url).href;

export function mediaOf(
  storyId: string,
  media: Media | undefined,
  siteUrl: string | undefined
): TimelineJsMedia | undefined {
  if (!media) return undefined;
  return {
    url:
      'file' in media
        ? addressOf(mediaHref(storyId, media.file), siteUrl)
        : normalisedUrl(media.url),
    ...(media.caption && { caption: escapeHtml(media.caption) }),
    ...(media.credit && { credit: escapeHtml(media.credit) }),
    ...(media.alt && { alt: withoutBidiControls(media.alt) })
  };
}

const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;

const blockquote = (text: string, attribution: string | undefined, words: Messages) =>
  `<blockquote>${paragraph(text)}${
    attribution ? paragraph(words.t('timelinejs.attribution', { who: attribution })) : ''
  }</blockquote>`;

const link = (href: string, label: string) =>
  `<p><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></p>`;

/** The slide's text: the event's words, its quotes with who said them, a link to its page. */
export function eventText(story: Story, event: StoryEvent, options: TimelineJsOptions): string {
  const words = messagesFor(story.language);
  const speaker = (id: string) => story.actors.find((a) => a.id === id)?.name;
  const outlet = (quote: StoryEvent['quotes'][number]) =>
    quote.outlet ?? story.documents.find((d) => d.id === quote.document)?.outlet;
  const quotes = event.quotes.map((quote) => {
    const who = [speaker(quote.speaker), outlet(quote)].filter(Boolean).join(', ');
    return blockquote(quote.text, who || undefined, words);
  });
  const given = event.attributedQuotes.map((q) => blockquote(q.text, q.attribution, words));
  return [
    event.body ? richTextToHtml(event.body) : paragraph(event.summary),
    ...quotes,
    ...given,
    link(
      addressOf(eventHref(story.id, event.slug), options.siteUrl),
      words.t('timelinejs.eventLink')
    )
  ].join('');
}

/** The story as a TimelineJS3 file that TimelineJS opens as it is. */
export function toTimelineJs(story: Story, options: TimelineJsOptions = {}): TimelineJsFile {
  const words = messagesFor(story.language);
  const scale = needsCosmologicalScale(story) ? 'cosmological' : 'human';
  const laneLabel = new Map(story.lanes.map((lane) => [lane.id, lane.label]));
  const titleMedia = mediaOf(story.id, story.media[0], options.siteUrl);
  const title: TimelineJsSlide = {
    text: {
      headline: escapeHtml(story.title),
      text: [
        story.introduction
          ? richTextToHtml(story.introduction)
          : paragraph(words.t('timelinejs.introduction', { count: story.events.length })),
        link(addressOf(storyHref(story.id), options.siteUrl), words.t('timelinejs.storyLink'))
      ].join('')
    },
    ...(titleMedia && { media: titleMedia }),
    // TimelineJS gives the title an id too: one no event's slug can take (slugs have no "_").
    unique_id: `${story.id}_title`
  };
  const events = story.events.map((event): TimelineJsSlide => {
    const media = mediaOf(story.id, event.media[0], options.siteUrl);
    const group = laneLabel.get(event.lane);
    const background = event.background && {
      ...(event.background.color && { color: event.background.color }),
      ...(event.background.url && { url: normalisedUrl(event.background.url) })
    };
    return {
      ...eventDates(event, story.language, scale),
      text: { headline: escapeHtml(event.title), text: eventText(story, event, options) },
      ...(media && { media }),
      ...(group && { group: escapeStrippedField(group) }),
      ...(background && { background }),
      unique_id: event.slug
    };
  });
  const eras = story.periods.map((period): TimelineJsEra => ({
    ...eraDates(period.start, period.end, scale),
    text: { headline: escapeHtml(period.label) }
  }));
  return { title, events, eras, scale };
}

/**
 * An era's dates. TimelineJS drops an end equal to the start and then refuses an era without an
 * end, so an era of one day ends at 23:59 of that day, and one of a single year or month
 * keeps its days.
 */
export function eraDates(
  start: CalendarDate,
  end: CalendarDate,
  scale: TimelineJsFile['scale']
): { start_date: TimelineJsDate; end_date: TimelineJsDate } {
  if (scale === 'cosmological') {
    const s = timelineJsYear(parts(start).year);
    const e = timelineJsYear(parts(end).year);
    // A cosmological date is a year: an era within one year is given a year's length.
    return { start_date: { year: s }, end_date: { year: e === s ? e + 1 : e } };
  }
  if (start === end)
    return { start_date: dayOf(start), end_date: { ...dayOf(end), hour: 23, minute: 59 } };
  const range = rangeDates(start, end);
  return { start_date: range.start_date, end_date: range.end_date ?? dayOf(end) };
}
