/**
 * A draft story from one article: its quotations at their offsets with guessed speakers, its date
 * expressions resolved by the newsroom's conventions, proposed events (events.ts), as a
 * story.json the build accepts as it is. Everything the engine guessed carries a `draft` mark
 * with its notes, in the article's language; an editor confirms a guess by removing the mark.
 *
 * What the build demands and a draft cannot know is settled so that the file validates, and the
 * mark says how: every quotation of the article belongs to an event's quotes, so a scare quote or
 * a quotation whose speaker is not known goes to the actor "Locuteur à identifier" / "Speaker to
 * identify"; a date the build would read otherwise (a day read by chrono-node alone, outside the
 * project's rules) is given as evidence instead of as the
 * event's expression, and noted. Vague expressions date no event: they are in the report.
 *
 * Pure: the caller reads and writes files (cli.ts); the workshop runs it in the browser.
 */
import type { CalendarDate } from '../story/calendar-date.ts';
import { laneIdOf } from '../story/lanes.ts';
import { findQuotations as quotationsTheBuildSees } from '../story/quotations.ts';
import { cutShort, readDateExpression } from '../story/resolve-date-expression.ts';
import type { StoryFile } from '../story/schema.ts';
import type { Span } from '../story/types.ts';
import type { Person } from './people.ts';
import { normaliseName } from './people.ts';
import { findDateExpressions, type FoundDate } from './dates.ts';
import {
  proposeEvents,
  proposeTitle,
  representsOf,
  UNSORTED_LANE,
  type ProposedEvent
} from './events.ts';
import { findQuotations, type FoundQuotation } from './quotations.ts';
import type { DraftLanguage } from './sentences.ts';
import { attributeSpeakers, type Attribution } from './speakers.ts';
import { slugOf } from '../story/slug.ts';

export interface DraftArticle {
  /** The article, exactly as in its file. */
  text: string;
  /** The file it is written to beside story.json ("article.fr.txt"). */
  fileName: string;
  published: CalendarDate;
  outlet: string;
  lang: DraftLanguage;
  /** The story's id; by default a slug of its title. */
  id?: string;
}

/** Every detection, in one list, for tools and for review (the issue's `--report` shape). */
export interface DraftReport {
  dates: {
    text: string;
    start: number;
    end: number;
    resolved: { start: CalendarDate; end: CalendarDate } | null;
    precision: string;
  }[];
  quotes: { text: string; start: number; end: number; speaker: string | null; scare: boolean }[];
}

type ActorFile = StoryFile['actors'][number];
type EventFile = StoryFile['events'][number];
type QuoteFile = EventFile['quotes'][number];
type DocumentFile = StoryFile['documents'][number];

/** What the engine makes of one article, ready to become a story or part of one. */
export interface DraftedDocument {
  document: DocumentFile;
  /** The actors its quotes and events name: those given as `known` first, unchanged. */
  actors: ActorFile[];
  events: EventFile[];
  report: DraftReport;
  summary: string[];
  /** The first line of the article when it reads as a headline, else the first event's title. */
  title: string;
}

const WORDS = {
  fr: {
    unknownSpeaker: 'Locuteur à identifier',
    unknownRole: 'à identifier',
    roleToSpecify: 'rôle à préciser',
    speaker: (reason: string, name: string, certainty: string) =>
      `locuteur deviné : ${reason} → ${name} (${certainty === 'sure' ? 'sûr' : certainty === 'likely' ? 'probable' : 'incertain'})`,
    noSpeaker: (reason: string) => `locuteur inconnu : ${reason || 'aucune attribution lue'}`,
    scare:
      'guillemets de distance (un terme, personne n’est dit le prononcer) : la build veut toute citation rattachée ; donnez-lui le locuteur dont c’est le mot',
    unread: 'guillemets que le moteur n’a pas lus comme une citation : à vérifier',
    date: (d: FoundDate) => `date : « ${d.text} » → ${range(d)} (${d.explanation})`,
    dateAsEvidence: (d: FoundDate) =>
      `date : « ${d.text} » → ${range(d)} (${d.explanation}) ; la build lirait ces mots autrement : donnée comme preuve, à confirmer`,
    undated: (published: string) =>
      `aucune date dans le texte : l’événement est daté du jour de publication (${published}), à confirmer`,
    otherDate: (d: FoundDate) => `autre date dans la phrase : « ${d.text} » → ${range(d)}`,
    title: 'titre proposé : la proposition principale de la phrase datée',
    claim: (status: string) => `statut proposé d’après le verbe : ${status}`,
    lane: (name: string) => `camp de ${name} inconnu : couloir « À classer »`,
    evidenceNote: (d: FoundDate) =>
      `Date lue par le brouillon (npm run draft) dans la dépêche, à confirmer : « ${d.text} » (${d.explanation})`,
    publishedNote: 'Jour de publication de la dépêche, qui ne donne pas de date',
    summary: {
      quotations: (n: number, scare: number) =>
        `Citations : ${n}${scare ? ` (dont ${scare} entre guillemets de distance)` : ''}`,
      unsure: (n: number) => `Locuteurs incertains : ${n}`,
      dates: (n: number, vague: number) =>
        `Dates : ${n}${vague ? ` (dont ${vague} vagues, qui ne datent aucun événement)` : ''}`,
      events: (n: number) => `Événements proposés : ${n}`
    }
  },
  en: {
    unknownSpeaker: 'Speaker to identify',
    unknownRole: 'to identify',
    roleToSpecify: 'role to specify',
    speaker: (reason: string, name: string, certainty: string) =>
      `speaker guessed: ${reason} → ${name} (${certainty})`,
    noSpeaker: (reason: string) => `speaker unknown: ${reason || 'no attribution read'}`,
    scare:
      'scare quotes (a term no one is said to say): the build wants every quotation attached; give it the speaker whose word it is',
    unread: 'quotation marks the engine did not read as a quotation: check',
    date: (d: FoundDate) => `date: "${d.text}" → ${range(d)} (${d.explanation})`,
    dateAsEvidence: (d: FoundDate) =>
      `date: "${d.text}" → ${range(d)} (${d.explanation}); the build would read these words otherwise: given as evidence, to confirm`,
    undated: (published: string) =>
      `no date in the text: the event is dated by the publication day (${published}), to confirm`,
    otherDate: (d: FoundDate) => `another date in the sentence: "${d.text}" → ${range(d)}`,
    title: "title proposed: the dated sentence's main clause",
    claim: (status: string) => `status proposed from the verb: ${status}`,
    lane: (name: string) => `${name}'s side unknown: lane "To sort"`,
    evidenceNote: (d: FoundDate) =>
      `Date read by the draft (npm run draft) in the dispatch, to confirm: "${d.text}" (${d.explanation})`,
    publishedNote: 'Publication day of the dispatch, which gives no date',
    summary: {
      quotations: (n: number, scare: number) =>
        `Quotations: ${n}${scare ? ` (${scare} of them scare quotes)` : ''}`,
      unsure: (n: number) => `Unsure speakers: ${n}`,
      dates: (n: number, vague: number) =>
        `Dates: ${n}${vague ? ` (${vague} vague, dating no event)` : ''}`,
      events: (n: number) => `Events proposed: ${n}`
    }
  }
} as const;

function range(d: FoundDate): string {
  if (!d.resolved) return d.vague ? 'vague' : '?';
  const { start, end, time, timeZone } = d.resolved;
  return `${start === end ? start : `${start}…${end}`}${time ? ` ${time}${timeZone ? ` ${timeZone}` : ''}` : ''}`;
}

/** The first of slug, slug-2, slug-3… not yet taken; then takes it. */
function unique(slug: string, taken: Set<string>): string {
  let candidate = slug || 'x';
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}

const RESERVED_SLUGS = ['article', 'liste', 'sources', 'media'];

/** An institution's name comes with its article ("La Maison Blanche", "the Pentagon"). */
const kindOf = (name: string): ActorFile['kind'] =>
  /^(?:le|la|les|l['’]|the)\s*\p{Lu}/iu.test(name) ? 'institution' : 'person';

export interface DraftOptions {
  /** The document's id; by default "<outlet>-<published>". */
  documentId?: string;
  /** Ids already taken in the story (documents, actors, slugs, quote ids). */
  taken?: { documents?: string[]; actors?: string[]; slugs?: string[]; quotes?: string[] };
  /** Actors the story already has: speakers are matched to them by name, then by role. */
  known?: ActorFile[];
}

/** The engine's findings on one article, as the parts of a story file. */
export function draftDocument(article: DraftArticle, options: DraftOptions = {}): DraftedDocument {
  const { text, lang, published, outlet } = article;
  const words = WORDS[lang];
  const documentId =
    options.documentId ??
    unique(slugOf(`${outlet} ${published}`), new Set(options.taken?.documents ?? []));
  const known = options.known ?? [];

  // The engine reads composed text (NFC: "é" one character, as its word patterns expect); what
  // it finds is mapped back to the article's own offsets, which may be decomposed (NFD).
  const view = composedView(text);
  const back = <T extends Span>(x: T): T => ({ ...x, ...view.original(x.start, x.end) });
  const reslice = <T extends Span & { text: string }>(x: T): T => {
    const at = back(x);
    return { ...at, text: text.slice(at.start, at.end) };
  };
  const read = view.text;
  const readDates = findDateExpressions(read, published, lang);
  const dates = readDates.map(reslice);
  const readQuotations = findQuotations(read, lang);
  const quotations = readQuotations.map(reslice);
  const knownPeople: Person[] = known.map(({ name, role }) => ({ name, role }));
  const attributions = attributeSpeakers(read, readQuotations, lang, { known: knownPeople });
  const proposed = proposeEvents(
    read,
    { dates: readDates, quotations: readQuotations, attributions },
    lang
  ).map((p) => {
    const sentences = p.sentences.map(back);
    const date = reslice(p.date);
    return {
      ...p,
      date,
      sentences,
      passages: p.passages.map(back),
      otherDates: p.otherDates.map(reslice),
      summary: text.slice(sentences[0]!.start, sentences[0]!.end),
      title: proposeTitle(text, sentences[0]!, dates, lang)
    };
  });

  // Actors: the known ones, then one per speaker, then the speaker to identify if needed.
  const actors: ActorFile[] = known.map((a) => ({ ...a }));
  const actorIds = new Set([...(options.taken?.actors ?? []), ...actors.map((a) => a.id)]);
  const byName = new Map(actors.map((a) => [normaliseName(a.name), a.id]));
  const actorOf = (speaker: { name: string; role?: string }): string => {
    const key = normaliseName(speaker.name);
    const existing = byName.get(key);
    if (existing) return existing;
    const id = unique(slugOf(speaker.name), actorIds);
    actors.push({
      id,
      name: speaker.name,
      kind: kindOf(speaker.name),
      role: speaker.role?.trim() || words.roleToSpecify,
      represents: representsOf(speaker, lang)
    });
    byName.set(key, id);
    return id;
  };
  const unknownId = () => actorOf({ name: words.unknownSpeaker, role: words.unknownRole });

  // Quotes: every quotation the build sees (« », " ", “ ”), each in one event.
  const buildSees = quotationsTheBuildSees(text);
  const engineAt = new Map(quotations.map((q, k) => [`${q.start}-${q.end}`, k]));
  const quoteIds = new Set(options.taken?.quotes ?? []);
  const quoteOf = (start: number, end: number): QuoteFile => {
    const k = engineAt.get(`${start}-${end}`);
    const q: FoundQuotation | undefined = k === undefined ? undefined : quotations[k];
    const a: Attribution | undefined = k === undefined ? undefined : attributions[k];
    let speaker: string;
    let note: string;
    if (!q) {
      speaker = unknownId();
      note = words.unread;
    } else if (q.scare) {
      speaker = unknownId();
      note = words.scare;
    } else if (a?.speaker) {
      speaker = actorOf(a.speaker);
      note = words.speaker(a.reason, a.speaker.name, a.certainty);
    } else {
      speaker = unknownId();
      note = words.noSpeaker(a?.reason ?? '');
    }
    const quoteText = text.slice(start, end);
    const id = unique(
      slugOf(`${speaker.split('-').at(-1)} ${quoteText.split(/\s+/).slice(0, 4).join(' ')}`),
      quoteIds
    );
    return {
      id,
      document: documentId,
      text: quoteText,
      start,
      end,
      speaker,
      ...(a?.outlet && !q?.scare && { outlet: a.outlet }),
      draft: { notes: [note] }
    };
  };

  const events: EventFile[] = [];
  const slugs = new Set([...RESERVED_SLUGS, ...(options.taken?.slugs ?? [])]);
  const laneNotes: string[][] = [];
  const toEvent = (p: ProposedEvent): EventFile => {
    const notes: string[] = [];
    const { start, end, precision, time, timeZone } = p.date.resolved;
    // The expression goes in the file only where the build reads it as the draft did.
    // The tense goes in the file where it decides the day (a future "vendredi" is ahead).
    const tense = p.date.tense === 'future' ? ('future' as const) : undefined;
    const buildReading = readDateExpression(p.date.text, published, lang, tense && { tense });
    const readAlike =
      'start' in buildReading &&
      buildReading.start === start &&
      buildReading.end === end &&
      cutShort(text, p.date.start, p.date.end, lang) === null;
    notes.push(readAlike ? words.date(p.date) : words.dateAsEvidence(p.date));
    for (const other of p.otherDates) notes.push(words.otherDate(other));
    notes.push(words.title, words.claim(p.claim.status));
    const actorIdsOfEvent = p.actors.map((name) => {
      const a = attributions.find((x) => x.speaker?.name === name)!;
      return actorOf(a.speaker!);
    });
    const by = p.claim.by ? actorIdsOfEvent[p.actors.indexOf(p.claim.by)] : undefined;
    const withTime = precision === 'time' && time && timeZone;
    const datePrecision =
      precision === 'time' && !withTime
        ? 'day'
        : start === end && precision === 'days'
          ? 'day'
          : precision;
    const event: EventFile = {
      slug: unique(slugOf(p.title), slugs),
      title: p.title,
      summary: p.summary,
      date: {
        start,
        end,
        precision: datePrecision,
        ...(withTime && { time, timeZone }),
        ...(readAlike
          ? {
              expression: {
                document: documentId,
                text: p.date.text,
                start: p.date.start,
                end: p.date.end,
                ...(tense && { tense })
              }
            }
          : {
              evidence: {
                note: words.evidenceNote(p.date),
                sources: [{ outlet, published }]
              }
            })
      },
      actors: actorIdsOfEvent,
      claim: {
        status: p.claim.status,
        ...(by && { by }),
        ...(p.claim.outlet && { outlet: p.claim.outlet })
      },
      passages: p.passages.map((s) => ({
        document: documentId,
        text: text.slice(s.start, s.end),
        start: s.start,
        end: s.end
      })),
      quotes: [],
      draft: { notes }
    };
    laneNotes.push(notes);
    return event;
  };
  proposed.forEach((p) => events.push(toEvent(p)));
  if (events.length === 0) {
    // No dated sentence: one event of the publication day, on the whole text, to confirm.
    const body = text.trim();
    const from = text.indexOf(body);
    const title = slugOf(body)
      ? body
          .split(/[.!?\n]/)[0]!
          .slice(0, 90)
          .trim()
      : outlet;
    events.push({
      slug: unique(slugOf(title), slugs),
      title,
      summary: title,
      date: {
        start: published,
        end: published,
        precision: 'day',
        evidence: { note: words.publishedNote, sources: [{ outlet, published }] }
      },
      actors: [],
      claim: { status: 'established' },
      passages: [{ document: documentId, text: body, start: from, end: from + body.length }],
      quotes: [],
      draft: { notes: [words.undated(published)] }
    });
    proposed.push({
      passages: [{ start: from, end: from + body.length }]
    } as ProposedEvent);
  }
  for (const q of buildSees) {
    const at = proposed.findIndex((p) =>
      p.passages.some((s) => s.start <= q.start && q.end <= s.end)
    );
    events[Math.max(0, at)]!.quotes.push(quoteOf(q.start, q.end));
  }
  // Events without an actor go in the lane to sort; so do actors whose side is unknown.
  events.forEach((event, i) => {
    const first = actors.find((a) => a.id === (event.claim.by ?? event.actors[0]));
    if (!first) event.lane = laneIdOf(UNSORTED_LANE[lang]);
    else if (first.represents === UNSORTED_LANE[lang]) laneNotes[i]?.push(words.lane(first.name));
  });

  const scareCount = quotations.filter((q) => q.scare).length;
  const unsure = quotations.flatMap((q, k) =>
    !q.scare && attributions[k]!.certainty !== 'sure' ? [k] : []
  );
  const report: DraftReport = {
    dates: dates.map((d) => ({
      text: d.text,
      start: d.start,
      end: d.end,
      resolved: d.resolved ? { start: d.resolved.start, end: d.resolved.end } : null,
      precision: d.resolved?.precision ?? 'unknown'
    })),
    quotes: quotations.map((q, k) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: q.scare ? null : (attributions[k]!.speaker?.name ?? null),
      scare: q.scare
    }))
  };
  const s = words.summary;
  const summary = [
    s.quotations(quotations.length, scareCount),
    ...quotations.map((q, k) => {
      const a = attributions[k]!;
      const who = q.scare
        ? lang === 'fr'
          ? 'guillemets de distance'
          : 'scare quote'
        : a.speaker
          ? `${a.speaker.name} (${a.certainty})`
          : '?';
      return `  ${q.start}–${q.end} ${JSON.stringify(shorten(q.text))}: ${who}`;
    }),
    s.unsure(unsure.length),
    ...unsure.map(
      (k) => `  ${JSON.stringify(shorten(quotations[k]!.text))}: ${attributions[k]!.reason}`
    ),
    s.dates(dates.length, dates.filter((d) => d.vague).length),
    ...dates.map((d) => `  «${d.text}» ${d.start}–${d.end} → ${range(d)}: ${d.explanation}`),
    s.events(events.length),
    ...events.map(
      (e) =>
        `  ${e.date.start === e.date.end ? e.date.start : `${e.date.start}…${e.date.end}`} ${e.title} (${e.quotes.length} q.)`
    )
  ];

  const firstLine = text.trim().split('\n')[0]!.trim();
  const title =
    firstLine.length <= 140 && !/[.!?…»"”]$/u.test(firstLine) && /\p{L}/u.test(firstLine)
      ? firstLine
      : events[0]!.title;
  return {
    document: {
      id: documentId,
      file: article.fileName,
      outlet,
      credit: outlet,
      language: lang,
      published: { date: published }
    },
    actors,
    events,
    report,
    summary,
    title
  };
}

/**
 * The text composed (NFC), and a way back from its offsets to the original's: each base
 * character with the marks that follow it is composed on its own, so a span of the composed
 * text maps to whole clusters of the original.
 */
export function composedView(text: string): {
  text: string;
  original(start: number, end: number): Span;
} {
  const composed = text.normalize('NFC');
  if (composed === text) return { text, original: (start, end) => ({ start, end }) };
  const startOf: number[] = []; // composed offset → original offset of its cluster
  const endOf: number[] = []; // composed offset → original offset after its cluster
  let joined = '';
  for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const piece = m[0].normalize('NFC');
    for (let k = 0; k < piece.length; k++) {
      startOf.push(m.index);
      endOf.push(m.index + m[0].length);
    }
    joined += piece;
  }
  // Composition across clusters (rare: Hangul jamo) would break the map: read the text as is.
  if (joined !== composed) return { text, original: (start, end) => ({ start, end }) };
  return {
    text: composed,
    original: (start, end) => ({
      start: start < startOf.length ? startOf[start]! : text.length,
      end: end > 0 ? endOf[end - 1]! : 0
    })
  };
}

const shorten = (s: string, max = 50) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The lanes a story's actors and unsorted events need, listed so that events may name one. */
export function lanesFor(actors: ActorFile[], events: EventFile[], lang: DraftLanguage) {
  const represented = [...new Set(actors.map((a) => a.represents))];
  const unsorted = UNSORTED_LANE[lang];
  if (events.some((e) => e.lane === laneIdOf(unsorted)) && !represented.includes(unsorted))
    represented.push(unsorted);
  return represented.map((r) => ({ id: laneIdOf(r), label: r, represents: [r] }));
}

/** The bounds of a story's events: its first day to its last. */
export function boundsOf(events: EventFile[]): StoryFile['bounds'] {
  const starts = events.map((e) => e.date.start).sort();
  const ends = events.map((e) => e.date.end).sort();
  return { start: starts[0]!, end: ends.at(-1)! };
}

/** A draft story of one article: the story file, the report, and what to print. */
export function draftStory(article: DraftArticle): {
  story: StoryFile;
  report: DraftReport;
  summary: string[];
} {
  const drafted = draftDocument(article);
  const id = article.id ?? slugOf(drafted.title);
  const story: StoryFile = {
    id,
    title: drafted.title,
    language: article.lang,
    documents: [drafted.document],
    bounds: boundsOf(drafted.events),
    actors: drafted.actors,
    lanes: lanesFor(drafted.actors, drafted.events, article.lang),
    events: drafted.events
  };
  return { story, report: drafted.report, summary: drafted.summary };
}
