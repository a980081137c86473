/**
 * Proposes a draft story's events from what the engine found in a dispatch: one event per
 * sentence that carries a dated (not vague) expression, or per group of such sentences about the
 * same days and the same subject (a dispatch that repeats its lede further down, as agencies'
 * do, proposes one event, not two). Each event takes the sentences that continue its dated
 * sentence, until the next dated one, as its passages, and the quotations in them; the
 * quotations before the first dated sentence (a headline, a lede without a date) go to the first
 * event. A title is proposed from the dated sentence's main clause, and a claim status from its
 * verb (claims.ts).
 *
 * Who acts is who speaks: the speakers of an event's quotations, and the subject of its dated
 * sentence when it is one of them. Their lane (`represents`) is the country their role names
 * ("le ministre russe de la Défense" → Russie), else "À classer" / "To sort": a dispatch rarely
 * says whom a spokesman speaks for in words a rule can read, and a wrong country would look
 * confirmed; an editor sorts them.
 *
 * Pure: no Node API, so the workshop runs it in the browser.
 */
import type { Span } from '../story/types.ts';
import { claimStatusOf, type DraftClaim } from './claims.ts';
import { DETERMINERS, PREPOSITIONS } from './lexicon.ts';
import { pairQuotationMarks, quotedRegions } from './marks.ts';
import { nameRuns, normaliseName, tokenize } from './people.ts';
import { unquoted, type FoundQuotation } from './quotations.ts';
import { sentenceSpans, type DraftLanguage, type SentenceSpan } from './sentences.ts';
import type { Attribution } from './speakers.ts';
import type { FoundDate } from './dates.ts';

export type DatedExpression = FoundDate & { resolved: NonNullable<FoundDate['resolved']> };

export interface ProposedEvent {
  /** The expression that dates the event: the first dated one of its first sentence. */
  date: DatedExpression;
  /** The dated sentences of the event (more than one when a dispatch repeats itself). */
  sentences: Span[];
  /** Its passages: runs of consecutive sentences of one paragraph, in text order. */
  passages: Span[];
  /** Indices, in `found.quotations`, of the quotations of its passages (scare quotes too). */
  quotations: number[];
  /** The dated sentence's main clause, at most 90 characters, cut at a word. */
  title: string;
  /** The first dated sentence, as the text has it. */
  summary: string;
  /** Names of who acts: the speakers of its quotations, the subject first when it speaks. */
  actors: string[];
  /** The claim status its dated sentence's verb suggests, and who makes the claim. */
  claim: DraftClaim & { by?: string };
  /** Other dated expressions of its dated sentences (another day in the same sentence). */
  otherDates: FoundDate[];
}

export interface FoundInText {
  dates: FoundDate[];
  quotations: FoundQuotation[];
  /** One per quotation, in the same order (speakers.ts). */
  attributions: Attribution[];
}

/** What a lane is called when the text does not say whom a speaker speaks for. */
export const UNSORTED_LANE: Record<DraftLanguage, string> = { fr: 'À classer', en: 'To sort' };

/**
 * Countries as the words of a role name them, by their demonyms and names ("russe",
 * "nord-coréen", "de la Russie"; "Russian", "North Korean"). General: the countries newsrooms
 * most often write about, not one text's.
 */
const COUNTRIES: Record<DraftLanguage, [RegExp, string][]> = {
  fr: [
    [/nord-coré\p{L}*|corée du nord/iu, 'Corée du Nord'],
    [/sud-coré\p{L}*|corée du sud/iu, 'Corée du Sud'],
    [/\brusse\b|russie|kremlin/iu, 'Russie'],
    [/améric\p{L}*|états-unis|maison blanche|pentagone/iu, 'États-Unis'],
    [/ukrainien\p{L}*|ukraine/iu, 'Ukraine'],
    [/\bfrançais\p{L}*|\bfrance\b|élysée/iu, 'France'],
    [/allemand\p{L}*|allemagne/iu, 'Allemagne'],
    [/britannique\p{L}*|royaume-uni/iu, 'Royaume-Uni'],
    [/chinois\p{L}*|\bchine\b/iu, 'Chine'],
    [/japonais\p{L}*|japon/iu, 'Japon'],
    [/iranien\p{L}*|\biran\b/iu, 'Iran'],
    [/israélien\p{L}*|israël/iu, 'Israël'],
    [/italien\p{L}*|italie/iu, 'Italie'],
    [/espagnol\p{L}*|espagne/iu, 'Espagne'],
    [/turc\b|turque|turquie/iu, 'Turquie'],
    [/indien\p{L}*|\binde\b/iu, 'Inde'],
    [/belge\p{L}*|belgique/iu, 'Belgique'],
    [/suisse\p{L}*/iu, 'Suisse'],
    [/canadien\p{L}*|canada/iu, 'Canada'],
    [/européen\p{L}*|union européenne|bruxelles/iu, 'Union européenne']
  ],
  en: [
    [/north korea\p{L}*/iu, 'North Korea'],
    [/south korea\p{L}*/iu, 'South Korea'],
    [/russia\p{L}*|kremlin/iu, 'Russia'],
    [/\bu\.?s\.?\b|american|united states|white house|pentagon/iu, 'United States'],
    [/ukrain\p{L}*/iu, 'Ukraine'],
    [/\bfrench\b|\bfrance\b|élysée/iu, 'France'],
    [/german\p{L}*/iu, 'Germany'],
    [/british|\bu\.?k\.?\b|united kingdom|downing street/iu, 'United Kingdom'],
    [/chines\p{L}*|\bchina\b|beijing/iu, 'China'],
    [/japan\p{L}*/iu, 'Japan'],
    [/iran\p{L}*/iu, 'Iran'],
    [/israel\p{L}*/iu, 'Israel'],
    [/ital\p{L}*/iu, 'Italy'],
    [/spain|spanish/iu, 'Spain'],
    [/turk\p{L}*/iu, 'Turkey'],
    [/\bindia\p{L}*/iu, 'India'],
    [/canad\p{L}*/iu, 'Canada'],
    [/\beu\b|european/iu, 'European Union']
  ]
};

/** The country a speaker's role (or name) names, else the lane to sort. */
export function representsOf(
  speaker: { name: string; role?: string },
  lang: DraftLanguage
): string {
  const words = `${speaker.role ?? ''} ${speaker.name}`;
  for (const [re, country] of COUNTRIES[lang]) if (re.test(words)) return country;
  return UNSORTED_LANE[lang];
}

const TITLE_MAX = 90;
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:\([^)]*\))?\s*[—–-]\s+/u;

/**
 * A title from a sentence: its main clause (up to the first comma, colon or semicolon outside
 * quotation marks that follows a verb-sized start), without a dateline or a leading date
 * ("Lundi, …"), at most 90 characters cut at a word, no trailing punctuation or dangling
 * preposition, capitalised. A cut inside a quotation goes back before its opening mark.
 */
export function proposeTitle(
  text: string,
  sentence: Span,
  dates: FoundDate[],
  lang: DraftLanguage
): string {
  const regions = quotedRegions(pairQuotationMarks(text));
  const inQuote = (at: number) => regions.find((r) => r.start < at && at < r.end);
  let start = sentence.start;
  const dateline = DATELINE.exec(text.slice(start, sentence.end));
  if (dateline) start += dateline[0].length;
  // A leading date and its comma ("Lundi, la Maison Blanche…", "On Monday, the…").
  const lead = dates.find((d) => d.start >= start && d.start <= start + 3);
  if (lead && /^\s*,\s*/.test(text.slice(lead.end, lead.end + 3)))
    start = lead.end + /^\s*,\s*/.exec(text.slice(lead.end))![0].length;
  let end = sentence.end;
  for (let i = start + 40; i < sentence.end; i++)
    if (/[,;:]/.test(text[i]!) && !inQuote(i)) {
      end = i;
      break;
    }
  if (end - start > TITLE_MAX) {
    let cut = text.lastIndexOf(' ', start + TITLE_MAX);
    const quote = inQuote(cut);
    if (quote && quote.start > start + 20) cut = quote.start;
    end = cut > start ? cut : start + TITLE_MAX;
  }
  let title = text.slice(start, end).trim();
  // No dangling article or preposition, nor the punctuation that ended the clause.
  const dangling = new Set([...DETERMINERS[lang], ...PREPOSITIONS[lang], 'et', 'ou', 'and', 'or']);
  for (;;) {
    const stripped = title.replace(/[\s.,;:!?…—–-]+$/u, '');
    const words = stripped.split(/\s+/);
    const last = words.at(-1)!.toLowerCase();
    if (words.length > 3 && (dangling.has(last) || /^[ldnsjmt]['’]$|^qu['’]$/u.test(last)))
      title = words.slice(0, -1).join(' ');
    else {
      title = stripped;
      break;
    }
  }
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The name the sentence's subject gives, outside its quotations and its leading date. */
function subjectOf(text: string, sentence: SentenceSpan, regions: Span[], lang: DraftLanguage) {
  const masked = unquoted(text, sentence, regions);
  const runs = nameRuns(tokenize(masked, sentence.start), lang, () => true);
  return runs[0] ? normaliseName(runs[0].name) : undefined;
}

/**
 * A sentence's dates, those of its main clause first: a date inside a quotation or set between
 * commas ("Kim Jong-un, parti dimanche de Pyongyang, est arrivé mardi") dates something the
 * sentence mentions on the way, not what it reports.
 */
function mainFirst<T extends Span>(text: string, sentence: Span, dates: T[], regions: Span[]): T[] {
  if (dates.length < 2) return dates;
  const inQuote = (at: number) => regions.some((r) => r.start <= at && at < r.end);
  const commas: number[] = [];
  for (let i = sentence.start; i < sentence.end; i++)
    if (text[i] === ',' && !inQuote(i)) commas.push(i);
  const aside = (d: Span) =>
    inQuote(d.start) || (commas.some((c) => c < d.start) && commas.some((c) => c >= d.end));
  return [...dates.filter((d) => !aside(d)), ...dates.filter(aside)];
}

const sameDays = (a: DatedExpression, b: DatedExpression) =>
  a.resolved.start === b.resolved.start &&
  a.resolved.end === b.resolved.end &&
  a.resolved.time === b.resolved.time;

export function proposeEvents(
  text: string,
  found: FoundInText,
  lang: DraftLanguage
): ProposedEvent[] {
  const sentences = sentenceSpans(text, lang);
  const regions = quotedRegions(pairQuotationMarks(text));
  const datesOf = (s: Span) =>
    found.dates.filter((d) => d.start >= s.start && d.end <= s.end && !d.vague && d.resolved);

  interface Group {
    event: ProposedEvent;
    subject?: string;
    sentenceText: string[];
    members: number[]; // sentence indices
  }
  const groups: Group[] = [];
  const owner: (Group | undefined)[] = [];
  let current: Group | undefined;
  sentences.forEach((sentence, i) => {
    const dated = mainFirst(text, sentence, datesOf(sentence) as DatedExpression[], regions);
    if (dated.length === 0) {
      if (current) current.members.push(i);
      owner[i] = current;
      return;
    }
    const words = text.slice(sentence.start, sentence.end);
    const subject = subjectOf(text, sentence, regions, lang);
    const same = groups.find(
      (g) =>
        sameDays(g.event.date, dated[0]!) &&
        (g.sentenceText.includes(words) || (subject !== undefined && g.subject === subject))
    );
    if (same) {
      same.members.push(i);
      same.sentenceText.push(words);
      same.event.sentences.push(sentence);
      same.event.otherDates.push(...dated.filter((d) => !sameDays(d, same.event.date)));
      current = same;
    } else {
      current = {
        event: {
          date: dated[0]!,
          sentences: [{ start: sentence.start, end: sentence.end }],
          passages: [],
          quotations: [],
          title: proposeTitle(text, sentence, found.dates, lang),
          summary: words,
          actors: [],
          claim: claimStatusOf(words, lang),
          otherDates: dated.slice(1).filter((d) => !sameDays(d, dated[0]!))
        },
        subject,
        sentenceText: [words],
        members: [i]
      };
      groups.push(current);
    }
    owner[i] = current;
  });
  if (groups.length === 0) return [];

  // Sentences before the first dated one: only those with quotations, given to the first event.
  const first = groups[0]!;
  sentences.forEach((s, i) => {
    if (owner[i]) return;
    if (found.quotations.some((q) => q.start >= s.start && q.end <= s.end)) {
      first.members.push(i);
      owner[i] = first;
    }
  });

  for (const group of groups) {
    const members = [...new Set(group.members)].sort((a, b) => a - b);
    const passages: Span[] = [];
    let previous = -2;
    for (const i of members) {
      const s = sentences[i]!;
      const last = passages.at(-1);
      if (last && previous === i - 1 && sentences[previous]!.paragraph === s.paragraph)
        last.end = s.end;
      else passages.push({ start: s.start, end: s.end });
      previous = i;
    }
    const event = group.event;
    event.passages = passages;
    event.quotations = found.quotations.flatMap((q, k) =>
      passages.some((p) => p.start <= q.start && q.end <= p.end) ? [k] : []
    );
    const speakers = event.quotations.flatMap((k) => {
      const a = found.attributions[k];
      return !found.quotations[k]!.scare && a?.speaker ? [a.speaker.name] : [];
    });
    const inDated = event.quotations
      .filter((k) =>
        event.sentences.some(
          (s) => s.start <= found.quotations[k]!.start && found.quotations[k]!.end <= s.end
        )
      )
      .flatMap((k) => found.attributions[k]?.speaker?.name ?? []);
    // Who makes the claim: the subject of the dated sentence when it speaks, else the speaker
    // of the dated sentence's quotation, else the event's first speaker.
    const bySubject = speakers.find((n) => normaliseName(n) === group.subject);
    const by = bySubject ?? inDated[0] ?? speakers[0];
    event.actors = [...new Set(by ? [by, ...speakers] : speakers)];
    if (by) event.claim = { ...event.claim, by };
  }
  return groups.map((g) => g.event);
}
