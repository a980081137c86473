/**
 * The story model, as validated at build time and as pages and /<story>/story.json receive it.
 * Plain serialisable data: no Date instants (dates are calendar days, "YYYY-MM-DD"), no classes.
 *
 * Character offsets are UTF-16 code unit indices into the text of the document the span names, as
 * JavaScript's String.prototype.slice(start, end) takes them: `document.text.slice(q.start, q.end) === q.text`.
 */
import type { CalendarDate } from './calendar-date.ts';
import type { ResolutionRule, ResolvedDate } from './resolve-date-expression.ts';
import type { RichNode } from './rich-text.ts';

export type { CalendarDate, ResolutionRule, ResolvedDate, RichNode };

/**
 * How exactly an event's dates are known: a whole year, a month, a part of a month, a range of
 * days, one day, or one day at a time of day in a named zone.
 */
export type DatePrecision =
  'year' | 'month' | 'part-of-month' | 'days' | 'day' | 'time' | 'unknown';

export interface Span {
  start: number;
  end: number;
}

export interface Citation {
  outlet: string;
  /** The host the source was read on ("tass.com"). */
  site?: string;
  title?: string;
  /** The page's full address, only where it is known exactly. */
  url?: string;
  /** Only where the source's date is known. */
  published?: CalendarDate;
  /** The words of the source that establish the date, as the source wrote them. */
  excerpt?: string;
}

/** Cited sources: what establishes a date, or what reports an event no document reports. */
export interface Evidence {
  note: string;
  sources: Citation[];
}

export interface Published {
  date: CalendarDate;
  /** "HH:MM", only where known, always with its IANA time zone. */
  time?: string;
  timeZone?: string;
}

/** One of the story's source documents (a dispatch, an article), with its text. */
export interface StoryDocument {
  id: string;
  /** The text file beside story.json ("article.fr.txt"). */
  file: string;
  /** The document's headline, where it is known. */
  title?: string;
  outlet: string;
  credit: string;
  /** The document's own language ("fr", "en"), which may differ from the story's. */
  language: string;
  published: Published;
  /** Shown as a link, never fetched. */
  url?: string;
  /** Where the publication date comes from, when it is not printed in the text. */
  note?: string;
  sources?: Citation[];
  /** The whole text, exactly as in the file. */
  text: string;
}

export type ActorKind = 'person' | 'institution' | 'country' | 'outlet';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  role: string;
  /** The country or institution the actor speaks for ("États-Unis", "Russie"). */
  represents: string;
}

/** A span of one of the story's documents, by the document's id. */
export interface DocumentSpan extends Span {
  document: string;
  text: string;
}

/** A document's own words for a date, where it has them, and what they resolve to. */
export interface DateExpression extends DocumentSpan {
  /** The sentence's tense where it decides the day (a future "vendredi" is ahead); past when absent. */
  tense?: 'past' | 'future';
  /** The publication date of the expression's document, which it is read against. */
  anchor: CalendarDate;
  resolved: ResolvedDate;
}

export interface EventDate {
  /** First and last day of the event, inclusive (with a time: the day where it happened). */
  start: CalendarDate;
  end: CalendarDate;
  precision: DatePrecision;
  /** "HH:MM", with precision "time" only, local to `timeZone`. */
  time?: string;
  /** The IANA zone the time is in ("Asia/Vladivostok"), with precision "time" only. */
  timeZone?: string;
  /** Where the day comes from: a document's own words, or other sources the documents lack. */
  basis: 'document' | 'other-sources';
  expression?: DateExpression;
  /** The sources that establish or narrow the date; required when no document gives it. */
  evidence?: Evidence;
  /** The date in the author's own words ("Summer 1969"), shown beside the computed one. */
  display?: string;
}

export type ClaimStatus =
  | 'established'
  | 'stated'
  | 'announced'
  | 'reported'
  | 'denied'
  | 'refused-to-confirm'
  | 'editorial';

export interface Claim {
  status: ClaimStatus;
  /** The actor who makes the claim, when one does. */
  by?: string;
  /** The outlet it came through ("TASS", "The New York Times"). */
  outlet?: string;
}

/**
 * What the drafting engine guessed (`npm run draft`), shown as a draft until an editor confirms
 * it by removing the mark from story.json.
 */
export interface DraftMark {
  notes: string[];
}

export interface Quote extends DocumentSpan {
  id: string;
  /** Exactly as in the document, without the quotation marks. */
  text: string;
  speaker: string;
  outlet?: string;
  translation?: { en: string };
  /** The engine's guess (a speaker, most often), until an editor confirms it. */
  draft?: DraftMark;
}

export type Passage = DocumentSpan;

/** An image of the story's folder (`file`), or an outside address (`url`), never both. */
export type Media = { caption?: string; credit?: string } & (
  { file: string; alt: string } | { url: string; alt?: string }
);

/**
 * A quotation the timeline's author gives (a TimelineJS <blockquote>), checked against no
 * document: shown as such, apart from the quotes of the story's documents.
 */
export interface AttributedQuote {
  text: string;
  /** Who said it, as the author wrote it ("Neil Armstrong, 20 July 1969"). */
  attribution?: string;
}

/**
 * A TimelineJS slide's background, where safe: a CSS colour (see css-color.ts), drawn as a
 * swatch, and an image address, shown as a link and never loaded. At least one of the two.
 */
export interface Background {
  color?: string;
  url?: string;
}

/** What an event stands on: spans of the documents, cited evidence, or the newsroom's text. */
export type EventBasis = 'documents' | 'evidence' | 'editorial';

export interface StoryEvent {
  slug: string;
  title: string;
  /** A short title for the timeline's labels (the title when absent). */
  short?: string;
  /** The lane of the actor who acts (claim.by, else the first actor), or the event's own. */
  lane: string;
  summary: string;
  /** The event's text as rich text, shown in place of the summary where present. */
  body?: RichNode[];
  date: EventDate;
  actors: string[];
  claim: Claim;
  basis: EventBasis;
  /** The spans of the documents that report this event (none when it rests on evidence). */
  passages: Passage[];
  /** The sources that report the event when no document does. */
  evidence?: Evidence;
  quotes: Quote[];
  /** Quotations the timeline's author gives, not checked against any document. */
  attributedQuotes: AttributedQuote[];
  media: Media[];
  background?: Background;
  /** Proposed by the drafting engine, until an editor confirms it. */
  draft?: DraftMark;
}

/** A row of the timeline, by who acts: "Washington" stands for the actors of "États-Unis". */
export interface Lane {
  id: string;
  label: string;
  represents: string[];
}

/** A named span of the story's time, drawn as a band behind the lanes. */
export interface Period {
  id: string;
  label: string;
  start: CalendarDate;
  end: CalendarDate;
}

export interface Story {
  id: string;
  title: string;
  /** The language the story's interface speaks. */
  language: 'fr' | 'en';
  /** The story's introduction (a TimelineJS title slide's text), shown under the title. */
  introduction?: RichNode[];
  /** Images or links that go with the introduction. */
  media: Media[];
  /** In the file's order; none for a story whose events are all the newsroom's own text. */
  documents: StoryDocument[];
  /** The dates every event and period must fall within. */
  bounds: { start: CalendarDate; end: CalendarDate };
  /** May be empty: the events are then placed in lanes by their own `lane`. */
  actors: Actor[];
  /** In the order drawn; by default one lane per country or institution, in the actors' order. */
  lanes: Lane[];
  periods: Period[];
  /** In chronological order (start, then end, then first document order and offset). */
  events: StoryEvent[];
}
