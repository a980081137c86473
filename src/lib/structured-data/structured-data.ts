/**
 * What a page states in schema.org terms (JSON-LD), pure: the page's own data in, typed
 * schema.org objects out (schema-dts's types: an unknown type or property does not compile).
 * Structured data states only what the page shows:
 *
 * - a story's page, and each page of its list, is a `CollectionPage` (the story: its title,
 *   language, outlets, publication day, address, share image) whose `mainEntity` is the
 *   `ItemList` of the events that page lists, each a `ListItem` at its place in the whole
 *   story holding an `Event` (name, date at its precision, address). Not a `NewsArticle`:
 *   the page is a chronology compiled from the outlets' dispatches, a list of dated events
 *   each with its own page, not an article's text; a 10,000-event story states the hundred
 *   events its page lists, not the 10,000;
 * - an event's page is an `ItemPage` (a page about one thing) whose `mainEntity` is the
 *   `Event`, with its summary and, as schema.org's Quotation advises, its quotations by
 *   `recordedIn`: each `Quotation` with its verbatim text, its speaker (`spokenByCharacter`: "to
 *   whom the quotation is attributed within the containing CreativeWork"), and the document it
 *   stands in (`isPartOf`, a `NewsArticle` with its outlet, day and page on the site); the page
 *   `isPartOf` its story.
 *
 * Dates are the story's calendar dates at their precision, ISO 8601's reduced forms: a year
 * "2023", a month "2023-07", a day, a range of days as startDate/endDate, a time as the local
 * "2023-09-05T13:05" the page's <time> gives (its zone is named on the page, not guessed as an
 * offset here); an unknown date, none. Never an invented instant.
 */
import type {
  CollectionPage,
  Event,
  ItemList,
  ItemPage,
  ListItem,
  NewsArticle,
  Organization,
  Person,
  Quotation,
  WebSite,
  WithContext
} from 'schema-dts';
import type { ActorKind } from '../story/types.ts';
import type { DatePrecision } from '../story/types.ts';

/** An event's date as the story stores it (calendar dates, YYYY-MM-DD, inclusive). */
export interface DatedEvent {
  start: string;
  end: string;
  precision: DatePrecision;
  /** "HH:MM", local to the zone the page names, with precision "time" only. */
  time?: string;
}

/** The event's dates, at their precision, as schema.org's startDate/endDate. */
export function eventDates({ start, end, precision, time }: DatedEvent): {
  startDate?: string;
  endDate?: string;
} {
  switch (precision) {
    case 'year': // a year runs from 1 January to 31 December of one year: its year
      return { startDate: start.slice(0, -6) };
    case 'month': // a month, from its first day to its last: "YYYY-MM"
      return { startDate: start.slice(0, -3) };
    case 'part-of-month':
    case 'days':
      return start === end ? { startDate: start } : { startDate: start, endDate: end };
    case 'day':
      return { startDate: start };
    case 'time':
      return { startDate: time ? `${start}T${time}` : start };
    case 'unknown':
      return {};
  }
}

/** The story as its pages show it: title, outlets, latest publication day, share image. */
export interface StoryFacts {
  title: string;
  /** The language the story's pages speak ("fr", "en"). */
  lang: string;
  /** Absolute addresses: the story's page (its canonical URL) and its share image. */
  url: string;
  image: string;
  /** The day of its latest document (YYYY-MM-DD), absent without documents. */
  published?: string;
  /** The outlets of its documents, once each. */
  outlets: readonly string[];
  site: { name: string; url: string };
}

/** An event as a list shows it: its title, its date, the address of its page. */
export interface ListedEvent extends DatedEvent {
  title: string;
  url: string;
}

/** A page of the story's list: its events, the first at `offset` (0-based) of `total`. */
export interface ListedEvents {
  offset: number;
  total: number;
  events: readonly ListedEvent[];
}

const organization = (name: string): Organization => ({ '@type': 'Organization', name });

/** The story, as a page of it names it (without its events). */
export function storyNode(story: StoryFacts): CollectionPage {
  return {
    '@type': 'CollectionPage',
    name: story.title,
    headline: story.title,
    inLanguage: story.lang,
    url: story.url,
    image: story.image,
    ...(story.published && { datePublished: story.published }),
    ...(story.outlets.length > 0 && { publisher: story.outlets.map(organization) }),
    isPartOf: { '@type': 'WebSite', name: story.site.name, url: story.site.url } satisfies WebSite
  };
}

const listedEvent = (event: ListedEvent): Event => ({
  '@type': 'Event',
  name: event.title,
  ...eventDates(event),
  url: event.url
});

/**
 * A page of the story's list (its own page is the first): the story, and the events it lists
 * at their places in the story. `url` is this page's address when it is not the story's own.
 */
export function storyPageData(
  story: StoryFacts,
  list: ListedEvents,
  url: string = story.url
): WithContext<CollectionPage> {
  const items: ItemList = {
    '@type': 'ItemList',
    numberOfItems: list.total,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: list.events.map((event, i): ListItem => ({
      '@type': 'ListItem',
      position: list.offset + i + 1,
      item: listedEvent(event)
    }))
  };
  const page = storyNode(story);
  return {
    '@context': 'https://schema.org',
    ...page,
    url,
    ...(url !== story.url && { isPartOf: [page.isPartOf as WebSite, { ...page, url: story.url }] }),
    mainEntity: items
  };
}

/** Who a quote is by: a person, or an institution, a country, an outlet that speaks. */
export interface Speaker {
  name: string;
  kind: ActorKind;
  role: string;
}

/** A source document as its page names it. */
export interface SourceDocument {
  id: string;
  /** Its headline, or the name the site gives it ("Dépêche AFP du 5 septembre 2023"). */
  name: string;
  outlet: string;
  language: string;
  /** YYYY-MM-DD */
  published: string;
  /** Its page on the site, absolute. */
  url: string;
}

/** An event as its page shows it. */
export interface EventFacts extends ListedEvent {
  summary: string;
  quotes: readonly { id: string; text: string; document: string; speaker: Speaker }[];
  /** Quotations the timeline's author gives, checked against no document. */
  attributedQuotes: readonly { text: string; attribution?: string }[];
  /** The page's share image (its own, or a long story's), absolute. */
  image: string;
}

function speaker({ name, kind, role }: Speaker): Person | Organization {
  if (kind !== 'person') return organization(name);
  return role ? { '@type': 'Person', name, jobTitle: role } : { '@type': 'Person', name };
}

const sourceDocument = (doc: SourceDocument): NewsArticle => ({
  '@type': 'NewsArticle',
  name: doc.name,
  inLanguage: doc.language,
  datePublished: doc.published,
  publisher: organization(doc.outlet),
  url: doc.url
});

/** An event's page: the event with its quotations, part of its story. */
export function eventPageData(
  story: StoryFacts,
  event: EventFacts,
  documents: readonly SourceDocument[]
): WithContext<ItemPage> {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const quotations: Quotation[] = [
    ...event.quotes.map((q): Quotation => {
      const doc = byId.get(q.document);
      if (!doc) throw new Error(`quote ${q.id}: no document "${q.document}"`);
      return {
        '@type': 'Quotation',
        text: q.text,
        inLanguage: doc.language,
        url: `${event.url}#${q.id}`,
        spokenByCharacter: speaker(q.speaker),
        isPartOf: sourceDocument(doc)
      };
    }),
    ...event.attributedQuotes.map((q): Quotation => ({
      '@type': 'Quotation',
      text: q.text,
      ...(q.attribution && { creditText: q.attribution })
    }))
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemPage',
    name: event.title,
    inLanguage: story.lang,
    url: event.url,
    image: event.image,
    isPartOf: storyNode(story),
    mainEntity: {
      ...listedEvent(event),
      description: event.summary,
      ...(quotations.length > 0 && { recordedIn: quotations })
    }
  };
}
