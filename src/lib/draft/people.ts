/**
 * People (and institutions) a dispatch names, read sentence by sentence: names with their
 * honorifics ("M.", "Mme", "Dr", "Sir", "Rep."), the roles set beside them ("le conseiller à la
 * sécurité nationale, Jake Sullivan", "Jake Sullivan, national security adviser", "l'Autrichienne
 * Katrin Moser"), and the gender they show, so that later mentions ("M. Sullivan", "Sullivan",
 * "le ministre", "il") can be resolved to the person named first.
 */
import { DETERMINERS, HONORIFICS, NOT_NAMES, PREPOSITIONS, roleNoun } from './lexicon.ts';
import type { DraftLanguage } from './sentences.ts';

export type Gender = 'm' | 'f';

export interface Person {
  name: string;
  role?: string;
  gender?: Gender;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A word, a punctuation mark, or a blanked-out quotation. */
  kind: 'word' | 'punct' | 'quote';
}

const ELISION = /^(?:qu|jusqu|lorsqu|puisqu|[ldnscjmt])['’]$/iu;

/** Words, elided articles ("l'", "qu'"), honorifics and initials with their stop, punctuation. */
export function tokenize(masked: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const re =
    /(?:qu|jusqu|lorsqu|puisqu|[ldnscjmt])['’](?=\p{L})|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?|\s{2,}|[^\s]/giu;
  for (const m of masked.matchAll(re)) {
    let text = m[0];
    if (/^\s+$/.test(text)) {
      tokens.push({
        text: '…',
        start: offset + m.index,
        end: offset + m.index + text.length,
        kind: 'quote'
      });
      continue;
    }
    if (
      text.length > 1 &&
      text.endsWith('.') &&
      !(text in HONORIFICS) &&
      !/^\p{Lu}\.$/u.test(text)
    ) {
      text = text.slice(0, -1);
    }
    const kind = /[\p{L}\p{N}]/u.test(text) ? 'word' : 'punct';
    tokens.push({ text, start: offset + m.index, end: offset + m.index + text.length, kind });
  }
  return tokens;
}

export const isCapitalised = (t: Token | undefined) =>
  t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !ELISION.test(t.text);

const PARTICLES = new Set('de du von van der den bin ben al el da di dos del'.split(' '));

export interface NameRun {
  /** Index of the first and after the last token of the name (honorific excluded). */
  from: number;
  to: number;
  honorific?: string;
  name: string;
  /** Capitalised role words cut from the run's head ("Chief Executive Officer", "Autrichienne"). */
  roleHead?: string;
}

/** A French demonym used as a noun: "l'Autrichienne", "la Genevoise", "le Français". */
export function isDemonym(word: string, lang: DraftLanguage): boolean {
  return (
    lang === 'fr' && /^\p{Lu}\p{Ll}+(?:ienne|éenne|aise|oise|aine|ien|éen|ais|ois|ain)$/u.test(word)
  );
}

export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/u, '')
    .replace(/[-\s]+/g, ' ')
    .replace(/^(?:le|la|les|l'|l’|the)\s*/i, '')
    .toLowerCase()
    .trim();
}

/**
 * The proper names among tokens: runs of capitalised words (joined by particles: "Corée du
 * Nord"), after an honorific if any. A run whose head is a role ("Senate Majority Leader Ruth
 * Calloway") keeps the words after it; a long run after "du"/"of" ("du Kremlin Dmitri Peskov")
 * keeps its last two words, the rest being what the role belongs to.
 */
export function nameRuns(
  tokens: Token[],
  lang: DraftLanguage,
  sentenceStartOk: (w: string) => boolean
): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    let honorific: string | undefined;
    let from = i;
    if (t.text in HONORIFICS && isCapitalised(tokens[i + 1])) {
      honorific = t.text;
      from = i + 1;
    } else if (!isCapitalised(t) || NOT_NAMES.has(t.text.toLowerCase())) {
      i++;
      continue;
    }
    let to = from;
    while (to < tokens.length) {
      const w = tokens[to]!;
      if (isCapitalised(w) && !NOT_NAMES.has(w.text.toLowerCase())) to++;
      else if (PARTICLES.has(w.text.toLowerCase()) && isCapitalised(tokens[to + 1]) && to > from)
        to++;
      else break;
    }
    if (to === from) {
      i++;
      continue;
    }
    // Role words at the head of a capitalised run ("Chief Executive Officer Anita Rao").
    let start = from;
    for (let k = to - 2; k >= from; k--) {
      const article = /^(?:le|la|les|l['’]|un|une|the|a|an)$/i.test(tokens[k - 1]?.text ?? '');
      if (roleNoun(tokens[k]!.text, lang) || (article && isDemonym(tokens[k]!.text, lang))) {
        start = k + 1;
        break;
      }
    }
    const prev = tokens[from - 1]?.text.toLowerCase();
    if (!honorific && to - start >= 3 && prev && PREPOSITIONS[lang].has(prev)) start = to - 2;
    const words = tokens.slice(start, to);
    const atSentenceStart = from === 0 || tokens.slice(0, from).every((x) => x.kind !== 'word');
    if (!honorific && atSentenceStart && words.length === 1 && !sentenceStartOk(words[0]!.text)) {
      i = to;
      continue;
    }
    // A demonym alone is an epithet, not a name ("la Genevoise").
    const article = /^(?:le|la|les|l['’]|un|une)$/i.test(tokens[start - 1]?.text ?? '');
    if (!honorific && words.length === 1 && article && isDemonym(words[0]!.text, lang)) {
      i = to;
      continue;
    }
    const roleHead =
      start > from
        ? tokens
            .slice(from, start)
            .map((w) => w.text)
            .join(' ')
        : undefined;
    runs.push({
      from: start,
      to,
      honorific,
      name: words
        .map((w) => w.text)
        .join(' ')
        .replace(/['’]s$/u, ''),
      ...(roleHead ? { roleHead } : {})
    });
    i = to;
  }
  return runs;
}

/** The people of a text so far, with the lookups resolution needs. */
export class PeopleIndex {
  readonly people: Person[] = [];

  constructor(known: Person[] = []) {
    for (const p of known) this.people.push({ ...p });
  }

  /** The person a (possibly partial) name is, adding a new one when it is a new full name. */
  person(
    name: string,
    extra: { role?: string; gender?: Gender } = {}
  ): { index: number; partial: boolean; ambiguous: boolean } {
    const key = normaliseName(name);
    let index = this.people.findIndex((p) => normaliseName(p.name) === key);
    if (index >= 0) {
      this.learn(index, extra);
      return { index, partial: false, ambiguous: false };
    }
    const words = key.split(' ');
    const matches = this.people
      .map((p, i) => ({ i, words: normaliseName(p.name).split(' ') }))
      .filter((p) => words.every((w) => p.words.includes(w)));
    if (matches.length > 0 && words.length < 3) {
      index = matches.at(-1)!.i;
      this.learn(index, extra);
      return { index, partial: true, ambiguous: matches.length > 1 };
    }
    this.people.push({
      name,
      ...(extra.role ? { role: extra.role } : {}),
      ...(extra.gender ? { gender: extra.gender } : {})
    });
    return { index: this.people.length - 1, partial: false, ambiguous: false };
  }

  learn(index: number, extra: { role?: string; gender?: Gender }): void {
    const p = this.people[index]!;
    if (extra.role && !p.role) p.role = extra.role;
    if (extra.gender && !p.gender) p.gender = extra.gender;
  }

  /**
   * People whose role best matches the words of a phrase ("le porte-parole du Kremlin" →
   * "porte-parole du Kremlin"): those sharing its head word, the most words first.
   */
  withRole(head: string, words: string[] = []): number[] {
    const plain = (x: string) => x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const w = plain(head);
    const scored = this.people
      .map((p, i) => {
        const role = p.role ? plain(p.role).split(/[\s,'’]+/) : [];
        const score = role.includes(w)
          ? 1 + words.filter((x) => role.includes(plain(x))).length
          : 0;
        return { i, score };
      })
      .filter((s) => s.score > 0);
    const best = Math.max(0, ...scored.map((s) => s.score));
    return scored.filter((s) => s.score === best).map((s) => s.i);
  }
}

/** The gender a French article, role or demonym shows, where it shows one. */
export function genderOf(words: string[], lang: DraftLanguage): Gender | undefined {
  for (const [k, w] of words.entries()) {
    const lower = w.toLowerCase();
    if (lang === 'fr') {
      if (lower === 'la' || lower === 'une' || lower === 'cette') return 'f';
      if (lower === 'le' || lower === 'un' || lower === 'ce' || lower === 'cet') return 'm';
      // A demonym after an elided article: "l'Autrichienne", "l'Italien".
      if (/^l['’]$/i.test(words[k - 1] ?? '') && isDemonym(w, lang)) {
        return /(?:enne|aise|oise|aine)$/u.test(w) ? 'f' : 'm';
      }
    }
    const role = roleNoun(w, lang);
    if (role?.gender) return role.gender;
  }
  return undefined;
}

export { DETERMINERS };
