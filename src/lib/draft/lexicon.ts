/**
 * The words attribution is read from, per language: verbs of saying (and of stating an opinion
 * in public, as newsrooms use them to attribute words), honorifics, role nouns, pronouns.
 * General newsroom vocabulary, not any one text's.
 */
import type { DraftLanguage } from './sentences.ts';

/** French -er verbs of saying, by stem; their forms are generated below. */
const FR_ER_STEMS =
  'déclar affirm ajout assur indiqu expliqu soulign estim jug confi précis annon[cç] confirm insist lan[cç] rappel dénon[cç] salu qualifi martel comment déplor regrett gliss racont témoign tweet concéd répét réaffirm ironis tranch résum plaid accus critiqu rapport argu avan[cç] détaill ni exhort prôn rétorqu réclam plaid lâch constat'.split(
    ' '
  );
const FR_ER_ENDINGS = '(?:e|es|ent|é|ée|és|ées|ait|aient|ant|era|eront|erait)';
const FR_IRREGULAR = [
  'di[st]',
  'disent',
  'disait',
  'disant',
  'dire',
  'reconnu',
  'reconna[iî]t',
  'reconnaissant',
  'démenti',
  'dément',
  'démentant',
  'répondu',
  'répond',
  'répondant',
  'conclu',
  'conclut',
  'averti',
  'avertit',
  'avertissant',
  'prévenu',
  'prévient',
  'poursuivi',
  'poursuit',
  'écrit',
  'écrivant',
  'admis',
  'admet',
  'promis',
  'promet',
  'soutenu',
  'soutient',
  'réagi',
  'réagit',
  'fait\\s+part',
  'faisant\\s+part',
  'fait\\s+valoir',
  'fait\\s+savoir',
  'mis\\s+en\\s+garde',
  'met\\s+en\\s+garde',
  'refusé\\s+de\\s+confirmer'
];

const EN_FORMS = (
  'said says say saying told tells telling wrote writes writing added adds adding announced ' +
  'announces announcing asserted asserts insisted insists insisting argued argues arguing warned ' +
  'warns warning noted noting explained explains explaining tweeted posted replied replies ' +
  'responded responds acknowledged acknowledges acknowledging conceded concedes admitted admits ' +
  'claimed claiming confirmed confirms confirming denied denies denying called calling described ' +
  'describes describing praised praises urged urges cautioned predicted predicts complained ' +
  'recalled recalls testified stated declared declares continued concluded maintained maintains ' +
  'stressed stresses stressing emphasized emphasised vowed promised suggested suggests joked ' +
  'remarked observed countered lamented boasted dismissed hailed criticized criticised quoted ' +
  'reiterated'
)
  .split(' ')
  .concat(['pointed\\s+out', 'declined\\s+to\\s+(?:confirm|comment)', 'refused\\s+to\\s+confirm']);

const FR_CUE = new RegExp(
  `(?<![\\p{L}])(?:(?:${FR_ER_STEMS.join('|')})${FR_ER_ENDINGS}|${FR_IRREGULAR.join('|')})(?![\\p{L}])`,
  'giu'
);
const EN_CUE = new RegExp(`(?<![\\p{L}])(?:${EN_FORMS.join('|')})(?![\\p{L}])`, 'giu');

const DETERMINER_BEFORE: Record<DraftLanguage, RegExp> = {
  fr: /(?:^|[^\p{L}])(?:le|la|l['’]|un|une|des|ce|cette)\s*$/iu,
  en: /(?:^|[^\p{L}])(?:the|a|an|this|that)\s+$/iu
};

/** Verbs of saying in `text` (quoted words blanked out first), with their spans. */
export function cueVerbs(
  text: string,
  lang: DraftLanguage
): { start: number; end: number; word: string }[] {
  const re = lang === 'fr' ? FR_CUE : EN_CUE;
  return (
    [...text.matchAll(re)]
      // After a determiner the word is a noun: "le juge", "une annonce", "a call".
      .filter((m) => !DETERMINER_BEFORE[lang].test(text.slice(Math.max(0, m.index - 8), m.index)))
      .map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }))
  );
}

/** "selon X", "d'après X", "according to X": the span of the words before X. */
export const ACCORDING_TO: Record<DraftLanguage, RegExp> = {
  fr: /(?<![\p{L}])(?:selon|d['’]après)\s+/giu,
  en: /(?<![\p{L}])according\s+to\s+/giu
};

/** A participle or gerund: its subject is the sentence's ("les qualifiant de", "faisant part"). */
export function isParticiple(word: string, lang: DraftLanguage): boolean {
  return lang === 'fr' ? /ant(?:\s|$)/iu.test(word + ' ') : /ing$/iu.test(word);
}

export const HONORIFICS: Record<string, 'm' | 'f' | undefined> = {
  'M.': 'm',
  MM: 'm',
  'MM.': 'm',
  Mme: 'f',
  'Mme.': 'f',
  Mlle: 'f',
  Me: undefined,
  Dr: undefined,
  'Dr.': undefined,
  Pr: undefined,
  'Pr.': undefined,
  'Mr.': 'm',
  Mr: 'm',
  'Mrs.': 'f',
  Mrs: 'f',
  'Ms.': 'f',
  Ms: 'f',
  Sir: 'm',
  Dame: 'f',
  Lord: 'm',
  Lady: 'f',
  'Rep.': undefined,
  'Sen.': undefined,
  'Gov.': undefined,
  'Gen.': undefined,
  'Prof.': undefined,
  'Lt.': undefined,
  'Col.': undefined,
  'Capt.': undefined,
  'Rev.': undefined
};

/**
 * Nouns of function or trade that name a person by what they do ("le ministre", "the House
 * speaker"), with the gender the French form shows.
 */
const ROLE_NOUNS_FR: Record<string, 'm' | 'f' | undefined> = Object.fromEntries(
  (
    'ministre: président:m présidente:f conseiller:m conseillère:f porte-parole: secrétaire: ' +
    'directeur:m directrice:f dirigeant:m dirigeante:f chef:m cheffe:f avocat:m avocate:f ' +
    'procureur:m procureure:f juge: maire: député:m députée:f sénateur:m sénatrice:f ' +
    'entraîneur:m entraîneuse:f sélectionneur:m skieur:m skieuse:f joueur:m joueuse:f ' +
    'ambassadeur:m ambassadrice:f responsable: diplomate: commerçant:m commerçante:f ' +
    'patron:m patronne:f syndicaliste: économiste: analyste: expert:m experte:f ' +
    'chercheur:m chercheuse:f témoin: habitant:m habitante:f policier:m policière:f ' +
    'agriculteur:m agricultrice:f chancelier:m chancelière:f général:m commandant:m ' +
    'gouverneur:m premier:m première:f candidat:m candidate:f élu:m élue:f militant:m militante:f ' +
    'fondateur:m fondatrice:f coach: capitaine: réalisateur:m réalisatrice:f actrice:f acteur:m ' +
    'producteur:m productrice:f écrivain:m écrivaine:f médecin: infirmier:m infirmière:f ' +
    'négociateur:m négociatrice:f émissaire: envoyé:m envoyée:f délégué:m déléguée:f ' +
    'administrateur:m administratrice:f rapporteur:m rapporteure:f coureur:m coureuse:f ' +
    'pilote: champion:m championne:f athlète: nageur:m nageuse:f'
  )
    .split(' ')
    .map((entry) => {
      const [word, gender] = entry.split(':');
      return [word!, (gender || undefined) as 'm' | 'f' | undefined];
    })
);

const ROLE_NOUNS_EN = new Set(
  (
    'minister president adviser advisor spokesman spokeswoman spokesperson secretary director ' +
    'leader chief head lawyer attorney prosecutor judge mayor senator representative speaker ' +
    'coach chair chairman chairwoman executive officer analyst economist expert researcher ' +
    'actor actress producer official diplomat ambassador governor general commander witness ' +
    'resident farmer manager founder ceo cfo premier chancellor candidate lawmaker strategist ' +
    'professor scientist director negotiator envoy commissioner superintendent inspector ' +
    'sheriff captain player striker goalkeeper champion driver rider nurse doctor owner ' +
    'partner administrator congressman congresswoman minister deputy aide'
  ).split(' ')
);

export const FEMININE_EN = new Set('spokeswoman chairwoman actress congresswoman'.split(' '));
export const MASCULINE_EN = new Set('spokesman chairman actor congressman'.split(' '));

/** The role noun `word` is, and the gender it shows, or null when it names no role. */
export function roleNoun(
  word: string,
  lang: DraftLanguage
): { gender: 'm' | 'f' | undefined } | null {
  const w = word.toLowerCase();
  if (lang === 'fr') return w in ROLE_NOUNS_FR ? { gender: ROLE_NOUNS_FR[w] } : null;
  if (!ROLE_NOUNS_EN.has(w) && !ROLE_NOUNS_EN.has(w.replace(/s$/, ''))) return null;
  return { gender: FEMININE_EN.has(w) ? 'f' : MASCULINE_EN.has(w) ? 'm' : undefined };
}

export const SUBJECT_PRONOUNS: Record<DraftLanguage, Record<string, 'm' | 'f' | 'n'>> = {
  fr: { il: 'm', elle: 'f', lui: 'm' },
  en: { he: 'm', she: 'f', him: 'm', her: 'f', it: 'n' }
};

/** Words that begin a noun phrase: determiners and possessives. */
export const DETERMINERS: Record<DraftLanguage, ReadonlySet<string>> = {
  fr: new Set("le la les l' l’ un une des son sa ses leur leurs ce cet cette ces du".split(' ')),
  en: new Set('the a an his her its their this that these those'.split(' '))
};

/** Prepositions: a noun phrase after one is a complement, not a subject. */
export const PREPOSITIONS: Record<DraftLanguage, ReadonlySet<string>> = {
  fr: new Set(
    "à au aux de du des d' d’ par pour sur dans en lors avec sans vers chez contre entre après avant pendant depuis devant".split(
      ' '
    )
  ),
  en: new Set('to at in on for with by from of during after before about into over than'.split(' '))
};

/** Words that end a speaker's noun phrase after an inverted verb ("a déclaré X lors de…"). */
export const PHRASE_ENDS: Record<DraftLanguage, ReadonlySet<string>> = {
  fr: new Set(
    'qui que dont où lors dans pendant après avant sur au aux devant depuis alors mais et en cité citée cités interrogé interrogée'.split(
      ' '
    )
  ),
  en: new Set(
    'who whom which that when while during after before in on at as and but quoted told'.split(' ')
  )
};

/** Capitalised words that are not names: sentence openers, weekdays, months. */
export const NOT_NAMES = new Set(
  (
    'le la les l un une des ce cet cette ces son sa ses leur mais et ou donc or ni car selon ' +
    'il elle ils elles on nous vous je tu c d qu s n j lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'the a an he she it they we i you his her its their this that these those but and or so ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december according after before in on at ' +
    'if when while as for with from by of to dans pour par sur avec sans en au aux'
  ).split(' ')
);
