/**
 * What the noun phrase of an attribution names: a person named in the text (or known to the
 * story), by a full name, a surname ("M. Sullivan" → "Jake Sullivan"), a role ("le ministre"),
 * an epithet ("la Genevoise", the last woman named) or a pronoun ("il", "she": the last subject
 * of that gender), with how sure that is; or a source the text does not name ("un diplomate
 * européen"). The sentences' subjects, pushed as the text is read, are what pronouns refer to.
 */
import { DETERMINERS, PREPOSITIONS, roleNoun, SUBJECT_PRONOUNS } from './lexicon.ts';
import { genderOf, nameRuns, PeopleIndex, type Gender, type Person, type Token } from './people.ts';
import type { DraftLanguage } from './sentences.ts';

export type Certainty = 'sure' | 'likely' | 'unsure';

/** A sentence's subject, or a speaker just read, for pronouns to refer to. */
export interface Subject {
  person: number | null;
  gender?: Gender;
  group: boolean;
  at: number;
}

/** What a noun phrase names, and how sure that is. */
export interface Reference {
  person: number | null;
  /** A source the text does not name as a person ("un diplomate européen"). */
  name?: string;
  certainty: Certainty;
  why: string;
  gender?: Gender;
  group?: boolean;
}

/** Reads who a text's noun phrases name, sentence after sentence. */
export class SpeakerResolver {
  readonly index: PeopleIndex;
  readonly subjects: Subject[] = [];
  private readonly lang: DraftLanguage;
  /** Whether a capitalised word that starts a sentence may be a name. */
  private readonly okAtStart: (w: string) => boolean;

  constructor(lang: DraftLanguage, known: Person[] | undefined, okAtStart: (w: string) => boolean) {
    this.lang = lang;
    this.okAtStart = okAtStart;
    this.index = new PeopleIndex(known);
  }

  /** A person of the index, as a quotation's speaker. */
  speakerOf(i: number): { name: string; role?: string } {
    const p = this.index.people[i]!;
    return { name: p.name, ...(p.role ? { role: p.role } : {}) };
  }

  /**
   * Whom a pronoun of that gender ('n': "it", "they" for an institution) refers to: the last
   * subject before `at` that fits.
   */
  pronounTarget(gender: Gender | 'n', at: number): { person: number | null; why: string } {
    for (let k = this.subjects.length - 1; k >= 0; k--) {
      const s = this.subjects[k]!;
      if (s.at >= at) continue;
      if (gender !== 'n' && s.gender && s.gender !== gender) continue;
      if (gender === 'n' && s.person !== null) continue;
      if (s.group) return { person: null, why: 'the last subject names more than one person' };
      if (s.person === null) continue;
      if (gender !== 'n') this.index.learn(s.person, { gender });
      return { person: s.person, why: '' };
    }
    return { person: null, why: 'no one named before it' };
  }

  /** What a noun phrase (tokens from..to) names, and how sure that is. */
  resolve(tokens: Token[], from: number, to: number): Reference {
    const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
    if (words.length === 0) return { person: null, certainty: 'unsure', why: 'no speaker found' };
    const phrase = tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' ')
      .replace(/([’']) /g, '$1')
      .replace(/ ,/g, ',');
    const first = words[0]!.text.toLowerCase();
    const pronoun = SUBJECT_PRONOUNS[this.lang][first];
    if (pronoun && words.length === 1) {
      const target = this.pronounTarget(pronoun, words[0]!.start);
      if (target.person === null)
        return { person: null, certainty: 'unsure', why: `"${words[0]!.text}": ${target.why}` };
      return {
        person: target.person,
        certainty: 'likely',
        why: `"${words[0]!.text}" → ${this.index.people[target.person]!.name}`
      };
    }
    const group =
      words.some((w) => /^(?:et|and)$/i.test(w.text)) &&
      nameRuns(tokens.slice(from, to), this.lang, this.okAtStart).length > 1;
    const lastComma = tokens.slice(from, to).findLastIndex((t) => t.text === ',');
    const appositionRuns =
      lastComma >= 0 ? nameRuns(tokens.slice(from + lastComma + 1, to), this.lang, () => true) : [];
    const runs = (
      appositionRuns.length > 0
        ? appositionRuns.map((r) => ({
            ...r,
            from: r.from + lastComma + 1,
            to: r.to + lastComma + 1
          }))
        : nameRuns(tokens.slice(from, to), this.lang, this.okAtStart)
    ).filter((r) => {
      const before = tokens[from + r.from - 1]?.text.toLowerCase();
      return r.honorific || !before || !PREPOSITIONS[this.lang].has(before) || r.to - r.from >= 2;
    });
    const gender = genderOf(
      words.map((w) => w.text),
      this.lang
    );
    if (runs.length > 0 && !group) {
      const run = runs[0]!;
      const roleWords = tokens
        .slice(from, from + run.from - (run.honorific ? 1 : 0))
        .filter((t) => t.kind === 'word');
      const role =
        roleWords
          .filter((t) => !DETERMINERS[this.lang].has(t.text.toLowerCase()))
          .map((t) => t.text)
          .join(' ') ||
        run.roleHead ||
        '';
      const g = (run.honorific ? (HONORIFIC_GENDER[run.honorific] ?? gender) : gender) as
        Gender | undefined;
      const found = this.index.person(run.name, {
        ...(role ? { role } : {}),
        ...(g ? { gender: g } : {})
      });
      const certainty: Certainty = found.ambiguous ? 'unsure' : 'sure';
      return {
        person: found.index,
        certainty,
        why: found.partial ? `"${run.name}" → ${this.index.people[found.index]!.name}` : '',
        gender: g
      };
    }
    if (group)
      return {
        person: null,
        certainty: 'unsure',
        why: `"${phrase}" names more than one person`,
        gender,
        group: true
      };
    // A role or an epithet without a name: "le ministre", "l'Autrichienne", "la Genevoise".
    const head = words.find(
      (w) =>
        !DETERMINERS[this.lang].has(w.text.toLowerCase()) &&
        !/^(?:ancien|ancienne|former|jeune|nouveau|nouvelle)$/i.test(w.text)
    );
    const definite =
      /^(?:le|la|l['’]|les|the|son|sa|ses|its|his|her|their|ce|cette)$/i.test(words[0]!.text) ||
      /^(?:l|d)['’]/i.test(words[0]!.text);
    if (head) {
      const byRole = this.index.withRole(
        head.text,
        words.map((w) => w.text)
      );
      if (byRole.length > 0) {
        const p = byRole.at(-1)!;
        return {
          person: p,
          certainty: byRole.length === 1 ? 'likely' : 'unsure',
          why: `"${phrase}" → ${this.index.people[p]!.name}`,
          gender
        };
      }
      const epithet = this.lang === 'fr' && /^\p{Lu}/u.test(head.text) && definite;
      if (epithet && gender) {
        const target = this.pronounTarget(gender, words[0]!.start);
        if (target.person !== null) {
          return {
            person: target.person,
            certainty: 'likely',
            why: `"${phrase}" taken for ${this.index.people[target.person]!.name}, the last named of that gender`,
            gender
          };
        }
      }
    }
    const named = words.some((w, k) => k > 0 && /^\p{Lu}/u.test(w.text));
    if (definite && (!named || (head && roleNoun(head.text, this.lang))))
      return {
        person: null,
        name: phrase,
        certainty: 'unsure',
        why: `"${phrase}": not named in the text`,
        gender
      };
    return {
      person: null,
      name: phrase,
      certainty: 'sure',
      why: named ? '' : `"${phrase}": an unnamed source`,
      gender
    };
  }
}

export const gendered = (gender: Gender | undefined) => (gender ? { gender } : {});

export const HONORIFIC_GENDER: Record<string, Gender | undefined> = {
  'M.': 'm',
  Mme: 'f',
  Mlle: 'f',
  'Mr.': 'm',
  Mr: 'm',
  'Mrs.': 'f',
  Mrs: 'f',
  'Ms.': 'f',
  Ms: 'f',
  Sir: 'm',
  Dame: 'f',
  Lord: 'm',
  Lady: 'f'
};
