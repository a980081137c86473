/**
 * The drafting workshop's words (/atelier/), in French like the rest of the site's own pages.
 * Kept apart from fr.ts and en.ts, whose one catalogue travels with every page: these travel
 * with the workshop's page alone (its server load gives them), so a reader of a story never
 * downloads them. `{name}` is a placeholder; a message with a `{count}` may have plural forms.
 */
import { formatCount } from '../story/count.ts';
import type { PluralMessage } from './messages.ts';

export const WORKSHOP_CATALOGUE = {
  'workshop.title': 'Atelier de rédaction',
  'workshop.intro':
    'Collez une dépêche : le moteur de brouillon trouve ses citations, leurs locuteurs et ses dates, et propose des événements. Relisez, corrigez, puis téléchargez le dossier de l’histoire. Tout se passe dans votre navigateur : le texte n’est envoyé nulle part.',
  'workshop.draft': 'Brouillon',
  'workshop.noScript':
    'L’atelier a besoin de JavaScript : le moteur de brouillon tourne dans votre navigateur. Les pages des histoires, elles, s’en passent.',

  'workshop.form.title': 'La dépêche',
  'workshop.form.article': 'Texte de la dépêche',
  'workshop.form.open': 'Ouvrir un fichier',
  'workshop.form.fileHint':
    'Un texte collé perd ses fins de ligne Windows (CR LF) : le navigateur les change en LF. Pour garder le fichier octet pour octet, ouvrez-le.',
  'workshop.form.opened': 'Fichier ouvert : {name} ({bytes} octets), lu octet pour octet.',
  'workshop.form.paste': 'Coller un texte à la place',
  'workshop.form.published': 'Date de publication',
  'workshop.form.outlet': 'Média',
  'workshop.form.lang': 'Langue',
  'workshop.form.fr': 'Français',
  'workshop.form.en': 'Anglais',
  'workshop.form.id': 'Identifiant (facultatif)',
  'workshop.form.idHint':
    'Lettres minuscules, chiffres et tirets ; par défaut, tiré du titre. C’est le nom du dossier et l’adresse de l’histoire.',
  'workshop.form.prepare': 'Préparer le brouillon',
  'workshop.form.busy': 'Préparation du brouillon…',

  'workshop.reopen.title': 'Reprendre un brouillon',
  'workshop.reopen.story': 'Son story.json',
  'workshop.reopen.article': 'Sa dépêche',
  'workshop.reopen.submit': 'Rouvrir',
  'workshop.reopen.missing': 'Choisissez les deux fichiers : story.json et la dépêche.',

  'workshop.problem.noText': 'Collez ou ouvrez le texte de la dépêche.',
  'workshop.problem.noDate': 'Donnez la date de publication de la dépêche.',
  'workshop.problem.noOutlet': 'Donnez le média de la dépêche.',
  'workshop.problem.badId':
    'L’identifiant s’écrit en lettres minuscules, chiffres et tirets simples',
  'workshop.problem.notUtf8':
    'Ce fichier n’est pas un texte UTF-8 : la build le lirait autrement, et les citations ne seraient pas à leur place',
  'workshop.problem.engine': 'Le moteur de brouillon n’a pas pu lire ce texte',
  'workshop.problem.reopen.json': 'Ce story.json n’est pas du JSON',
  'workshop.problem.reopen.shape': 'Ce fichier n’est pas un story.json d’histoire',
  'workshop.problem.reopen.documents':
    'L’atelier reprend une histoire d’une seule dépêche ; celle-ci en compte',
  'workshop.refused.no-event': 'Cet événement n’existe plus',
  'workshop.refused.no-quote': 'Cette citation n’existe plus',
  'workshop.refused.no-actor': 'Cet acteur n’existe pas',
  'workshop.refused.empty-name': 'Donnez un nom au locuteur',
  'workshop.refused.empty-title': 'Donnez un titre à l’événement',
  'workshop.refused.date-order': 'Le premier jour vient après le dernier',
  'workshop.refused.no-document': 'L’histoire n’a pas de document où appuyer la date',
  'workshop.refused.empty-lane': 'Donnez un nom au couloir',
  'workshop.refused.self-merge': 'Un événement ne se fusionne pas avec lui-même',
  'workshop.refused.split-side': 'Laissez au moins un passage de chaque côté',
  'workshop.refused.no-passage': 'Ce passage n’existe pas',
  'workshop.refused.last-event': 'Une histoire garde au moins un événement',

  'workshop.article.title': 'Le texte et ce que le moteur y trouve',
  'workshop.article.quote': 'citation',
  'workshop.article.date': 'date',
  'workshop.article.vague': 'date vague',
  'workshop.article.control':
    'caractère de direction du texte, montré sans effet (il pourrait retourner l’affichage)',

  'workshop.preview.title': 'Aperçu de la chronologie',
  'workshop.preview.invalid':
    'L’aperçu attend une histoire valide : voyez les messages sous « Télécharger ».',

  'workshop.events.heading': {
    one: '{count} événement proposé',
    other: '{count} événements proposés'
  },
  'workshop.events.lane': 'couloir',
  'workshop.events.counts': {
    one: '{passages} passage(s), {count} citation',
    other: '{passages} passage(s), {count} citations'
  },
  'workshop.events.accept': 'Accepter l’événement',
  'workshop.events.reject': 'Rejeter l’événement',
  'workshop.events.title': 'Titre',
  'workshop.events.rename': 'Renommer',
  'workshop.events.start': 'Premier jour',
  'workshop.events.end': 'Dernier jour',
  'workshop.events.setDate': 'Corriger la date',
  'workshop.events.acceptDate': 'Accepter la date',
  'workshop.events.laneLabel': 'Couloir',
  'workshop.events.setLane': 'Changer de couloir',
  'workshop.events.actors': 'Acteurs',
  'workshop.events.setActors': 'Appliquer les acteurs',
  'workshop.events.mergeWith': 'Fusionner avec',
  'workshop.events.merge': 'Fusionner',
  'workshop.events.split': 'Séparer ces passages en un autre événement',
  'workshop.events.splitSubmit': 'Séparer',

  'workshop.quotes.title': { one: '{count} citation', other: '{count} citations' },
  'workshop.quotes.speaker': 'Locuteur :',
  'workshop.quotes.accept': 'Accepter le locuteur',
  'workshop.quotes.correct': 'Locuteur',
  'workshop.quotes.setSpeaker': 'Corriger le locuteur',
  'workshop.quotes.reject': 'Rejeter le locuteur',
  'workshop.quotes.event': 'Événement',
  'workshop.quotes.move': 'Déplacer',

  'workshop.dates.title': {
    zero: 'Aucune expression de date',
    one: '{count} expression de date',
    other: '{count} expressions de date'
  },
  'workshop.dates.vague': 'vague, ne date aucun événement',
  'workshop.dates.unresolved': 'non résolue',
  'workshop.dates.why': 'règle « {rule} » : {why}',
  'workshop.dates.event': 'date de l’événement',

  'workshop.download.title': 'Télécharger',
  'workshop.download.left': {
    zero: 'Brouillons restants : {events} événement(s), aucune citation.',
    one: 'Brouillons restants : {events} événement(s), {count} citation.',
    other: 'Brouillons restants : {events} événement(s), {count} citations.'
  },
  'workshop.download.submit': 'Télécharger',
  'workshop.download.invalid': {
    one: 'La build refuserait cette histoire ({count} problème) : rien n’est téléchargé.',
    other: 'La build refuserait cette histoire ({count} problèmes) : rien n’est téléchargé.'
  },
  'workshop.download.ready':
    'La build accepte cette histoire. Enregistrez les deux fichiers dans un même dossier de content/stories/.',
  'workshop.download.file': 'Télécharger {name}',
  'workshop.download.changed': 'L’histoire a changé : téléchargez-la de nouveau.'
} satisfies Record<string, string | PluralMessage>;

export type WorkshopCatalogue = Record<string, string | PluralMessage>;
export type WorkshopKey = keyof typeof WORKSHOP_CATALOGUE;

export interface WorkshopWords {
  /** The message `key`, its placeholders filled; the key itself when there is none. */
  w: (key: string, params?: Record<string, string | number>) => string;
}

const rules = new Intl.PluralRules('fr');

export function workshopWords(catalogue: WorkshopCatalogue): WorkshopWords {
  return {
    w: (key, params = {}) => {
      const message = catalogue[key];
      if (message === undefined) return key;
      const count = Number(params.count);
      const text =
        typeof message === 'string'
          ? message
          : count === 0 && message.zero !== undefined
            ? message.zero
            : (message[rules.select(count) as 'one' | 'other'] ?? message.other);
      return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? formatCount(value, 'fr') : value;
      });
    }
  };
}
