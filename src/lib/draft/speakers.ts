/**
 * Who says each quotation: read from the attribution around it, in French and English ("a
 * déclaré X", "selon X", "X a affirmé", "a ajouté le ministre", "a-t-il dit", "X said", "said X,
 * …", "according to X", "X told reporters", "X : «…»"), resolved to the person named earlier
 * where the words are a surname, a role, an epithet or a pronoun. A guess lowers the certainty;
 * where nothing can be told, the speaker is null and the reason says why.
 *
 * This module reads the attribution forms; the noun phrases around a verb are read by
 * attribution-phrases.ts, what they name (names, surnames, roles, epithets, pronouns) by
 * references.ts, and the outlet a quotation came through by outlets.ts.
 */
import type { Span } from '../story/types.ts';
import {
  ADVERBIAL_START,
  AUXILIARIES,
  dropDateline,
  phraseFrom,
  subjectBefore
} from './attribution-phrases.ts';
import {
  ACCORDING_TO,
  cueVerbs,
  DETERMINERS,
  isParticiple,
  PREPOSITIONS,
  roleNoun
} from './lexicon.ts';
import { pairQuotationMarks, quotedRegions } from './marks.ts';
import { outletIn } from './outlets.ts';
import { genderOf, nameRuns, tokenize, type Person } from './people.ts';
import { colonBefore, unquoted, type FoundQuotation } from './quotations.ts';
import {
  gendered,
  HONORIFIC_GENDER,
  SpeakerResolver,
  type Certainty,
  type Reference,
  type Subject
} from './references.ts';
import { sentenceAt, sentenceSpans, type DraftLanguage } from './sentences.ts';

export type { Certainty };

export interface Attribution {
  speaker: { name: string; role?: string } | null;
  certainty: Certainty;
  /** Human-readable: "a déclaré M. Karimi", "selon lui → Marc Delorme", "continues quotation 3". */
  reason: string;
  /** The attribution's words in the text. */
  cue?: Span;
  /** The outlet the quotation came through ("TASS" from "cité par l'agence TASS"). */
  outlet?: string;
}

export interface SpeakerOptions {
  /** People already known (a story's actors, with their roles): "le porte-parole du Kremlin" may be one. */
  known?: Person[];
}

export function attributeSpeakers(
  text: string,
  quotations: FoundQuotation[],
  lang: DraftLanguage,
  options: SpeakerOptions = {}
): Attribution[] {
  const sentences = sentenceSpans(text, lang);
  const regions = quotedRegions(pairQuotationMarks(text));
  // Capitalised words seen inside a sentence: a sentence's first word is a name only if so.
  const midSentence = new Set(
    [...text.matchAll(/(?<=[\p{Ll},;:]\s)\p{Lu}[\p{L}-]*/gu)].map((m) => m[0])
  );
  const okAtStart = (w: string) => midSentence.has(w);
  const resolver = new SpeakerResolver(lang, options.known, okAtStart);
  const { index, subjects } = resolver;
  const result: Attribution[] = quotations.map(() => ({
    speaker: null,
    certainty: 'unsure',
    reason: ''
  }));

  sentences.forEach((sentence, s) => {
    const masked = dropDateline(unquoted(text, sentence, regions));
    const tokens = tokenize(masked, sentence.start);
    // Names given a role or an honorific ("l'Autrichienne Katrin Moser", "M. Kim") are known from here on.
    for (const run of nameRuns(tokens, lang, okAtStart)) {
      const article = tokens[run.from - 2]?.text ?? '';
      if (run.roleHead)
        index.person(run.name, {
          role: run.roleHead,
          ...gendered(genderOf([article, run.roleHead], lang))
        });
      else if (run.honorific) index.person(run.name, gendered(HONORIFIC_GENDER[run.honorific]));
    }
    // This sentence's first subject: its first noun phrase, after a leading adverbial phrase.
    let first = 0;
    const comma = tokens.findIndex((t) => t.text === ',');
    if (comma > 0 && ADVERBIAL_START.test(tokens[0]?.text ?? '')) first = comma + 1;
    while (first < tokens.length && tokens[first]!.kind !== 'word') first++;
    const firstPhrase = first < tokens.length ? phraseFrom(tokens, first, lang, okAtStart) : null;
    let own: Subject | null = null;
    if (firstPhrase) {
      // A coordination of two named people: "Le procureur, X, et le juge …".
      const after = tokens[firstPhrase.to + 1];
      const group =
        /^(?:et|and)$/i.test(after?.text ?? '') ||
        /^(?:et|and)$/i.test(tokens[firstPhrase.to]?.text ?? '');
      const r = resolver.resolve(tokens, firstPhrase.from, firstPhrase.to);
      own = {
        person: r.person,
        gender: r.gender ?? (r.person !== null ? index.people[r.person]!.gender : undefined),
        group: group || !!r.group,
        at: tokens[firstPhrase.from]!.start
      };
      if (own.person !== null && !own.gender) own.gender = index.people[own.person]!.gender;
    }
    if (own) subjects.push(own);

    const inSentence = quotations
      .map((q, i) => ({ q, i }))
      .filter(({ q }) => sentenceAt(sentences, q.start) === s);
    const cues = cueVerbs(masked, lang).map((c) => ({
      ...c,
      start: c.start + sentence.start,
      end: c.end + sentence.start
    }));
    const according = [...masked.matchAll(new RegExp(ACCORDING_TO[lang].source, 'giu'))].map(
      (m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length })
    );
    const outlet = outletIn(masked, lang);

    for (const { q, i } of inSentence) {
      if (q.scare) {
        result[i] = {
          speaker: null,
          certainty: 'sure',
          reason: 'scare quote: a few words that no one is said to say'
        };
        continue;
      }
      if (q.continues !== undefined) continue;
      let found: Reference | null = null;
      let cue: Span | undefined;
      let how = '';
      let open = q.start - 1;
      while (open > 0 && /[\s\u00a0\u202f\u2009]/u.test(text[open]!)) open--;
      if (colonBefore(text, sentence.start, open)) {
        const colon = tokens.findLastIndex((t) => t.text === ':' && t.start < q.start);
        let from = colon;
        while (from > 0 && tokens[from - 1]!.kind === 'word') from--;
        found = resolver.resolve(tokens, from, colon);
        cue = { start: tokens[from]!.start, end: tokens[colon]!.end };
        how = 'colon';
      } else if (according.length > 0) {
        const a = according[0]!;
        const k = tokens.findIndex((t) => t.start >= a.end);
        const np = phraseFrom(tokens, k, lang, okAtStart);
        found = resolver.resolve(tokens, np.from, np.to);
        cue = { start: a.start, end: tokens[np.to - 1]?.end ?? a.end };
        how = 'according';
      } else if (cues.length > 0) {
        const distance = (c: Span) => (c.start >= q.end ? c.start - q.end : q.start - c.end);
        const finite = cues.filter((c) => !isParticiple(c.word, lang));
        const ordered = (finite.length > 0 ? finite : cues)
          .slice()
          .sort((a, b) => distance(a) - distance(b));
        for (const pick of ordered) {
          const v = tokens.findIndex((t) => t.start >= pick.start);
          const inverted = inSentence.some(
            ({ q: other }) =>
              other.end <= pick.start &&
              /^[\s\u00a0\u202f»”"’',]*(?:(?:a|avait|ont|has|had|also|then)\s+)*$/iu.test(
                text.slice(other.end, pick.start)
              )
          );
          const clitic = /(?:-t)?-(il|elle|ils|elles)\b/iu.exec(
            text.slice(pick.start - 9, pick.end + 8)
          );
          if (clitic) {
            const g = clitic[1]!.toLowerCase().startsWith('elle') ? 'f' : 'm';
            const target = resolver.pronounTarget(g, pick.start);
            found =
              target.person === null
                ? { person: null, certainty: 'unsure', why: `"${clitic[1]}": ${target.why}` }
                : {
                    person: target.person,
                    certainty: 'likely',
                    why: `"${clitic[1]}" → ${index.people[target.person]!.name}`
                  };
          } else if (isParticiple(pick.word, lang) && finite.length === 0 && own) {
            found = own.person !== null ? { person: own.person, certainty: 'sure', why: '' } : null;
          } else if (inverted) {
            let k = v + 1;
            while (k < tokens.length) {
              const t = tokens[k]!;
              const lower = t.text.toLowerCase();
              if (t.kind === 'word' && PREPOSITIONS[lang].has(lower)) {
                k++;
                while (
                  k < tokens.length &&
                  tokens[k]!.kind === 'word' &&
                  DETERMINERS[lang].has(tokens[k]!.text.toLowerCase())
                )
                  k++;
                if (k < tokens.length && !/^\p{Lu}/u.test(tokens[k]!.text)) k++;
                continue;
              }
              if (
                t.kind === 'word' &&
                (ADVERBIAL_START.test(t.text) ||
                  AUXILIARIES.has(lower) ||
                  /(?:ment|ly)$/.test(lower))
              ) {
                k++;
                continue;
              }
              break;
            }
            const np = phraseFrom(tokens, k, lang, okAtStart);
            // English "“…,” Calloway told": the name is before the verb.
            const before = subjectBefore(tokens, v, lang);
            const useBefore = lang === 'en' && before && tokens[before.from]!.start > q.end;
            found = useBefore
              ? resolver.resolve(tokens, before!.from, before!.to)
              : resolver.resolve(tokens, np.from, np.to);
          } else {
            const before = subjectBefore(tokens, v, lang);
            found = before ? resolver.resolve(tokens, before.from, before.to) : null;
          }
          cue = { start: pick.start, end: pick.end };
          how = pick.word;
          if (found && (found.person !== null || found.name)) break;
        }
      }
      if (!found) {
        result[i] = {
          speaker: null,
          certainty: 'unsure',
          reason: 'no attribution found',
          ...(outlet ? { outlet } : {})
        };
        continue;
      }
      const speaker =
        found.person !== null
          ? resolver.speakerOf(found.person)
          : found.name
            ? { name: found.name }
            : null;
      const said =
        how === 'colon'
          ? 'colon'
          : how === 'according'
            ? lang === 'fr'
              ? 'selon'
              : 'according to'
            : how;
      result[i] = {
        speaker,
        certainty: speaker ? found.certainty : 'unsure',
        reason: `${said} ${speaker ? speaker.name : '?'}${found.why ? ` (${found.why})` : ''}`,
        ...(cue ? { cue } : {}),
        ...(outlet ? { outlet } : {})
      };
      if (
        found.person !== null &&
        own &&
        own.person === null &&
        !own.group &&
        how !== 'according'
      ) {
        subjects.push({
          person: found.person,
          gender: index.people[found.person]!.gender ?? found.gender,
          group: false,
          at: cue?.start ?? q.start
        });
      } else if (found.person !== null && how !== 'according' && how !== 'colon') {
        subjects.push({
          person: found.person,
          gender: index.people[found.person]!.gender ?? found.gender,
          group: false,
          at: cue?.start ?? q.start
        });
      }
    }
  });

  // Continued quotations inherit their speaker.
  quotations.forEach((q, i) => {
    if (q.continues === undefined) return;
    const from = result[q.continues]!;
    result[i] = {
      speaker: from.speaker,
      certainty: from.certainty,
      reason: `continues quotation ${q.continues}${from.speaker ? ` of ${from.speaker.name}` : ''}`,
      ...(from.outlet ? { outlet: from.outlet } : {})
    };
  });
  return result;
}

export { outletIn, roleNoun };
