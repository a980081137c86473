/**
 * Who says each quotation: read from the attribution around it, in French and English ("a
 * déclaré X", "selon X", "X a affirmé", "a ajouté le ministre", "a-t-il dit", "X said", "said X,
 * …", "according to X", "X told reporters", "X : «…»"), resolved to the person named earlier
 * where the words are a surname, a role, an epithet or a pronoun. A guess lowers the certainty;
 * where nothing can be told, the speaker is null and the reason says why.
 */
import type { Span } from '../story/types.ts';
import {
  ACCORDING_TO,
  cueVerbs,
  DETERMINERS,
  isParticiple,
  PHRASE_ENDS,
  PREPOSITIONS,
  roleNoun,
  SUBJECT_PRONOUNS
} from './lexicon.ts';
import { pairQuotationMarks, quotedRegions } from './marks.ts';
import {
  genderOf,
  nameRuns,
  PeopleIndex,
  tokenize,
  type Gender,
  type Person,
  type Token
} from './people.ts';
import { colonBefore, unquoted, type FoundQuotation } from './quotations.ts';
import { sentenceAt, sentenceSpans, type DraftLanguage } from './sentences.ts';

export type Certainty = 'sure' | 'likely' | 'unsure';

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

interface Subject {
  person: number | null;
  gender?: Gender;
  group: boolean;
  at: number;
}

const AUXILIARIES = new Set(
  "a avait ont avaient aurait auraient est était s' s’ se sont has had have is was were would will also then later again n' ne pas n’ y en lui leur également aussi encore aussitôt ensuite alors seulement enfin toutefois cependant d'ailleurs par ailleurs".split(
    ' '
  )
);
const ADVERBIAL_START =
  /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|mais|et|but|and|so|then|dans|pour|après|avant|interrogée?s?|accepting|once|deuxième|troisième|second|third|according|selon|d['’]après|with|in|on|at|after|before|when|while)$/iu;

const dropDateline = (s: string) =>
  s.replace(/^(\p{Lu}[\p{Lu} .'’-]+(?:\([^)]*\))?\s*[—–-]\s+)/u, (m) => ' '.repeat(m.length));

export function attributeSpeakers(
  text: string,
  quotations: FoundQuotation[],
  lang: DraftLanguage,
  options: SpeakerOptions = {}
): Attribution[] {
  const sentences = sentenceSpans(text, lang);
  const regions = quotedRegions(pairQuotationMarks(text));
  const index = new PeopleIndex(options.known);
  // Capitalised words seen inside a sentence: a sentence's first word is a name only if so.
  const midSentence = new Set(
    [...text.matchAll(/(?<=[\p{Ll},;:]\s)\p{Lu}[\p{L}-]*/gu)].map((m) => m[0])
  );
  const okAtStart = (w: string) => midSentence.has(w);
  const subjects: Subject[] = [];
  const result: Attribution[] = quotations.map(() => ({
    speaker: null,
    certainty: 'unsure',
    reason: ''
  }));

  const speakerOf = (i: number) => {
    const p = index.people[i]!;
    return { name: p.name, ...(p.role ? { role: p.role } : {}) };
  };

  const pronounTarget = (
    gender: Gender | 'n',
    at: number
  ): { person: number | null; why: string } => {
    for (let k = subjects.length - 1; k >= 0; k--) {
      const s = subjects[k]!;
      if (s.at >= at) continue;
      if (gender !== 'n' && s.gender && s.gender !== gender) continue;
      if (gender === 'n' && s.person !== null) continue;
      if (s.group) return { person: null, why: 'the last subject names more than one person' };
      if (s.person === null) continue;
      if (gender !== 'n') index.learn(s.person, { gender });
      return { person: s.person, why: '' };
    }
    return { person: null, why: 'no one named before it' };
  };

  /** What a noun phrase (tokens from..to) names, and how sure that is. */
  const resolve = (
    tokens: Token[],
    from: number,
    to: number
  ): {
    person: number | null;
    name?: string;
    certainty: Certainty;
    why: string;
    gender?: Gender;
    group?: boolean;
  } => {
    const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
    if (words.length === 0) return { person: null, certainty: 'unsure', why: 'no speaker found' };
    const phrase = tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' ')
      .replace(/([’']) /g, '$1')
      .replace(/ ,/g, ',');
    const first = words[0]!.text.toLowerCase();
    const pronoun = SUBJECT_PRONOUNS[lang][first];
    if (pronoun && words.length === 1) {
      const target = pronounTarget(pronoun, words[0]!.start);
      if (target.person === null)
        return { person: null, certainty: 'unsure', why: `"${words[0]!.text}": ${target.why}` };
      return {
        person: target.person,
        certainty: 'likely',
        why: `"${words[0]!.text}" → ${index.people[target.person]!.name}`
      };
    }
    const group =
      words.some((w) => /^(?:et|and)$/i.test(w.text)) &&
      nameRuns(tokens.slice(from, to), lang, okAtStart).length > 1;
    const lastComma = tokens.slice(from, to).findLastIndex((t) => t.text === ',');
    const appositionRuns =
      lastComma >= 0 ? nameRuns(tokens.slice(from + lastComma + 1, to), lang, () => true) : [];
    const runs = (
      appositionRuns.length > 0
        ? appositionRuns.map((r) => ({
            ...r,
            from: r.from + lastComma + 1,
            to: r.to + lastComma + 1
          }))
        : nameRuns(tokens.slice(from, to), lang, okAtStart)
    ).filter((r) => {
      const before = tokens[from + r.from - 1]?.text.toLowerCase();
      return r.honorific || !before || !PREPOSITIONS[lang].has(before) || r.to - r.from >= 2;
    });
    const gender = genderOf(
      words.map((w) => w.text),
      lang
    );
    if (runs.length > 0 && !group) {
      const run = runs[0]!;
      const roleWords = tokens
        .slice(from, from + run.from - (run.honorific ? 1 : 0))
        .filter((t) => t.kind === 'word');
      const role =
        roleWords
          .filter((t) => !DETERMINERS[lang].has(t.text.toLowerCase()))
          .map((t) => t.text)
          .join(' ') ||
        run.roleHead ||
        '';
      const g = (run.honorific ? (HONORIFIC_GENDER[run.honorific] ?? gender) : gender) as
        Gender | undefined;
      const found = index.person(run.name, {
        ...(role ? { role } : {}),
        ...(g ? { gender: g } : {})
      });
      const certainty: Certainty = found.ambiguous ? 'unsure' : 'sure';
      return {
        person: found.index,
        certainty,
        why: found.partial ? `"${run.name}" → ${index.people[found.index]!.name}` : '',
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
        !DETERMINERS[lang].has(w.text.toLowerCase()) &&
        !/^(?:ancien|ancienne|former|jeune|nouveau|nouvelle)$/i.test(w.text)
    );
    const definite =
      /^(?:le|la|l['’]|les|the|son|sa|ses|its|his|her|their|ce|cette)$/i.test(words[0]!.text) ||
      /^(?:l|d)['’]/i.test(words[0]!.text);
    if (head) {
      const byRole = index.withRole(
        head.text,
        words.map((w) => w.text)
      );
      if (byRole.length > 0) {
        const p = byRole.at(-1)!;
        return {
          person: p,
          certainty: byRole.length === 1 ? 'likely' : 'unsure',
          why: `"${phrase}" → ${index.people[p]!.name}`,
          gender
        };
      }
      const epithet = lang === 'fr' && /^\p{Lu}/u.test(head.text) && definite;
      if (epithet && gender) {
        const target = pronounTarget(gender, words[0]!.start);
        if (target.person !== null) {
          return {
            person: target.person,
            certainty: 'likely',
            why: `"${phrase}" taken for ${index.people[target.person]!.name}, the last named of that gender`,
            gender
          };
        }
      }
    }
    const named = words.some((w, k) => k > 0 && /^\p{Lu}/u.test(w.text));
    if (definite && (!named || (head && roleNoun(head.text, lang))))
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
  };

  /** Reads a noun phrase from token i on, with a name in apposition after a comma. */
  const phraseFrom = (tokens: Token[], i: number): { from: number; to: number } => {
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
  };

  /** The noun phrase that ends right before token `v` (the verb), skipping auxiliaries. */
  const subjectBefore = (tokens: Token[], v: number): { from: number; to: number } | null => {
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
  };

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
    const firstPhrase = first < tokens.length ? phraseFrom(tokens, first) : null;
    let own: Subject | null = null;
    if (firstPhrase) {
      // A coordination of two named people: "Le procureur, X, et le juge …".
      const after = tokens[firstPhrase.to + 1];
      const group =
        /^(?:et|and)$/i.test(after?.text ?? '') ||
        /^(?:et|and)$/i.test(tokens[firstPhrase.to]?.text ?? '');
      const r = resolve(tokens, firstPhrase.from, firstPhrase.to);
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
      let found: ReturnType<typeof resolve> | null = null;
      let cue: Span | undefined;
      let how = '';
      let open = q.start - 1;
      while (open > 0 && /[\s\u00a0\u202f\u2009]/u.test(text[open]!)) open--;
      if (colonBefore(text, sentence.start, open)) {
        const colon = tokens.findLastIndex((t) => t.text === ':' && t.start < q.start);
        let from = colon;
        while (from > 0 && tokens[from - 1]!.kind === 'word') from--;
        found = resolve(tokens, from, colon);
        cue = { start: tokens[from]!.start, end: tokens[colon]!.end };
        how = 'colon';
      } else if (according.length > 0) {
        const a = according[0]!;
        const k = tokens.findIndex((t) => t.start >= a.end);
        const np = phraseFrom(tokens, k);
        found = resolve(tokens, np.from, np.to);
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
            const target = pronounTarget(g, pick.start);
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
            const np = phraseFrom(tokens, k);
            // English "“…,” Calloway told": the name is before the verb.
            const before = subjectBefore(tokens, v);
            const useBefore = lang === 'en' && before && tokens[before.from]!.start > q.end;
            found = useBefore
              ? resolve(tokens, before!.from, before!.to)
              : resolve(tokens, np.from, np.to);
          } else {
            const before = subjectBefore(tokens, v);
            found = before ? resolve(tokens, before.from, before.to) : null;
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
        found.person !== null ? speakerOf(found.person) : found.name ? { name: found.name } : null;
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

/** Whether an apposition begins with a name ("Me Antoine Berthier", "actress Karen Lindqvist"). */
function leadsWithName(inner: Token[], lang: DraftLanguage): boolean {
  return nameRuns(inner, lang, () => true).some((r) =>
    inner
      .slice(0, r.from - (r.honorific ? 1 : 0))
      .every((t) => roleNoun(t.text, lang) || DETERMINERS[lang].has(t.text.toLowerCase()))
  );
}

const gendered = (gender: Gender | undefined) => (gender ? { gender } : {});

const HONORIFIC_GENDER: Record<string, Gender | undefined> = {
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

/** "cité par l'agence TASS", "interrogé par Ouest-France", "quoted by Reuters", "told the BBC". */
export function outletIn(masked: string, lang: DraftLanguage): string | undefined {
  const re =
    lang === 'fr'
      ? /(?:[Cc]ité|[Cc]itée|[Cc]ités|[Cc]itées|[Ii]nterrogé|[Ii]nterrogée|[Ii]nterrogés|[Ii]nterrogées)\s+par\s+((?:[\p{Ll}'’-]+\s+)*?)(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u
      : /(?:quoted\s+by|told|in\s+an\s+interview\s+with|speaking\s+to)\s+(?:the\s+)?((?:[\p{Ll}'’-]+\s+)*?)(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u;
  const m = re.exec(masked);
  if (!m) return undefined;
  if (lang === 'en' && m[1]) return undefined; // "told reporters at the Capitol": no outlet
  return m[2]!.replace(/['’]s\b.*$/u, '');
}

export { roleNoun };
