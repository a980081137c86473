/**
 * The interface's words in English (British usage, as the dates: see format.ts): a story's
 * reading pages' (keys: fr.ts); the rest are in en-more.ts.
 */
import type { ReadingCatalogue } from './messages.ts';

export const en: ReadingCatalogue = {
  'site.name': 'News timeline',
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

  'story.source': '{outlet} dispatch, published on',
  'story.sources': '{outlets} dispatches, the latest published on',
  'story.chronology': 'Timeline: {title}',
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

  'claim.editorial': 'Newsroom text',

  // The sources' pages and the panel's blocks (PAGES)
  'sources.heading': 'The sources',
  'sources.byline': '{outlet}, {day}',
  'document.untitled': '{outlet} dispatch of {day}',
  'document.outlet': 'Outlet',
  'document.credit': 'Credit',
  'document.language': 'Language',
  'document.published': 'Published',
  'document.url': 'Original',
  'document.note': 'Where the date comes from',
  'document.sources': 'Publication attested by',
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
  'event.date': 'Date',
  'event.attributedQuotes': 'Unchecked quotations',
  'quote.attributed':
    'Quotation given by the timeline’s author, not checked against a source document',
  'event.backgroundImage': 'Background image (external link)',
  'quote.inDocument': 'See in the source: {document}',

  // The TimelineJS export (EXPORT): the slides' words and the story page's links
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
