/** The interface's words in English (British usage, as the dates: see format.ts). Keys: fr.ts. */
import type { Catalogue } from './messages.ts';

export const en: Catalogue = {
  'site.name': 'News timeline',
  'site.description': 'The events of a news story, dated and tied to the words that report them.',
  'site.skip': 'Skip to content',
  'site.footer':
    'Every checked quote leads to its place in its source document, and every date says where it comes from.',
  'site.workshop': 'Drafting workshop',
  'site.data': 'Data (JSON)',
  'site.locale': 'en_GB',
  'site.seeAll': 'See every story and its events',

  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'error.notFound': 'Page not found',
  'error.title': 'Error',
  'error.heading': 'Something went wrong',
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

  'story.source': '{outlet} dispatch, published on',
  'story.sources': '{outlets} dispatches, the latest published on',
  'story.chronology': 'Timeline: {title}',
  'story.chronologyShort': 'Timeline',
  'story.description': {
    one: 'Timeline of the {outlet} dispatch of {day}: {count} dated event, tied to its quotes.',
    other:
      'Timeline of the {outlet} dispatch of {day}: {count} dated events, each tied to its quotes.'
  },
  'story.hint':
    'Choose an event on the timeline or in the list to read what happened and the dispatch’s quotes.',
  'story.readArticle': 'Read the dispatch, quotes highlighted',
  'story.allEvents': 'Every event, in order',
  'story.pages': 'Pages of the list',
  'story.pagesBelow': 'Pages of the list, at the bottom',
  'story.shareSource': '{outlet} dispatch of {day}',
  'story.shareCount': { one: '{count} dated event', other: '{count} dated events' },
  'story.otherSources': { one: 'and {count} other source', other: 'and {count} other sources' },

  'list.title': '{title} — events {first} to {last}',
  'list.description':
    'Timeline of the {outlet} dispatch of {day}, page {number} of {pages}: {first} to {last}.',
  'list.hint':
    'Page {number} of {pages} of the list: choose an event on the timeline or in the list.',
  'list.where': 'Page {number} of {pages}: events {first} to {last} of {total}',
  'list.first': '« First',
  'list.previous': '‹ Previous',
  'list.next': 'Next ›',
  'list.last': 'Last »',
  'list.found': 'Events found, in order',
  'list.inShownLanes': 'Events of the lanes shown, in order',
  'list.noneFound':
    'No event has these words: the timeline and the whole list come back when the search is cleared and the lanes shown.',
  'list.noLane':
    'No lane is shown: the timeline and the whole list come back when the search is cleared and the lanes shown.',
  'list.more': { one: 'Show the next one', other: 'Show the next {count}' },
  'list.eventsOfTotal': {
    zero: 'no event of {total}',
    one: '{count} event of {total}',
    other: '{count} events of {total}'
  },

  'article.title': 'The dispatch: {title}',
  'article.description':
    'The text of the {outlet} dispatch of {day}, as published, quotes and dates highlighted.',
  'article.back': '← The timeline',
  'article.byline': '{outlet} dispatch, published on',
  'article.asPublished': 'Text as published: the original’s repetitions and stray credit are kept.',
  'article.repeats': '(repeats paragraph {number} of the dispatch)',

  'event.pageTitle': '{title} — {date}',
  'event.panel': 'Event',
  'event.close': '✕ Close',
  'event.closeHint': 'the event (Escape)',
  'event.backToMark': '↑ See on the timeline',
  'event.share': 'Share the event',
  'event.openOnSite': 'Open on the site',
  'event.opened': 'Event opened: {title}',
  'event.address': 'Address of this event: {url}',
  'event.siblings': 'Neighbouring events',
  'event.quotes': 'Quotes',
  'event.dateAndSources': 'The date and its sources',
  'event.inArticle': 'In the documents',
  'event.notInArticle':
    'No document of the story dates this event; the date comes from other sources.',
  'event.sourcesSay': 'What the sources say',
  'event.establishedBy': 'Date established by',
  'event.nature': 'Nature',
  'event.via': '(via {outlet})',
  'event.actors': 'People and bodies',
  'event.shareAlt': '{date}: {title}',
  'event.shareAltQuote': '{date}: {title} — “{quote}” ({speaker})',

  'quote.open': '“',
  'quote.close': '”',
  'quote.citedBy': ', quoted by {outlet}',
  'quote.inArticle': 'See in the source',
  'quote.link': 'Link to this quote',
  'quote.share': 'Share the quote',

  'share.copied': 'Link copied',
  'share.copyThis': 'Copy this link: {url}',

  'embed.summary': 'Embed this timeline',
  'embed.label': 'Code to paste into your page:',
  'embed.copy': 'Copy the code',
  'embed.copied': 'Code copied',
  'embed.copyYourself': 'Select the code and copy it',
  'embed.source': '{outlet} dispatch of {day} ·',
  'embed.seeAll': 'See the whole timeline',
  'embed.title': '{title} — embedded timeline',
  'embed.listTitle': '{title} — embedded timeline, page {number}',
  'embed.hint': 'Choose an event to read it in full.',
  'embed.listHint': 'Page {number} of {pages} of the list.',

  'timeline.title': 'Timeline',
  'timeline.horizontal':
    'Timeline. Left and right arrows: previous or next event; plus and minus: zoom.',
  'timeline.vertical': 'Vertical timeline',
  'timeline.failed':
    'The timeline could not be loaded ({reason}): the list below gives every event.',
  'timeline.noScript': {
    one: 'The timeline of this event is drawn with JavaScript; without it, the list below gives it.',
    other:
      'The timeline of these {count} events is drawn with JavaScript; without it, the list below gives them all, page by page.'
  },
  'timeline.toolbar': 'Timeline view',
  'timeline.zoomOut': 'Zoom out',
  'timeline.zoomIn': 'Zoom in',
  'timeline.showAll': 'Show all',
  'timeline.linear': 'Linear scale (true durations)',
  'timeline.search': 'Search',
  'timeline.searchFailed': 'The search could not be loaded ({reason}).',
  'timeline.searchPlaceholder': 'a name, a word…',
  'timeline.searching': 'Searching…',
  'timeline.lanes': 'Lanes shown:',
  'timeline.periods': 'Periods',
  'timeline.legend': 'Key',
  'timeline.legendDay': 'one known day',
  'timeline.legendDays': 'several days, established',
  'timeline.legendLoose': 'what the source’s words allow (“late July”)',
  'timeline.legendBreak': 'a stretch without events, shortened (its length is given)',
  'timeline.cluster': { one: '{count} event, {days}', other: '{count} events, {days}' },
  'timeline.clusterOneDay': '{day}',
  'timeline.clusterZoom': 'zoom in',
  'timeline.clusterOpen': 'open the first, “{title}”',
  'timeline.clusterShown': '{shown}: {label}',
  'timeline.clusterName': '{lead}: {action}',
  'timeline.mark': '{lead} — {date}: {title}',
  'timeline.markTitle': '{lead} — {date}',
  'timeline.markUnlabelled': '{date}: {title}',
  'timeline.days': { one: '≈ {count} day', other: '≈ {count} days' },
  'timeline.weeks': { one: '≈ {count} week', other: '≈ {count} weeks' },
  'timeline.months': { one: '≈ {count} month', other: '≈ {count} months' },
  'timeline.years': { one: '≈ {count} year', other: '≈ {count} years' },
  'timeline.millennia': { one: '≈ {count} millennium', other: '≈ {count} millennia' },
  'timeline.millionYears': '≈ {count} million years',
  'timeline.billionYears': '≈ {count} billion years',

  'date.range': '{start} – {end}',
  'date.rangeInMonth': '{start}–{end}',
  'date.span': '{start}–{end}',
  'date.spanSpaced': '{start} – {end}',
  'date.early': 'early {month}',
  'date.mid': 'mid-{month}',
  'date.late': 'late {month}',
  'date.unknown': 'unknown date',
  'date.beforeYearOne': '{year} BC',
  'date.millionYearsAgo': '{n} Ma',
  'date.billionYearsAgo': '{n} Ga',
  'date.atTime': '{day}, {time} ({zone})',
  'date.zone': '{city} time',
  'date.firstOfMonth': '1',

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
  'claim.editorial': 'Newsroom text',

  // The sources' pages and the panel's blocks (PAGES)
  'sources.heading': 'The sources',
  'sources.byline': '{outlet}, {day}',
  'document.untitled': '{outlet} dispatch of {day}',
  'document.pageTitle': '{document} — {title}',
  'document.description':
    'The text of the source “{document}” ({outlet}, {day}), as published, quotes and dates highlighted.',
  'document.outlet': 'Outlet',
  'document.credit': 'Credit',
  'document.language': 'Language',
  'document.published': 'Published',
  'document.url': 'Original',
  'document.note': 'Where the date comes from',
  'document.sources': 'Publication attested by',
  'document.others': 'The story’s sources',
  'moved.title': 'This page has moved',
  'moved.text': 'Each of the story’s sources now has its own page:',
  'event.evidence': 'According to other sources:',
  'event.editorialNote': 'A summary written by the newsroom; it quotes no source.',
  'event.documents': 'Reported in',
  'event.media': 'Images and links',
  'media.credit': 'Credit: {credit}',
  'media.external': 'View on {host}',
  'story.descriptionEditorial': {
    one: 'Timeline: {count} dated event.',
    other: 'Timeline: {count} dated events.'
  },
  'story.hintEditorial': 'Choose an event on the timeline or in the list to read what happened.',
  'list.descriptionEditorial': 'Timeline, page {number} of {pages}: {first} to {last}.',
  'event.date': 'Date',
  'event.attributedQuotes': 'Unchecked quotations',
  'quote.attributed':
    'Quotation given by the timeline’s author, not checked against a source document',
  'event.backgroundImage': 'Background image (external link)',
  'quote.inDocument': 'See in the source: {document}',

  // The TimelineJS export (EXPORT): the slides' words and the story page's links
  'timelinejs.attribution': '— {who}',
  'timelinejs.eventLink': 'The event, its sources and its quotes',
  'timelinejs.storyLink': 'The whole timeline, with its sources',
  'timelinejs.introduction': {
    one: '{count} dated event.',
    other: '{count} dated events.'
  },
  'timelinejs.export': 'Open in TimelineJS:',
  'timelinejs.json': 'JSON file',
  'timelinejs.csv': 'CSV sheet (for Google Sheets)',

  // Drafts (npm run draft): what the engine guessed, until an editor confirms it
  'draft.mark': 'Draft — to be confirmed',
  'draft.quote': 'Quote "{quote}"',
  'story.drafts': {
    one: '{count} event is still a draft, to be confirmed.',
    other: '{count} events are still drafts, to be confirmed.'
  }
};
