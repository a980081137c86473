/** The rest of the interface's words in English: those of fr-more.ts (see there). */
import type { MoreCatalogue } from './messages.ts';

export const enMore: MoreCatalogue = {
  'site.description': 'The events of a news story, dated and tied to the words that report them.',
  'error.notFoundText':
    'This address matches no story and no event. The link may be incomplete, or the event may have moved.',
  'error.story': 'Story not found',
  'error.event': 'Event not found',
  'error.internal': 'Internal error',
  'home.open': 'Open the story',
  'home.others': {
    one: 'And {count} more event, until {day}',
    other: 'And {count} more events, until {day}'
  },
  'story.chronologyShort': 'Timeline',
  'story.shareSource': '{outlet} dispatch of {day}',
  'story.shareCount': { one: '{count} dated event', other: '{count} dated events' },
  'story.otherSources': { one: 'and {count} other source', other: 'and {count} other sources' },
  'list.title': '{title} — events {first} to {last}',
  'list.description':
    'Timeline of the {outlet} dispatch of {day}, page {number} of {pages}: {first} to {last}.',
  'list.hint':
    'Page {number} of {pages} of the list: choose an event on the timeline or in the list.',
  'article.title': 'The dispatch: {title}',
  'article.description':
    'The text of the {outlet} dispatch of {day}, as published, quotes and dates highlighted.',
  'article.back': '← The timeline',
  'article.byline': '{outlet} dispatch, published on',
  'article.asPublished': 'Text as published: the original’s repetitions and stray credit are kept.',
  'article.repeats': '(repeats paragraph {number} of the dispatch)',
  'embed.source': '{outlet} dispatch of {day} ·',
  'embed.seeAll': 'See the whole timeline',
  'embed.title': '{title} — embedded timeline',
  'embed.listTitle': '{title} — embedded timeline, page {number}',
  'embed.hint': 'Choose an event to read it in full.',
  'embed.listHint': 'Page {number} of {pages} of the list.',
  'precision.year': 'year',
  'precision.month': 'whole month',
  'precision.part-of-month': 'part of a month',
  'precision.days': 'span of days',
  'precision.day': 'exact day',
  'precision.time': 'day and time',
  'precision.unknown': 'unknown date',
  'claim.established': 'Established fact',
  'claim.stated': 'Statement',
  'claim.announced': 'Announcement',
  'claim.reported': 'Press report',
  'claim.denied': 'Denial',
  'claim.refused-to-confirm': 'Refusal to confirm',
  'document.pageTitle': '{document} — {title}',
  'document.description':
    'The text of the source “{document}” ({outlet}, {day}), as published, quotes and dates highlighted.',
  'document.others': 'The story’s sources',
  'moved.title': 'This page has moved',
  'moved.text': 'Each of the story’s sources now has its own page:',
  'list.descriptionEditorial': 'Timeline, page {number} of {pages}: {first} to {last}.',
  'timelinejs.attribution': '— {who}',
  'timelinejs.eventLink': 'The event, its sources and its quotes',
  'timelinejs.storyLink': 'The whole timeline, with its sources',
  'timelinejs.introduction': {
    one: '{count} dated event.',
    other: '{count} dated events.'
  }
};
