/**
 * The workshop's edits of a draft story (/atelier/): what an editor does to what the drafting
 * engine proposed — accept, correct or reject a quote's speaker, correct an event's date, move a
 * quote to another event, rename, merge, split or drop events, pick their lanes and actors. Each
 * edit takes a story file and returns a new one (the old one is left as it was, so that the
 * page can keep it for an undo or compare), and keeps what the build demands: every quotation
 * in some event's quotes, the lanes the actors and events need, the bounds around the events.
 *
 * Accepting an item removes its `draft` mark; what an editor corrects is no longer a guess, so
 * the notes about that guess go too (the mark goes with its last note). Pure: no Svelte, no DOM.
 */
import { compareCalendarDates, type CalendarDate } from '../story/calendar-date.ts';
import { laneIdOf } from '../story/lanes.ts';
import { slugOf } from '../story/slug.ts';
import type { StoryFile } from '../story/schema.ts';

type EventFile = StoryFile['events'][number];
type QuoteFile = EventFile['quotes'][number];
type ActorFile = StoryFile['actors'][number];

/** Why an edit cannot be made: the page says it by `code` in its own words. */
export type RefusalCode =
  | 'no-event'
  | 'no-quote'
  | 'no-actor'
  | 'empty-name'
  | 'empty-title'
  | 'date-order'
  | 'no-document'
  | 'empty-lane'
  | 'self-merge'
  | 'split-side'
  | 'no-passage'
  | 'last-event';

/** An edit refused: its code, and a message for a developer. */
export class WorkshopError extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string
  ) {
    super(message);
  }
}

/** The words the workshop writes into a story file (notes, evidence), in the story's language. */
const WORDS = {
  fr: {
    unknownSpeaker: 'Locuteur à identifier',
    unknownRole: 'à identifier',
    roleToSpecify: 'rôle à préciser',
    unsorted: 'À classer',
    rejected: (name: string) => `locuteur proposé rejeté (${name}) : à identifier`,
    corrected: 'Date corrigée dans l’atelier de rédaction',
    split: (slug: string) => `séparé de l’événement « ${slug} » : date et titre à confirmer`,
    merged: (slug: string) => `fusionné avec l’événement « ${slug} »`,
    continued: (title: string) => `${title} (suite)`
  },
  en: {
    unknownSpeaker: 'Speaker to identify',
    unknownRole: 'to identify',
    roleToSpecify: 'role to specify',
    unsorted: 'To sort',
    rejected: (name: string) => `proposed speaker rejected (${name}): to identify`,
    corrected: 'Date corrected in the drafting workshop',
    split: (slug: string) => `split from the event "${slug}": date and title to confirm`,
    merged: (slug: string) => `merged with the event "${slug}"`,
    continued: (title: string) => `${title} (continued)`
  }
} as const;

/**
 * The notes of an event's draft mark, by what they are about, as draft.ts words them in both
 * languages: correcting that part of the event removes them.
 */
const NOTES_ABOUT = {
  date: /^(?:date ?:|autre date|another date|aucune date|no date)/,
  title: /^(?:titre proposé|title proposed)/,
  lane: /(?:couloir|lane) [«"]/,
  claim: /^(?:statut proposé|status proposed)/
} as const;
export type EventPart = keyof typeof NOTES_ABOUT;

const wordsOf = (story: StoryFile) => WORDS[story.language];

function eventAt(story: StoryFile, slug: string): EventFile {
  const event = story.events.find((e) => e.slug === slug);
  if (!event) throw new WorkshopError('no-event', `no event "${slug}"`);
  return event;
}

function quoteAt(story: StoryFile, id: string): { event: EventFile; quote: QuoteFile } {
  for (const event of story.events) {
    const quote = event.quotes.find((q) => q.id === id);
    if (quote) return { event, quote };
  }
  throw new WorkshopError('no-quote', `no quote "${id}"`);
}

/** A copy to edit, and the edit; then what every story needs made true again. */
function edit(story: StoryFile, change: (draft: StoryFile) => void): StoryFile {
  const draft = structuredClone(story);
  change(draft);
  return settle(draft);
}

/** The first of slug, slug-2, slug-3… not in `taken`. */
function unique(slug: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slug || 'x';
  let candidate = base;
  for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

function dropNotes(holder: { draft?: { notes: string[] } }, about: RegExp | 'all') {
  if (!holder.draft) return;
  const notes = about === 'all' ? [] : holder.draft.notes.filter((n) => !about.test(n));
  if (notes.length === 0) delete holder.draft;
  else holder.draft.notes = notes;
}

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

/** The actor of a name: the story's own (same name), or a new one. Returns its id. */
function actorNamed(story: StoryFile, name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new WorkshopError('empty-name', 'empty name');
  const known = story.actors.find((a) => a.name.toLowerCase() === trimmed.toLowerCase());
  if (known) return known.id;
  const words = wordsOf(story);
  const actor: ActorFile = {
    id: unique(
      slugOf(trimmed),
      story.actors.map((a) => a.id)
    ),
    name: trimmed,
    kind: /^(?:le|la|les|l['’]|the)\s*\p{Lu}/iu.test(trimmed) ? 'institution' : 'person',
    role: words.roleToSpecify,
    represents: words.unsorted
  };
  story.actors.push(actor);
  return actor.id;
}

/** Who leads an event, and so places it in a lane: the claim's author, else its first actor. */
const leadOf = (event: EventFile) => event.claim.by ?? event.actors[0];

/**
 * What every edit leaves true: actors no event or quote names are gone, an event's lane is
 * given only when no actor places it, the lanes are those the actors and events need (the
 * story's order kept), and the bounds hold the events.
 */
function settle(story: StoryFile): StoryFile {
  const named = new Set(
    story.events.flatMap((e) => [
      ...e.actors,
      ...(e.claim.by ? [e.claim.by] : []),
      ...e.quotes.map((q) => q.speaker)
    ])
  );
  story.actors = story.actors.filter((a) => named.has(a.id));
  const words = wordsOf(story);
  for (const event of story.events) {
    if (event.claim.by && !event.actors.includes(event.claim.by)) delete event.claim.by;
    if (event.actors.length > 0) delete event.lane;
    else event.lane ??= laneIdOf(words.unsorted);
  }
  // The lanes the actors and the events need: a listed lane that stands for an actor's side
  // serves it (a hand-made lane may stand for several); a side no lane stands for gets its own.
  const old = story.lanes ?? [];
  const lanes: NonNullable<StoryFile['lanes']> = [];
  const want = (lane: NonNullable<StoryFile['lanes']>[number]) => {
    if (!lanes.some((l) => l.id === lane.id)) lanes.push(lane);
  };
  for (const actor of story.actors) {
    const r = actor.represents;
    want(
      old.find((l) => l.represents.includes(r)) ?? { id: laneIdOf(r), label: r, represents: [r] }
    );
  }
  for (const event of story.events) {
    if (event.lane === undefined) continue;
    const label = event.lane === laneIdOf(words.unsorted) ? words.unsorted : event.lane;
    want(old.find((l) => l.id === event.lane) ?? { id: event.lane, label, represents: [label] });
  }
  // Lanes keep the order they had; new ones come after.
  story.lanes = lanes.sort((a, b) => rank(old, a.id) - rank(old, b.id));
  const starts = story.events.map((e) => e.date.start).sort(compareCalendarDates);
  const ends = story.events.map((e) => e.date.end).sort(compareCalendarDates);
  story.bounds = { start: starts[0]!, end: ends.at(-1)! };
  return story;
}

const rank = (lanes: { id: string }[], id: string) => {
  const at = lanes.findIndex((l) => l.id === id);
  return at < 0 ? Infinity : at;
};

/** Accepts a quote as the engine drafted it: its speaker is confirmed. */
export const acceptQuote = (story: StoryFile, id: string): StoryFile =>
  edit(story, (s) => dropNotes(quoteAt(s, id).quote, 'all'));

/**
 * Gives a quote its speaker: one of the story's actors (by id), or a new one (by name). The
 * speaker becomes one of the event's actors; the engine's unknown speaker leaves them when it
 * no longer speaks there. Corrected: no longer a draft.
 */
export function setSpeaker(
  story: StoryFile,
  id: string,
  speaker: { actor: string } | { name: string }
): StoryFile {
  return edit(story, (s) => {
    const { event, quote } = quoteAt(s, id);
    const actor = 'actor' in speaker ? speaker.actor : actorNamed(s, speaker.name);
    if (!s.actors.some((a) => a.id === actor))
      throw new WorkshopError('no-actor', `no actor "${actor}"`);
    const before = quote.speaker;
    quote.speaker = actor;
    delete quote.outlet; // the outlet was the engine's reading of the old attribution
    dropNotes(quote, 'all');
    if (!event.actors.includes(actor)) event.actors.push(actor);
    const unknown = s.actors.find((a) => a.id === before)?.name === wordsOf(s).unknownSpeaker;
    if (unknown && !event.quotes.some((q) => q.speaker === before))
      event.actors = event.actors.filter((a) => a !== before);
  });
}

/**
 * Rejects the speaker the engine proposed: the quote goes to the speaker to identify, and stays
 * a draft until one is given (the build wants every quote to have a speaker).
 */
export function rejectSpeaker(story: StoryFile, id: string): StoryFile {
  return edit(story, (s) => {
    const { quote } = quoteAt(s, id);
    const words = wordsOf(s);
    const was = s.actors.find((a) => a.id === quote.speaker)?.name ?? quote.speaker;
    if (was === words.unknownSpeaker) return;
    let unknown = s.actors.find((a) => a.name === words.unknownSpeaker);
    if (!unknown) {
      unknown = {
        id: unique(
          slugOf(words.unknownSpeaker),
          s.actors.map((a) => a.id)
        ),
        name: words.unknownSpeaker,
        kind: 'person',
        role: words.unknownRole,
        represents: words.unsorted
      };
      s.actors.push(unknown);
    }
    quote.speaker = unknown.id;
    delete quote.outlet;
    quote.draft = { notes: [words.rejected(was)] };
  });
}

/** Moves a quote to another event (its passages stay where they are). */
export function moveQuote(story: StoryFile, id: string, slug: string): StoryFile {
  return edit(story, (s) => {
    const { event, quote } = quoteAt(s, id);
    const target = eventAt(s, slug);
    if (target === event) return;
    event.quotes = event.quotes.filter((q) => q !== quote);
    target.quotes = [...target.quotes, quote].sort(byStart);
    if (!target.actors.includes(quote.speaker)) target.actors.push(quote.speaker);
  });
}

/** Accepts an event as proposed (its date, title, lane and status): its mark goes. */
export const acceptEvent = (story: StoryFile, slug: string): StoryFile =>
  edit(story, (s) => dropNotes(eventAt(s, slug), 'all'));

/** Accepts one part of an event as proposed (its date, title, lane or status): its notes go. */
export const acceptEventPart = (story: StoryFile, slug: string, part: EventPart): StoryFile =>
  edit(story, (s) => dropNotes(eventAt(s, slug), NOTES_ABOUT[part]));

/** Renames an event; its address (slug) stays, so that links to it do not break. */
export function renameEvent(story: StoryFile, slug: string, title: string): StoryFile {
  const trimmed = title.trim();
  if (!trimmed) throw new WorkshopError('empty-title', 'empty title');
  return edit(story, (s) => {
    const event = eventAt(s, slug);
    event.title = trimmed;
    dropNotes(event, NOTES_ABOUT.title);
  });
}

/**
 * Corrects an event's days. The words of the article no longer date it (the editor does): the
 * date rests on the document as evidence, with a note saying it was corrected here.
 */
export function setEventDate(
  story: StoryFile,
  slug: string,
  date: { start: CalendarDate; end: CalendarDate }
): StoryFile {
  if (compareCalendarDates(date.start, date.end) > 0)
    throw new WorkshopError('date-order', `${date.start} is after ${date.end}`);
  return edit(story, (s) => {
    const event = eventAt(s, slug);
    const document =
      s.documents.find(
        (d) => d.id === (event.date.expression?.document ?? event.passages[0]?.document)
      ) ?? s.documents[0];
    if (!document) throw new WorkshopError('no-document', 'no document to rest the date on');
    event.date = {
      start: date.start,
      end: date.end,
      precision: date.start === date.end ? 'day' : 'days',
      evidence: {
        note: wordsOf(s).corrected,
        sources: [{ outlet: document.outlet, published: document.published.date }]
      }
    };
    dropNotes(event, NOTES_ABOUT.date);
  });
}

/**
 * Places an event in a lane, by the lane's label: the event's lead actor is said to stand for
 * it (which moves that actor's other events too: a lane is a side), or, for an event without
 * actors, the event itself names the lane.
 */
export function setEventLane(story: StoryFile, slug: string, label: string): StoryFile {
  const trimmed = label.trim();
  if (!laneIdOf(trimmed)) throw new WorkshopError('empty-lane', 'empty lane');
  return edit(story, (s) => {
    const event = eventAt(s, slug);
    const lead = leadOf(event);
    const actor = s.actors.find((a) => a.id === lead);
    const listed = s.lanes?.find((l) => l.id === laneIdOf(trimmed));
    const name = listed?.represents[0] ?? trimmed;
    if (actor) actor.represents = name;
    else {
      event.lane = laneIdOf(trimmed);
      s.lanes = [
        ...(s.lanes ?? []),
        ...(listed ? [] : [{ id: event.lane, label: name, represents: [name] }])
      ];
    }
    dropNotes(event, NOTES_ABOUT.lane);
  });
}

/** Sets who acts in an event (the actors' ids, in order); the claim's author must be one. */
export function setEventActors(story: StoryFile, slug: string, actors: string[]): StoryFile {
  return edit(story, (s) => {
    const event = eventAt(s, slug);
    const lane = s.actors.find((a) => a.id === leadOf(event))?.represents;
    for (const id of actors)
      if (!s.actors.some((a) => a.id === id))
        throw new WorkshopError('no-actor', `no actor "${id}"`);
    event.actors = [...new Set(actors)];
    // An event left without actors stays in the lane it was in.
    if (event.actors.length === 0 && lane !== undefined) {
      event.lane = laneIdOf(lane);
      if (!s.lanes?.some((l) => l.id === event.lane))
        s.lanes = [...(s.lanes ?? []), { id: event.lane, label: lane, represents: [lane] }];
    }
  });
}

/**
 * Merges `other` into `kept`: the passages and quotes of both (in text order, each once), the
 * actors of both; the kept event's date, title and status. The other event goes.
 */
export function mergeEvents(story: StoryFile, kept: string, other: string): StoryFile {
  if (kept === other)
    throw new WorkshopError('self-merge', 'an event cannot be merged with itself');
  return edit(story, (s) => {
    const into = eventAt(s, kept);
    const from = eventAt(s, other);
    const key = (p: { document: string; start: number; end: number }) =>
      `${p.document}:${p.start}-${p.end}`;
    const passages = new Map([...into.passages, ...from.passages].map((p) => [key(p), p]));
    into.passages = [...passages.values()].sort(byStart);
    into.quotes = [...into.quotes, ...from.quotes].sort(byStart);
    for (const actor of from.actors) if (!into.actors.includes(actor)) into.actors.push(actor);
    if (into.draft) into.draft.notes.push(wordsOf(s).merged(from.slug));
    s.events = s.events.filter((e) => e !== from);
  });
}

/**
 * Splits an event: the passages at `passages` (indices) become a new event with the quotes
 * that lie in them, the same days (to confirm), its own title; the rest stay. Each side keeps
 * at least one passage.
 */
export function splitEvent(story: StoryFile, slug: string, passages: number[]): StoryFile {
  return edit(story, (s) => {
    const event = eventAt(s, slug);
    const chosen = new Set(passages);
    if (chosen.size === 0 || chosen.size >= event.passages.length)
      throw new WorkshopError('split-side', 'a split leaves at least one passage on each side');
    for (const i of chosen)
      if (!Number.isInteger(i) || i < 0 || i >= event.passages.length)
        throw new WorkshopError('no-passage', `no passage ${i}`);
    const moved = event.passages.filter((_, i) => chosen.has(i));
    const within = (q: QuoteFile) =>
      moved.some((p) => p.document === q.document && p.start <= q.start && q.end <= p.end);
    const quotes = event.quotes.filter(within);
    const words = wordsOf(s);
    const speakers = [...new Set(quotes.map((q) => q.speaker))];
    const title = words.continued(event.title);
    const part: EventFile = {
      slug: unique(
        slugOf(title),
        s.events.map((e) => e.slug)
      ),
      title,
      summary: moved[0]!.text,
      date: structuredClone(event.date),
      actors: speakers.length > 0 ? speakers : [...event.actors],
      claim: { status: event.claim.status },
      passages: moved,
      quotes,
      draft: { notes: [words.split(event.slug)] }
    };
    if (part.actors.length === 0 && event.lane) part.lane = event.lane;
    event.passages = event.passages.filter((_, i) => !chosen.has(i));
    event.quotes = event.quotes.filter((q) => !within(q));
    s.events.splice(s.events.indexOf(event) + 1, 0, part);
  });
}

/**
 * Rejects an event (a date that dates nothing): its quotes, which the build wants in some
 * event, and its passages join the event before it (or after it, for the first).
 */
export function rejectEvent(story: StoryFile, slug: string): StoryFile {
  const at = story.events.findIndex((e) => e.slug === slug);
  if (at < 0) throw new WorkshopError('no-event', `no event "${slug}"`);
  if (story.events.length === 1)
    throw new WorkshopError('last-event', 'a story keeps at least one event');
  const neighbour = story.events[at === 0 ? 1 : at - 1]!;
  const merged = mergeEvents(story, neighbour.slug, slug);
  // The neighbour was not merged by the editor's choice: no note about it.
  return edit(merged, (s) => {
    const event = eventAt(s, neighbour.slug);
    if (event.draft) {
      const note = wordsOf(s).merged(slug);
      event.draft.notes = event.draft.notes.filter((n) => n !== note);
      if (event.draft.notes.length === 0) delete event.draft;
    }
  });
}

/** How many marks of the engine an editor has still to look at: events and quotes. */
export function draftsLeft(story: StoryFile): { events: number; quotes: number } {
  return {
    events: story.events.filter((e) => e.draft).length,
    quotes: story.events.flatMap((e) => e.quotes).filter((q) => q.draft).length
  };
}
