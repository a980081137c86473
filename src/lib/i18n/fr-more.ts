/**
 * The rest of the interface's words in French: those no story's reading page (its page, an
 * event's, the list's pages past the first) draws in the browser. The home page's, the sources'
 * and the article's pages', the embed's, the 404's, and the words the server alone writes (share
 * images, feeds, exports, the labels formatted at build time). A page's client fetches them only
 * on the routes that use them (load-catalogue.ts), so a story's first visit does not carry them.
 * en-more.ts must have the same keys.
 */
import type { Message } from './messages.ts';

export const frMore = {
  'site.description': 'Les événements d’une dépêche, datés et reliés à leurs citations d’origine.',
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
  'story.chronologyShort': 'Chronologie',
  'story.shareSource': 'Dépêche {outlet} du {day}',
  'story.shareCount': { one: '{count} événement daté', other: '{count} événements datés' },
  'story.otherSources': { one: 'et {count} autre source', other: 'et {count} autres sources' },
  'list.title': '{title} — événements {first} à {last}',
  'list.description':
    'Chronologie de la dépêche {outlet} du {day}, page {number} sur {pages} : du {first} au {last}.',
  'list.hint':
    'Page {number} sur {pages} de la liste : choisissez un événement sur la frise ou dans la liste.',
  'article.title': 'La dépêche : {title}',
  'article.description':
    'Le texte de la dépêche {outlet} du {day}, tel que publié, citations et dates surlignées.',
  'article.back': '← La chronologie',
  'article.byline': 'Dépêche {outlet}, publiée le',
  'article.asPublished':
    'Texte tel que publié : les répétitions et le crédit égaré de l’original sont conservés.',
  'article.repeats': '(répète le paragraphe {number} de la dépêche)',
  'embed.source': 'Dépêche {outlet} du {day} ·',
  'embed.seeAll': 'Voir la chronologie complète',
  'embed.title': '{title} — chronologie intégrée',
  'embed.listTitle': '{title} — chronologie intégrée, page {number}',
  'embed.hint': 'Choisissez un événement pour le lire en entier.',
  'embed.listHint': 'Page {number} sur {pages} de la liste.',
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
  'document.pageTitle': '{document} — {title}',
  'document.description':
    'Le texte de la source « {document} » ({outlet}, {day}), tel que publié, citations et dates surlignées.',
  'document.others': 'Les sources de l’histoire',
  'moved.title': 'Cette page a changé d’adresse',
  'moved.text': 'Chaque source de l’histoire a maintenant sa propre page :',
  'list.descriptionEditorial': 'Chronologie, page {number} sur {pages} : du {first} au {last}.',
  'timelinejs.attribution': '— {who}',
  'timelinejs.eventLink': 'L’événement, ses sources et ses citations',
  'timelinejs.storyLink': 'La chronologie complète, avec ses sources',
  'timelinejs.introduction': {
    one: '{count} événement daté.',
    other: '{count} événements datés.'
  }
} as const satisfies Record<string, Message>;
