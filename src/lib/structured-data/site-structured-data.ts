/**
 * The site's pages' JSON-LD, made at build time by their loads (server side: the builder never
 * ships to the browser), from the data the page itself shows, serialised for a script element.
 */
import { messagesFor } from '../i18n/catalogues.ts';
import {
  documentHref,
  eventHref,
  homeHref,
  listHref,
  shareImageHref,
  storyHref
} from '../paths.ts';
import { siteOrigin } from '../server/site.ts';
import { findStory } from '../server/stories.ts';
import { documentName } from '../story/document-name.ts';
import {
  EVENT_IMAGES_MAX,
  type EventView,
  type ListPage,
  type StorySummary
} from '../story/page-data.ts';
import { serializeJsonLd } from './json-ld.ts';
import {
  eventPageData,
  storyPageData,
  type SourceDocument,
  type StoryFacts
} from './structured-data.ts';

function storyFacts(story: StorySummary, origin: string): StoryFacts {
  return {
    title: story.title,
    lang: story.lang,
    url: origin + storyHref(story.id),
    image: origin + shareImageHref(story.id),
    ...(story.published && { published: story.published }),
    outlets: story.outlets,
    site: { name: messagesFor(story.lang).t('site.name'), url: origin + homeHref() }
  };
}

/** A page of the story's list (1: the story's own page): the story and the events it lists. */
export function listJsonLd(story: StorySummary, list: ListPage): string {
  const origin = siteOrigin();
  return serializeJsonLd(
    storyPageData(
      storyFacts(story, origin),
      {
        offset: list.offset,
        total: list.total,
        events: list.events.map((e) => ({ ...e, url: origin + eventHref(story.id, e.slug) }))
      },
      origin + listHref(story.id, list.number)
    )
  );
}

/** An event's page: the event, its quotations and the documents they stand in, its story. */
export function eventJsonLd(story: StorySummary, event: EventView): string {
  const origin = siteOrigin();
  const { t } = messagesFor(story.lang);
  const kinds = new Map(findStory(story.id)?.actors.map((a) => [a.id, a.kind]));
  const documents: SourceDocument[] = story.documents.map((doc) => ({
    id: doc.id,
    name: documentName(doc, t),
    outlet: doc.outlet,
    language: doc.language,
    published: doc.published,
    url: origin + documentHref(story.id, doc.id)
  }));
  const image =
    story.eventCount <= EVENT_IMAGES_MAX
      ? shareImageHref(story.id, event.slug)
      : shareImageHref(story.id);
  return serializeJsonLd(
    eventPageData(
      storyFacts(story, origin),
      {
        ...event,
        url: origin + eventHref(story.id, event.slug),
        image: origin + image,
        quotes: event.quotes.map((q) => ({
          ...q,
          speaker: { ...q.speaker, kind: kinds.get(q.speaker.id) ?? 'person' }
        }))
      },
      documents
    )
  );
}
