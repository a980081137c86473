/**
 * The built site's feeds, made at build time from its stories: each story's documents once per
 * build (its subscription document and archives are asked for separately), and the home page's.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { messagesFor } from '../i18n/catalogues.ts';
import { storiesFeedHref } from '../paths.ts';
import { siteOrigin } from '../server/site.ts';
import { loadStories, storyRoots } from '../server/stories.ts';
import { siteFolder } from '../sitemap/site-sitemap.ts';
import { compareCalendarDates, type CalendarDate } from '../story/calendar-date.ts';
import { FEED_ENTRIES_MAX } from './archive.ts';
import { latestDocument } from '../story/documents.ts';
import { formatDay } from '../story/format.ts';
import { richTextToPlain } from '../story/rich-text.ts';
import { storyLanguage } from '../story/page-data.ts';
import type { Story } from '../story/types.ts';
import { folderChanged } from './story-changed.ts';
import {
  storiesFeed,
  storyFeedFiles,
  storyUpdated,
  type FeedFile,
  type FeedSite
} from './story-feed.ts';

const site = (): FeedSite => ({
  origin: siteOrigin(),
  name: messagesFor().t('site.name'),
  home: siteFolder(),
  icon: `${siteFolder()}favicon.svg`
});

const made = new WeakMap<Story, [FeedFile, ...FeedFile[]]>();
const changedDays = new WeakMap<Story, CalendarDate | undefined>();

/** The day the story's folder last changed (story-changed.ts), asked once per story. */
function storyChanged(story: Story): CalendarDate | undefined {
  if (!changedDays.has(story)) {
    const dir = storyRoots()
      .map((root) => path.join(root, story.id))
      .find((folder) => existsSync(folder));
    changedDays.set(story, dir && folderChanged(dir));
  }
  return changedDays.get(story);
}

/** A story's feed documents: feed.xml, then its archives. */
export function siteStoryFeedFiles(story: Story): [FeedFile, ...FeedFile[]] {
  let files = made.get(story);
  if (!files)
    made.set(story, (files = storyFeedFiles(story, site(), FEED_ENTRIES_MAX, storyChanged(story))));
  return files;
}

/** The home page's feed: one entry per story, its introduction or its description. */
export function siteStoriesFeed(): string {
  const stories = loadStories().map((story) => {
    const { t } = messagesFor(story.language);
    const latest = latestDocument(story);
    const dates = story.documents.map((d) => d.published.date);
    const count = story.events.length;
    // As its own feed is dated: an entry no document dates counts as of the day it changed.
    const updated = storyUpdated(story, storyChanged(story));
    const introduction = story.introduction && richTextToPlain(story.introduction).trim();
    return {
      id: story.id,
      title: story.title,
      lang: story.language,
      summary:
        introduction ||
        (latest
          ? t('story.description', {
              outlet: latest.outlet,
              day: formatDay(latest.published.date, storyLanguage(story)),
              count
            })
          : t('story.descriptionEditorial', { count })),
      ...(updated && { updated }),
      ...(dates.length > 0 && { published: [...dates].sort(compareCalendarDates)[0] }),
      outlets: [...new Set(story.documents.map((d) => d.outlet))]
    };
  });
  return storiesFeed(stories, site(), siteOrigin() + storiesFeedHref());
}
