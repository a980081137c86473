/**
 * The interface's words in French, the site's default language, by key: those a story's reading
 * pages draw in the browser (its page, an event's, its list), which every page's client loads
 * first (load-catalogue.ts); the rest, the other pages' and the server's, are in fr-more.ts.
 * `{name}` is a placeholder; a message whose words change with a count has its plural forms
 * (see messages.ts). en.ts must have the same keys.
 */
import type { Message } from './messages.ts';

export const fr = {
  'site.name': 'Chronologie de l’actualité',
  'site.skip': 'Aller au contenu',
  'site.footer':
    'Chaque citation vérifiée renvoie à sa place dans son document source, et chaque date dit d’où elle vient.',
  'site.data': 'Données (JSON)',
  'site.workshop': 'Atelier de rédaction',
  'site.locale': 'fr_FR',
  'site.seeAll': 'Voir toutes les histoires et leurs événements',

  'theme.label': 'Thème',
  'theme.system': 'Système',
  'theme.light': 'Clair',
  'theme.dark': 'Sombre',

  'error.notFound': 'Page introuvable',
  'error.title': 'Erreur',
  'error.heading': 'Une erreur est survenue',

  'story.source': 'Dépêche {outlet}, publiée le',
  'story.sources': 'Dépêches {outlets}, la dernière publiée le',
  'story.chronology': 'Chronologie : {title}',
  'story.description': {
    one: 'Chronologie de la dépêche {outlet} du {day} : {count} événement daté, relié à ses citations.',
    other:
      'Chronologie de la dépêche {outlet} du {day} : {count} événements datés, chacun relié à ses citations.'
  },
  'story.hint':
    'Choisissez un événement sur la frise ou dans la liste pour lire ce qui s’est passé et les citations de la dépêche.',
  'story.readArticle': 'Lire la dépêche, citations surlignées',
  'story.allEvents': 'Tous les événements, dans l’ordre',
  'story.pages': 'Pages de la liste',
  'story.pagesBelow': 'Pages de la liste, en bas',

  'list.where': 'Page {number} sur {pages} : événements {first} à {last} sur {total}',
  'list.first': '« Premiers',
  'list.previous': '‹ Précédents',
  'list.next': 'Suivants ›',
  'list.last': 'Derniers »',
  'list.found': 'Événements trouvés, dans l’ordre',
  'list.inShownLanes': 'Événements des voies affichées, dans l’ordre',
  'list.noneFound':
    'Aucun événement ne contient ces mots : la frise et la liste complète reviennent quand la recherche est effacée et les voies affichées.',
  'list.noLane':
    'Aucune voie n’est affichée : la frise et la liste complète reviennent quand la recherche est effacée et les voies affichées.',
  'list.more': { one: 'Afficher le suivant', other: 'Afficher les {count} suivants' },
  'list.eventsOfTotal': {
    zero: 'aucun événement sur {total}',
    one: '{count} événement sur {total}',
    other: '{count} événements sur {total}'
  },

  'event.pageTitle': '{title} — {date}',
  'event.panel': 'Événement',
  'event.close': '✕ Fermer',
  'event.closeHint': 'l’événement (Échap)',
  'event.backToMark': '↑ Voir sur la frise',
  'event.share': 'Partager l’événement',
  'event.openOnSite': 'Ouvrir sur le site',
  'event.opened': 'Événement ouvert : {title}',
  'event.address': 'Adresse de cet événement : {url}',
  'event.siblings': 'Événements voisins',
  'event.quotes': 'Citations',
  'event.dateAndSources': 'La date et ses sources',
  'event.inArticle': 'Dans les documents',
  'event.notInArticle':
    'Aucun document de l’histoire ne date cet événement ; la date vient d’autres sources.',
  'event.sourcesSay': 'Ce que disent les sources',
  'event.establishedBy': 'Date établie par',
  'event.nature': 'Nature',
  'event.via': '(via {outlet})',
  'event.actors': 'Acteurs',
  'event.shareAlt': '{date} : {title}',
  'event.shareAltQuote': '{date} : {title} — « {quote} » ({speaker})',

  'quote.open': '«\u00a0',
  'quote.close': '\u00a0»',
  'quote.citedBy': ', cité par {outlet}',
  'quote.inArticle': 'Voir dans la source',
  'quote.link': 'Lien vers cette citation',
  'quote.share': 'Partager la citation',

  'share.copied': 'Lien copié',
  'share.copyThis': 'Copiez ce lien : {url}',

  'embed.summary': 'Intégrer cette chronologie',
  'embed.label': 'Code à coller dans votre page :',
  'embed.copy': 'Copier le code',
  'embed.copied': 'Code copié',
  'embed.copyYourself': 'Sélectionnez le code et copiez-le',

  'timeline.title': 'Frise chronologique',
  'timeline.horizontal':
    'Frise chronologique. Flèches gauche et droite : événement précédent ou suivant ; plus et moins : zoom.',
  'timeline.vertical': 'Frise chronologique verticale',
  'timeline.failed':
    'La frise n’a pas pu être chargée ({reason}) : la liste ci-dessous donne tous les événements.',
  'timeline.noScript': {
    one: 'La frise de cet événement se dessine avec JavaScript ; sans lui, la liste ci-dessous le donne.',
    other:
      'La frise de ces {count} événements se dessine avec JavaScript ; sans lui, la liste ci-dessous les donne tous, page par page.'
  },
  'timeline.toolbar': 'Affichage de la frise',
  'timeline.zoomOut': 'Zoom arrière',
  'timeline.zoomIn': 'Zoom avant',
  'timeline.showAll': 'Tout voir',
  'timeline.linear': 'Échelle linéaire (durées réelles)',
  'timeline.search': 'Rechercher',
  'timeline.searchFailed': 'La recherche n’a pas pu être chargée ({reason}).',
  'timeline.searchPlaceholder': 'un nom, un mot…',
  'timeline.searching': 'Recherche…',
  'timeline.lanes': 'Voies affichées :',
  'timeline.periods': 'Périodes',
  'timeline.legend': 'Légende',
  'timeline.legendDay': 'un jour précis',
  'timeline.legendDays': 'plusieurs jours, établis',
  'timeline.legendLoose': 'ce que permettent les mots de la source (« fin juillet »)',
  'timeline.legendBreak': 'période sans événement, raccourcie (sa durée est indiquée)',
  'timeline.cluster': { one: '{count} événement, {days}', other: '{count} événements, {days}' },
  'timeline.clusterOneDay': 'le {day}',
  'timeline.clusterZoom': 'zoomer',
  'timeline.clusterOpen': 'ouvrir le premier, « {title} »',
  'timeline.clusterShown': '{shown} : {label}',
  'timeline.clusterName': '{lead} : {action}',
  'timeline.mark': '{lead} — {date} : {title}',
  'timeline.markTitle': '{lead} — {date}',
  'timeline.markUnlabelled': '{date} : {title}',
  'timeline.days': { one: '≈ {count} jour', other: '≈ {count} jours' },
  'timeline.weeks': { one: '≈ {count} semaine', other: '≈ {count} semaines' },
  'timeline.months': '≈ {count} mois',
  'timeline.years': { one: '≈ {count} an', other: '≈ {count} ans' },
  'timeline.millennia': { one: '≈ {count} millénaire', other: '≈ {count} millénaires' },
  'timeline.millionYears': {
    one: '≈ {count} million d’années',
    other: '≈ {count} millions d’années'
  },
  'timeline.billionYears': {
    one: '≈ {count} milliard d’années',
    other: '≈ {count} milliards d’années'
  },

  'date.range': 'du {start} au {end}',
  'date.rangeInMonth': 'du {start} au {end}',
  'date.span': '{start}–{end}',
  'date.spanSpaced': '{start} – {end}',
  'date.early': 'début {month}',
  'date.mid': 'mi-{month}',
  'date.late': 'fin {month}',
  'date.unknown': 'date inconnue',
  'date.beforeYearOne': '{year} av. J.-C.',
  'date.millionYearsAgo': '{n} Ma',
  'date.billionYearsAgo': '{n} Ga',
  'date.atTime': '{day} à {time} ({zone})',
  'date.zone': 'heure de {city}',
  'date.firstOfMonth': '1er',

  'claim.editorial': 'Texte de la rédaction',

  // The sources' pages and the panel's blocks (PAGES)
  'sources.heading': 'Les sources',
  'sources.byline': '{outlet}, {day}',
  'document.untitled': 'Dépêche {outlet} du {day}',
  'document.outlet': 'Média',
  'document.credit': 'Crédit',
  'document.language': 'Langue',
  'document.published': 'Publication',
  'document.url': 'Original',
  'document.note': 'D’où vient la date',
  'document.sources': 'Publication attestée par',
  'event.evidence': 'D’après d’autres sources :',
  'event.editorialNote': 'Résumé écrit par la rédaction ; il ne cite aucune source.',
  'event.documents': 'Rapporté dans',
  'event.media': 'Images et liens',
  'media.credit': 'Crédit : {credit}',
  'media.external': 'Voir sur {host}',
  'story.descriptionEditorial': {
    one: 'Chronologie : {count} événement daté.',
    other: 'Chronologie : {count} événements datés.'
  },
  'story.hintEditorial':
    'Choisissez un événement sur la frise ou dans la liste pour lire ce qui s’est passé.',
  'event.date': 'Date',
  'event.attributedQuotes': 'Citations non vérifiées',
  'quote.attributed':
    'Citation donnée par l’auteur de la chronologie, non vérifiée dans un document source',
  'event.backgroundImage': 'Image de fond (lien externe)',
  'quote.inDocument': 'Voir dans la source : {document}',

  // The TimelineJS export (EXPORT): the slides' words and the story page's links
  'timelinejs.export': 'Ouvrir dans TimelineJS :',
  'timelinejs.json': 'fichier JSON',
  'timelinejs.csv': 'feuille CSV (pour Google Sheets)',

  // Drafts (npm run draft): what the engine guessed, until an editor confirms it
  'draft.mark': 'Brouillon — à confirmer',
  'draft.quote': 'Citation « {quote} »',
  'story.drafts': {
    one: '{count} événement est encore un brouillon, à confirmer.',
    other: '{count} événements sont encore des brouillons, à confirmer.'
  }
} as const satisfies Record<string, Message>;
