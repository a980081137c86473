/**
 * The noun phrases around an attribution verb, read on a sentence's tokens (quotations masked):
 * the phrase a verb or "selon" / "according to" introduces, with a name in apposition ("le
 * conseiller à la sécurité nationale, Jake Sullivan,"), and the subject that ends before a verb,
 * past its auxiliaries ("Dr Helen Marsh, head of …, said"). What the phrase names is
 * references.ts's to tell.
 */
import { cueVerbs, DETERMINERS, PHRASE_ENDS, roleNoun, SUBJECT_PRONOUNS } from './lexicon.ts';
import { nameRuns, type Token } from './people.ts';
import type { DraftLanguage } from './sentences.ts';

/** Words between a subject and its verb: auxiliaries, negation, adverbs of sequence. */
export const AUXILIARIES = new Set(
  "a avait ont avaient aurait auraient est était s' s’ se sont has had have is was were would will also then later again n' ne pas n’ y en lui leur également aussi encore aussitôt ensuite alors seulement enfin toutefois cependant d'ailleurs par ailleurs".split(
    ' '
  )
);
/** Words that open an adverbial phrase before a sentence's subject, not the subject. */
export const ADVERBIAL_START =
  /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|mais|et|but|and|so|then|dans|pour|après|avant|interrogée?s?|accepting|once|deuxième|troisième|second|third|according|selon|d['’]après|with|in|on|at|after|before|when|while)$/iu;

/** A dateline ("WASHINGTON (AP) — ") blanked, offsets kept. */
export const dropDateline = (s: string) =>
  s.replace(/^(\p{Lu}[\p{Lu} .'’-]+(?:\([^)]*\))?\s*[—–-]\s+)/u, (m) => ' '.repeat(m.length));

/** Reads a noun phrase from token i on, with a name in apposition after a comma. */
export function phraseFrom(
  tokens: Token[],
  i: number,
  lang: DraftLanguage,
  okAtStart: (w: string) => boolean
): { from: number; to: number } {
  let to = i;
  while (to < tokens.length) {
    const t = tokens[to]!;
    if (t.kind !== 'word' && t.text !== '.' && t.text !== '’' && t.text !== "'") break;
    if (t.kind === 'punct') break;
    if (to > i && PHRASE_ENDS[lang].has(t.text.toLowerCase())) break;
    if (to > i && cueVerbs(t.text, lang).length > 0 && !/^\p{Lu}/u.test(t.text)) break;
    to++;
  }
  // "le conseiller à la sécurité nationale, Jake Sullivan," / "The jury president, actress Karen Lindqvist,"
  if (tokens[to]?.text === ',') {
    const k = to + 1;
    let end = k;
    while (
      end < tokens.length &&
      tokens[end]!.kind === 'word' &&
      !PHRASE_ENDS[lang].has(tokens[end]!.text.toLowerCase())
    )
      end++;
    const lead = tokens[i]!.text.toLowerCase();
    const describes =
      DETERMINERS[lang].has(lead) ||
      /^(?:l|d)['’]$/.test(lead) ||
      !!roleNoun(tokens[i]!.text, lang) ||
      nameRuns(tokens.slice(i, to), lang, okAtStart).length === 0;
    const hasName = describes && leadsWithName(tokens.slice(k, end), lang);
    if (
      hasName &&
      end > k &&
      (tokens[end]?.text === ',' || end === tokens.length || tokens[end]?.kind === 'punct')
    )
      return { from: i, to: end };
  }
  return { from: i, to };
}

/** The noun phrase that ends right before token `v` (the verb), skipping auxiliaries. */
export function subjectBefore(
  tokens: Token[],
  v: number,
  lang: DraftLanguage
): { from: number; to: number } | null {
  let to = v;
  while (to > 0 && AUXILIARIES.has(tokens[to - 1]!.text.toLowerCase())) to--;
  if (to === 0) return null;
  const last = tokens[to - 1]!;
  if (last.text === ',') {
    // An apposition: "Dr Helen Marsh, head of …, said" → before it; "Son avocat, Me X, a" → it.
    let k = to - 2;
    while (k >= 0 && tokens[k]!.text !== ',' && tokens[k]!.kind === 'word') k--;
    if (k < 0 || tokens[k]!.text !== ',') return null;
    const inner = tokens.slice(k + 1, to - 1);
    if (leadsWithName(inner, lang)) {
      let s = k - 1;
      while (s >= 0 && tokens[s]!.kind === 'word') s--;
      const coordinated = tokens.slice(s + 1, k).some((t) => /^(?:et|and)$/i.test(t.text));
      return { from: coordinated ? Math.max(0, s - 4) : s + 1, to: to - 1 };
    }
    let s = k - 1;
    while (s >= 0 && tokens[s]!.kind === 'word') s--;
    return { from: s + 1, to: k };
  }
  if (last.kind !== 'word') return null;
  if (/^(?:but|and|mais|et|or|ou)$/i.test(last.text)) return null;
  if (
    SUBJECT_PRONOUNS[lang][last.text.toLowerCase()] ||
    /^(?:it|they|ils|elles|we|nous|on)$/i.test(last.text)
  )
    return { from: to - 1, to };
  let from = to - 1;
  while (from > 0) {
    const t = tokens[from - 1]!;
    if (t.kind !== 'word') break;
    if (/^(?:que|qu['’]|that|et|and|but|mais|who|which|où)$/i.test(t.text)) break;
    from--;
  }
  // Drop a leading adverbial word ("Deuxième", "Accepting") unless it begins the phrase.
  while (from < to - 1 && ADVERBIAL_START.test(tokens[from]!.text)) from++;
  return { from, to };
}

/** Whether an apposition begins with a name ("Me Antoine Berthier", "actress Karen Lindqvist"). */
export function leadsWithName(inner: Token[], lang: DraftLanguage): boolean {
  return nameRuns(inner, lang, () => true).some((r) =>
    inner
      .slice(0, r.from - (r.honorific ? 1 : 0))
      .every((t) => roleNoun(t.text, lang) || DETERMINERS[lang].has(t.text.toLowerCase()))
  );
}
