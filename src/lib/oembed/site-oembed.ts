/**
 * The built site's oEmbed responses, one per story page and event page, from the same data as
 * the pages (their titles, their embed's address, their share image) in the story's language.
 */
import { messagesFor } from '../i18n/catalogues.ts';
import { embedEventHref, embedStoryHref, shareImageHref } from '../paths.ts';
import { loadEventPage, loadStoryLayout } from '../server/loaders.ts';
import { siteOrigin } from '../server/site.ts';
import { siteFolder } from '../sitemap/site-sitemap.ts';
import { EVENT_IMAGES_MAX, type StorySummary } from '../story/page-data.ts';
import { oembedResponse, type OEmbedPage, type OEmbedRich } from './oembed.ts';

/** What a story's pages share: the site, the story's outlets, the iframe's title. */
function storyPart(story: StorySummary) {
  const { t } = messagesFor(story.lang);
  return {
    t,
    shared: {
      // The embed button's title for the iframe, the event's embed included: it shows the
      // story's timeline (with that event open).
      frameTitle: t('story.chronology', { title: story.title }),
      provider: { name: t('site.name'), url: siteFolder() },
      author: story.outletsLabel
    } satisfies Partial<OEmbedPage>
  };
}

/** /<story>/oembed.json: the story's embed. A missing story is a 404, as its page is. */
export function storyOEmbed(storyId: string): OEmbedRich {
  const { story } = loadStoryLayout(storyId);
  const origin = siteOrigin();
  return oembedResponse({
    ...storyPart(story).shared,
    title: story.title,
    embedUrl: origin + embedStoryHref(story.id),
    thumbnailUrl: origin + shareImageHref(story.id)
  });
}

/** /<story>/<event>/oembed.json: the event's embed, with its own image where it has one. */
export function eventOEmbed(storyId: string, slug: string): OEmbedRich {
  const { story } = loadStoryLayout(storyId);
  const { event } = loadEventPage(storyId, slug);
  const origin = siteOrigin();
  const { t, shared } = storyPart(story);
  const ownImage = story.eventCount <= EVENT_IMAGES_MAX;
  return oembedResponse({
    ...shared,
    title: t('event.pageTitle', { title: event.title, date: event.dateLabel }),
    embedUrl: origin + embedEventHref(story.id, event.slug),
    thumbnailUrl:
      origin + (ownImage ? shareImageHref(story.id, event.slug) : shareImageHref(story.id))
  });
}
