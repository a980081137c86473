/**
 * The interface's words in French, the site's default language: every string a page, a share
 * image or the embed snippet shows, by key. `{name}` is a placeholder; a message whose words
 * change with a count has its plural forms (see messages.ts). en.ts must have the same keys.
 */
import type { Message } from './messages.ts';

export const fr = {
  'site.name': 'Chronologie de l’actualité',
  'site.description': 'Les événements d’une dépêche, datés et reliés à leurs citations d’origine.',
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
  'error.notFoundText':
    'Cette adresse ne correspond à aucune histoire ni à aucun événement. Le lien est peut-être incomplet ou l’événement a changé d’adresse.',
  'error.story': 'Histoire introuvable',
  'error.event': 'Événement introuvable',
  'error.internal': 'Erreur interne',

  'home.open': 'Ouvrir l’histoire',
  'home.others': {
    one: 'Et {count} autre événement, jusqu’au {day}',
    other: 'Et {count} autres événements, jusqu’au {day}'
  },

  'story.source': 'Dépêche {outlet}, publiée le',
  'story.sources': 'Dépêches {outlets}, la dernière publiée le',
  'story.chronology': 'Chronologie : {title}',
  'story.chronologyShort': 'Chronologie',
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
  'story.shareSource': 'Dépêche {outlet} du {day}',
  'story.shareCount': { one: '{count} événement daté', other: '{count} événements datés' },
  'story.otherSources': { one: 'et {count} autre source', other: 'et {count} autres sources' },

  'list.title': '{title} — événements {first} à {last}',
  'list.description':
    'Chronologie de la dépêche {outlet} du {day}, page {number} sur {pages} : du {first} au {last}.',
  'list.hint':
    'Page {number} sur {pages} de la liste : choisissez un événement sur la frise ou dans la liste.',
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

  'article.title': 'La dépêche : {title}',
  'article.description':
    'Le texte de la dépêche {outlet} du {day}, tel que publié, citations et dates surlignées.',
  'article.back': '← La chronologie',
  'article.byline': 'Dépêche {outlet}, publiée le',
  'article.asPublished':
    'Texte tel que publié : les répétitions et le crédit égaré de l’original sont conservés.',
  'article.repeats': '(répète le paragraphe {number} de la dépêche)',

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
  'embed.source': 'Dépêche {outlet} du {day} ·',
  'embed.seeAll': 'Voir la chronologie complète',
  'embed.title': '{title} — chronologie intégrée',
  'embed.listTitle': '{title} — chronologie intégrée, page {number}',
  'embed.hint': 'Choisissez un événement pour le lire en entier.',
  'embed.listHint': 'Page {number} sur {pages} de la liste.',

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

  'precision.year': 'année',
  'precision.month': 'mois entier',
  'precision.part-of-month': 'partie de mois',
  'precision.days': 'plage de jours',
  'precision.day': 'jour exact',
  'precision.time': 'jour et heure',
  'precision.unknown': 'date inconnue',

  'claim.established': 'Fait établi',
  'claim.stated': 'Déclaration',
  'claim.announced': 'Annonce',
  'claim.reported': 'Information de presse',
  'claim.denied': 'Démenti',
  'claim.refused-to-confirm': 'Refus de confirmer',
  'claim.editorial': 'Texte de la rédaction',

  // The sources' pages and the panel's blocks (PAGES)
  'sources.heading': 'Les sources',
  'sources.byline': '{outlet}, {day}',
  'document.untitled': 'Dépêche {outlet} du {day}',
  'document.pageTitle': '{document} — {title}',
  'document.description':
    'Le texte de la source « {document} » ({outlet}, {day}), tel que publié, citations et dates surlignées.',
  'document.outlet': 'Média',
  'document.credit': 'Crédit',
  'document.language': 'Langue',
  'document.published': 'Publication',
  'document.url': 'Original',
  'document.note': 'D’où vient la date',
  'document.sources': 'Publication attestée par',
  'document.others': 'Les sources de l’histoire',
  'moved.title': 'Cette page a changé d’adresse',
  'moved.text': 'Chaque source de l’histoire a maintenant sa propre page :',
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
  'list.descriptionEditorial': 'Chronologie, page {number} sur {pages} : du {first} au {last}.',
  'event.date': 'Date',
  'event.attributedQuotes': 'Citations non vérifiées',
  'quote.attributed':
    'Citation donnée par l’auteur de la chronologie, non vérifiée dans un document source',
  'event.backgroundImage': 'Image de fond (lien externe)',
  'quote.inDocument': 'Voir dans la source : {document}',

  // The TimelineJS export (EXPORT): the slides' words and the story page's links
  'timelinejs.attribution': '— {who}',
  'timelinejs.eventLink': 'L’événement, ses sources et ses citations',
  'timelinejs.storyLink': 'La chronologie complète, avec ses sources',
  'timelinejs.introduction': {
    one: '{count} événement daté.',
    other: '{count} événements datés.'
  },
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
