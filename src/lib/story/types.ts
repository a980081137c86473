/**
 * The story model, as validated at build time and as pages and /<story>/story.json receive it.
 * Plain serialisable data: no Date instants (dates are calendar days, "YYYY-MM-DD"), no classes.
 *
 * Character offsets are UTF-16 code unit indices into the article text, as JavaScript's
 * String.prototype.slice(start, end) takes them: `article.slice(q.start, q.end) === q.text`.
 */
import type { CalendarDate } from './calendar-date.ts';
import type { DatePrecision, ResolutionRule } from './resolve-date-expression.ts';

export type { CalendarDate, DatePrecision, ResolutionRule };

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

export interface Source {
  outlet: string;
  published: {
    date: CalendarDate;
    /** "HH:MM", only where known, always with its IANA time zone. */
    time?: string;
    timeZone?: string;
  };
  credit: string;
  /** Where the publication date comes from, when it is not printed in the text. */
  note?: string;
  sources?: Citation[];
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

/** The article's own words for a date, where it has them, and what they resolve to. */
export interface DateExpression extends Span {
  text: string;
  /** The publication date the expression is read against. */
  anchor: CalendarDate;
  resolved: {
    start: CalendarDate;
    end: CalendarDate;
    precision: DatePrecision;
    rule: ResolutionRule;
    explanation: string;
  };
}

export interface EventDate {
  /** First and last day of the event, inclusive, as the article or the evidence establish them. */
  start: CalendarDate;
  end: CalendarDate;
  precision: DatePrecision;
  /** Where the day comes from: the article's own words, or other sources the article lacks. */
  basis: 'article' | 'other-sources';
  expression?: DateExpression;
  /** The sources that establish or narrow the date; required when the article gives none. */
  evidence?: { note: string; sources: Citation[] };
}

export type ClaimStatus =
  'established' | 'stated' | 'announced' | 'reported' | 'denied' | 'refused-to-confirm';

export interface Claim {
  status: ClaimStatus;
  /** The actor who makes the claim, when one does. */
  by?: string;
  /** The outlet it came through ("TASS", "The New York Times"). */
  outlet?: string;
}

export interface Quote extends Span {
  id: string;
  /** Exactly as in the article, without the quotation marks. */
  text: string;
  speaker: string;
  outlet?: string;
  translation?: { en: string };
}

export interface Passage extends Span {
  text: string;
}

export interface StoryEvent {
  slug: string;
  title: string;
  /** A short title for the timeline's labels (the title when absent). */
  short?: string;
  /** The lane of the actor who acts (claim.by, else the first actor). */
  lane: string;
  summary: string;
  date: EventDate;
  actors: string[];
  claim: Claim;
  /** The spans of the article that report this event (at least one). */
  passages: Passage[];
  quotes: Quote[];
}

/** A row of the timeline, by who acts: "Washington" stands for the actors of "États-Unis". */
export interface Lane {
  id: string;
  label: string;
  represents: string[];
}

export interface Story {
  id: string;
  title: string;
  language: string;
  source: Source;
  /** The dates every event must fall within. */
  period: { start: CalendarDate; end: CalendarDate };
  article: { file: string; text: string };
  actors: Actor[];
  /** In the order drawn; by default one lane per country or institution, in the actors' order. */
  lanes: Lane[];
  /** In chronological order (start, then end, then order in the article). */
  events: StoryEvent[];
}
