/**
 * The tense of the clause a date expression stands in, French or English, from the verbs around
 * it: "ont signé mardi" is past, "doivent se rencontrer vendredi" future. A small, general
 * detector, not a parser: it finds tense markers (auxiliary + participle, futur simple,
 * "va/vont + infinitif", "doit/devrait + infinitif", imparfait, passé simple; "will", "is to",
 * "is due/set/expected to", "going to", "would" against "-ed", irregular pasts, "has/had + …")
 * and takes the one nearest the expression in its clause, else in its sentence. When nothing
 * marks the tense it says so (undefined), and the caller reads the expression as past-tense
 * news, the project's default.
 *
 * Pure: no Node or DOM API, so the workshop runs it in the browser.
 */
import type { Tense } from '../story/resolve-date-expression.ts';

export type { Tense };

export interface TextSpan {
  start: number;
  end: number;
}

interface Marker {
  start: number;
  end: number;
  tense: Tense;
}

const L = '\\p{L}';
/** Word boundaries that know accented letters (\b does not, even with the u flag). */
const W = (source: string) => `(?<![${L}\\d-])(?:${source})(?![${L}\\d])`;

/** Words that look like a futur simple or an imparfait and are not verbs. */
const FR_NOT_VERBS = new Set([
  'vrai',
  'front',
  'affront',
  'patrons',
  'environs',
  'bras',
  'gras',
  'citrons',
  'marrons',
  'escadrons',
  'opéra',
  'caméra',
  'extra',
  'ultra',
  'choléra',
  'mantra',
  'souhait',
  'portrait',
  'retrait',
  'extrait',
  'attrait',
  'parfait',
  'bienfait',
  'forfait',
  'méfait',
  'distrait',
  'abstrait',
  'trait',
  'lorsque'
]);

const FR_INFINITIVE = `${L}+(?:er|ir|re|oir)`;
const FR_CLITICS = `(?:(?:se|s'|s’|le|la|les|l'|l’|y|en|lui|leur|ne|n'|n’|pas|être|bien|ainsi|encore|aussi|également|donc|rapidement|prochainement)\\s*)*`;

const FR_MARKERS: { pattern: RegExp; tense: Tense; test?: (word: string) => boolean }[] = [
  // aller + infinitive: "va présenter", "vont se rencontrer".
  {
    pattern: new RegExp(W(`(?:va|vont|vais|allons|allez)\\s+${FR_CLITICS}${FR_INFINITIVE}`), 'giu'),
    tense: 'future'
  },
  // devoir + infinitive: "doit le défendre", "devraient se rencontrer".
  {
    pattern: new RegExp(
      W(`(?:doit|doivent|devrait|devraient|devra|devront)\\s+${FR_CLITICS}${FR_INFINITIVE}`),
      'giu'
    ),
    tense: 'future'
  },
  {
    pattern: new RegExp(
      W(
        `prévoi(?:t|ent)|prévue?s?|attendue?s?|s'apprête(?:nt)?|s’apprête(?:nt)?|programmée?s?|annoncée? pour`
      ),
      'giu'
    ),
    tense: 'future'
  },
  // Futur simple: "sera", "aura lieu", "reprendront", "s'exprimera".
  {
    pattern: new RegExp(W(`${L}{2,}(?:rai|ras|ra|rons|rez|ront)`), 'giu'),
    tense: 'future',
    test: (word) => !FR_NOT_VERBS.has(word)
  },
  // Passé composé, plus-que-parfait, passif au passé: auxiliary + participle.
  {
    pattern: new RegExp(
      W(
        `(?:ai|as|a|avons|avez|ont|avait|avaient|avais|eut|eurent|suis|es|est|sommes|êtes|sont|était|étaient|fut|furent)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\\s+(?:(?:pas|déjà|été|par ailleurs|également|aussi|encore|notamment|ainsi|bien|rien|jamais|toujours|plus|ensuite|enfin|alors)\\s+)*${L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|ints|aint)`
      ),
      'giu'
    ),
    tense: 'past',
    test: (words) => !/(?:prévue?s?|attendue?s?)$/u.test(words)
  },
  // Imparfait ("avait", "discutaient"), not the conditional ("serait", "pourraient").
  {
    pattern: new RegExp(W(`${L}{2,}(?:ait|aient)`), 'giu'),
    tense: 'past',
    test: (word) => !/(?:rait|raient)$/u.test(word) && !FR_NOT_VERBS.has(word)
  },
  // Passé simple.
  {
    pattern: new RegExp(W(`${L}+(?:èrent|irent|urent)|fut|eut|fit|vint`), 'giu'),
    tense: 'past'
  }
];

const EN_IRREGULAR_PAST =
  'said|told|met|went|came|began|left|took|gave|made|held|spoke|wrote|saw|found|sent|fled|fought|struck|won|lost|led|rose|fell|flew|drove|broke|chose|got|knew|thought|brought|bought|ran|sat|stood|became|paid|sold|kept|felt|meant|sought|taught|caught|spent|built|shot|drew|grew|threw|heard|slept|stole|swept|understood|withdrew|was|were|did|had';

const EN_NOT_PAST = new Set([
  'need',
  'speed',
  'seed',
  'feed',
  'bed',
  'red',
  'shed',
  'embed',
  'indeed',
  'proceed',
  'exceed',
  'succeed',
  'hundred',
  'bred',
  'breed',
  'creed',
  'greed',
  'weed',
  'naked',
  'sacred',
  'wicked'
]);

const EN_MARKERS: { pattern: RegExp; tense: Tense; test?: (word: string) => boolean }[] = [
  {
    pattern: new RegExp(
      W(
        `will|shall|won't|won’t|${L}+'ll|${L}+’ll|would|(?:is|are|am|was|were)\\s+(?:(?:due|set|scheduled|expected|slated)(?:\\s+(?:to|for))?|(?:poised|going|planning|about)\\s+to)|(?:is|are|am)\\s+to|plans?\\s+to|planning\\s+to|intends?\\s+to`
      ),
      'giu'
    ),
    tense: 'future'
  },
  {
    pattern: new RegExp(
      W(`(?:has|have|had)\\s+(?:not\\s+|already\\s+|just\\s+|been\\s+)*${L}+`),
      'giu'
    ),
    tense: 'past'
  },
  { pattern: new RegExp(W(EN_IRREGULAR_PAST), 'giu'), tense: 'past' },
  {
    // "-ed" pasts, not a present passive ("is expected", "be published").
    pattern: new RegExp(`(?<!(?:is|are|am|be|being)\\s+)${W(`${L}{2,}ed`)}`, 'giu'),
    tense: 'past',
    test: (word) => !EN_NOT_PAST.has(word)
  }
];

const ABBREVIATIONS =
  /(?:^|[\s(])(?:[A-Z]|M|Mr|Mrs|Ms|Mme|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|a\.m|p\.m|U\.S|etc|cf|av|J\.-C)$/;

/** The sentence around a span: from the end of the one before to its own end (or a paragraph). */
export function sentenceAround(text: string, span: TextSpan): TextSpan {
  let start = 0;
  const stops = /[.!?…]+["»”’)]*\s+|\n\s*\n/g;
  let m: RegExpExecArray | null;
  while ((m = stops.exec(text))) {
    const at = m.index;
    if (m[0].startsWith('.') && ABBREVIATIONS.test(text.slice(Math.max(0, at - 6), at))) continue;
    const after = at + m[0].length;
    if (after <= span.start) start = after;
    else if (at >= span.end) return { start, end: at + 1 };
  }
  return { start, end: text.length };
}

const CLAUSE_BREAKS =
  /[;:—–«»“”"()]|,|\s(?:où|mais|tandis que|alors que|puis|que|qu['’]|but|while|whereas|where|that|when)\s/giu;

function markersIn(text: string, from: number, to: number, language: 'fr' | 'en'): Marker[] {
  const slice = text.slice(from, to);
  const found: Marker[] = [];
  for (const { pattern, tense, test } of language === 'fr' ? FR_MARKERS : EN_MARKERS) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(slice))) {
      const word = m[0].toLocaleLowerCase(language);
      if (test && !test(word)) continue;
      // A capitalised word inside a sentence is a name ("Ankara"), not a verb.
      if (language === 'fr' && tense === 'future' && /^\p{Lu}/u.test(m[0]) && m.index > 0) continue;
      found.push({ start: from + m.index, end: from + m.index + m[0].length, tense });
    }
  }
  // A future reading of words ("is expected to") wins over a past one inside it ("expected").
  return found.filter(
    (marker) =>
      marker.tense === 'future' ||
      !found.some((f) => f.tense === 'future' && f.start <= marker.start && f.end >= marker.end)
  );
}

function nearest(markers: Marker[], span: TextSpan): Tense | undefined {
  let best: Marker | undefined;
  let bestDistance = Infinity;
  for (const marker of markers) {
    if (marker.start < span.end && marker.end > span.start) continue; // the expression's own words
    const distance = marker.end <= span.start ? span.start - marker.end : marker.start - span.end;
    if (distance < bestDistance) [best, bestDistance] = [marker, distance];
  }
  return best?.tense;
}

/**
 * The tense of the clause around `span` in `text`: the nearest tense marker in its clause, else
 * in its sentence; undefined when no verb marks it.
 */
export function tenseOf(text: string, span: TextSpan, language: 'fr' | 'en'): Tense | undefined {
  const sentence = sentenceAround(text, span);
  const markers = markersIn(text, sentence.start, sentence.end, language);
  if (markers.length === 0) return undefined;
  // The clause: between the nearest breaks on either side of the expression.
  let clauseStart = sentence.start;
  let clauseEnd = sentence.end;
  const inner = text.slice(sentence.start, sentence.end);
  CLAUSE_BREAKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAKS.exec(inner))) {
    const at = sentence.start + m.index;
    const after = at + m[0].length;
    if (after <= span.start) clauseStart = after;
    else if (at >= span.end) {
      clauseEnd = at;
      break;
    }
  }
  const inClause = markers.filter((mk) => mk.start >= clauseStart && mk.end <= clauseEnd);
  return nearest(inClause, span) ?? nearest(markers, span);
}
