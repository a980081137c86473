/**
 * Adds an article to an existing story (`npm run draft -- … --into <story>`): a further document
 * (a new id, its file beside story.json), its speakers matched to the story's actors, its
 * proposed events merged into the story's by date and actors.
 *
 * What an editor confirmed (an event or a quote without a `draft` mark) is never changed: a
 * proposed event of the same days as a draft event whose actors overlap joins it (the passages
 * and quotes added, a note saying so); one that matches only a confirmed event is added beside
 * it, marked draft, its note naming the confirmed event it may repeat. Everything else is added,
 * marked draft. Pure, like draft.ts.
 */
import type { StoryFile } from '../story/schema.ts';
import { boundsOf, draftDocument, lanesFor, type DraftArticle, type DraftReport } from './draft.ts';

type EventFile = StoryFile['events'][number];

const NOTES = {
  fr: {
    joined: (doc: string) => `passages et citations ajoutés depuis le document « ${doc} »`,
    beside: (slug: string) =>
      `même jour et mêmes acteurs que l’événement confirmé « ${slug} » : à fusionner ou à garder`
  },
  en: {
    joined: (doc: string) => `passages and quotes added from the document "${doc}"`,
    beside: (slug: string) =>
      `same days and actors as the confirmed event "${slug}": merge it or keep it`
  }
} as const;

/** A file name not yet taken in the story's folder: "article.fr.txt", then "article-2.fr.txt"… */
function freeName(name: string, taken: (file: string) => boolean): string {
  const dot = name.indexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; taken(candidate); n++) candidate = `${stem}-${n}${ext}`;
  return candidate;
}

const sameDays = (a: EventFile, b: EventFile) =>
  a.date.start === b.date.start && a.date.end === b.date.end;
const overlap = (a: EventFile, b: EventFile) => a.actors.some((x) => b.actors.includes(x));

export function mergeIntoStory(
  existing: StoryFile,
  article: DraftArticle,
  fileExists: (file: string) => boolean = () => false
): { story: StoryFile; report: DraftReport; summary: string[]; fileName: string } {
  const fileName = freeName(
    article.fileName,
    (f) => fileExists(f) || f === 'story.json' || existing.documents.some((d) => d.file === f)
  );
  const events = existing.events.map((e) => structuredClone(e));
  const drafted = draftDocument(
    { ...article, fileName },
    {
      known: existing.actors,
      taken: {
        documents: existing.documents.map((d) => d.id),
        actors: existing.actors.map((a) => a.id),
        slugs: existing.events.map((e) => e.slug),
        quotes: existing.events.flatMap((e) => e.quotes.map((q) => q.id))
      }
    }
  );
  const notes = NOTES[article.lang];
  for (const proposed of drafted.events) {
    const matches = events.filter((e) => sameDays(e, proposed) && overlap(e, proposed));
    const draftMatch = matches.find((e) => e.draft);
    if (draftMatch) {
      draftMatch.passages.push(...proposed.passages);
      draftMatch.quotes.push(...proposed.quotes);
      for (const actor of proposed.actors)
        if (!draftMatch.actors.includes(actor)) draftMatch.actors.push(actor);
      draftMatch.draft!.notes.push(notes.joined(drafted.document.id));
      continue;
    }
    const confirmed = matches[0];
    if (confirmed) proposed.draft!.notes.push(notes.beside(confirmed.slug));
    events.push(proposed);
  }

  // Lanes: the story's own, with one more for each side the new actors stand for.
  let lanes = existing.lanes;
  const needsLanes = drafted.events.some((e) => e.lane !== undefined);
  if (lanes || needsLanes) {
    const listed = lanes ? lanes.map((l) => ({ ...l, represents: [...l.represents] })) : [];
    for (const lane of lanesFor(drafted.actors, events, article.lang))
      if (
        !listed.some(
          (l) => l.id === lane.id || lane.represents.every((r) => l.represents.includes(r))
        )
      )
        listed.push(lane);
    lanes = listed;
  }
  const story: StoryFile = {
    ...existing,
    documents: [...existing.documents, drafted.document],
    bounds: boundsOf([
      ...events,
      { date: existing.bounds } as unknown as EventFile // the story's bounds only grow
    ]),
    actors: drafted.actors,
    ...(lanes && { lanes }),
    events
  };
  return { story, report: drafted.report, summary: drafted.summary, fileName };
}
