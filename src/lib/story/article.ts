/**
 * A source document as its page shows it (/<story>/sources/<document>/): its paragraphs exactly
 * as published (a repeated paragraph and a stray credit included), each quotation marked and
 * tied to its event, each date expression marked with the date it resolves to; and what is
 * known of the document (outlet, credit, language, publication, address). Built at build time.
 */
import { interfaceLanguage, type Messages } from '../i18n/messages.ts';
import { formatDay, formatEventDate, formatShortDay } from './format.ts';
import { documentById } from './documents.ts';
import { documentName, type NameableDocument } from './document-name.ts';
import type { Citation, Story } from './types.ts';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'quote'; text: string; id: string; event: string; eventTitle: string; speaker: string }
  | { kind: 'date'; text: string; id: string; resolvedLabel: string; start: string };

export interface ArticleParagraph {
  /** "paragraphe-3": every paragraph has its own address. */
  id: string;
  kind: 'heading' | 'paragraph';
  /** The number (1-based) of an earlier paragraph whose words this one repeats (its first
   * sentence, at least), as a wire copy sometimes does. Shown, not fixed. */
  repeats?: number;
  segments: Segment[];
}

/** A line with no closing punctuation and few words reads as a subheading in a dispatch. */
const isHeading = (text: string) => text.length <= 90 && !/[.!?:;»"”)]$/.test(text.trim());

/**
 * One document's text (the story's first by default), with its quotes and dates marked. The
 * paragraphs' and dates' anchors start with `prefix`, so that two documents on one page differ.
 */
export function toArticleView(
  story: Story,
  documentId: string = story.documents[0]!.id,
  prefix = ''
): ArticleParagraph[] {
  const text = documentById(story, documentId).text;
  const lang = interfaceLanguage(story.language);
  const marks: { start: number; end: number; segment: Segment }[] = [];
  for (const event of story.events) {
    for (const quote of event.quotes) {
      if (quote.document !== documentId) continue;
      const speaker = story.actors.find((a) => a.id === quote.speaker)!.name;
      marks.push({
        start: quote.start,
        end: quote.end,
        segment: {
          kind: 'quote',
          text: quote.text,
          id: quote.id,
          event: event.slug,
          eventTitle: event.title,
          speaker
        }
      });
    }
    const expression = event.date.expression;
    if (
      expression &&
      expression.document === documentId &&
      !marks.some((m) => m.start === expression.start)
    )
      marks.push({
        start: expression.start,
        end: expression.end,
        segment: {
          kind: 'date',
          text: expression.text,
          id: `${prefix}date-${expression.start}`,
          resolvedLabel: formatEventDate(expression.resolved, lang),
          start: expression.resolved.start
        }
      });
  }
  marks.sort((a, b) => a.start - b.start);

  const paragraphs: ArticleParagraph[] = [];
  const lines: string[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const segments: Segment[] = [];
    let cursor = start;
    for (const mark of marks) {
      if (mark.start < cursor || mark.end > end) continue; // outside, or overlapping an earlier mark
      if (mark.start > cursor)
        segments.push({ kind: 'text', text: text.slice(cursor, mark.start) });
      segments.push(mark.segment);
      cursor = mark.end;
    }
    if (cursor < end) segments.push({ kind: 'text', text: text.slice(cursor, end) });
    const number = paragraphs.length + 1;
    const firstSentence = /^.{40,}?[.!?](?=\s|$)/.exec(match[0])?.[0];
    const earlier = firstSentence ? lines.findIndex((line) => line.includes(firstSentence)) : -1;
    const repeats = earlier === -1 ? undefined : earlier + 1;
    lines.push(match[0]);
    paragraphs.push({
      id: `${prefix}paragraphe-${number}`,
      kind: isHeading(match[0]) ? 'heading' : 'paragraph',
      ...(repeats !== undefined && { repeats }),
      segments
    });
  }
  return paragraphs;
}

/** What a page says of a document to name it and link to it (see document-name.ts). */
export interface DocumentRef extends NameableDocument {
  id: string;
  /** Its publication day, for <time datetime>. */
  published: string;
}

/** Every document of the story, in the file's order. */
export function documentRefs(story: Pick<Story, 'documents' | 'language'>): DocumentRef[] {
  const lang = interfaceLanguage(story.language);
  return story.documents.map((doc) => ({
    id: doc.id,
    ...(doc.title && { title: doc.title }),
    outlet: doc.outlet,
    published: doc.published.date,
    publishedLabel: formatDay(doc.published.date, lang)
  }));
}

export interface DocumentPage {
  story: { id: string; title: string };
  document: {
    id: string;
    /** Its headline, else "Dépêche AFP du 5 septembre 2023". */
    name: string;
    title?: string;
    outlet: string;
    credit: string;
    /** The document's language tag, and its name in the story's language ("anglais"). */
    language: string;
    languageName: string;
    /** Its publication day, for <time datetime>, and as read: with its time and zone when known. */
    published: string;
    publishedLabel: string;
    url?: string;
    /** The address's host ("www.liberation.fr"), which the link shows. */
    host?: string;
    note?: string;
    sources: (Citation & { publishedLabel?: string })[];
  };
  /** The text's lang attribute, when the document's language is not the story's. */
  textLang?: string;
  paragraphs: ArticleParagraph[];
  /** Every document of the story, this one included, for the way to the others. */
  documents: DocumentRef[];
}

/** A document's page, or undefined when the story has no such document. */
export function toDocumentPage(
  story: Story,
  documentId: string,
  messages: Pick<Messages, 't'>
): DocumentPage | undefined {
  const doc = story.documents.find((d) => d.id === documentId);
  if (!doc) return undefined;
  const lang = interfaceLanguage(story.language);
  const { date, time, timeZone } = doc.published;
  const sameLanguage = doc.language.split('-')[0]!.toLowerCase() === story.language;
  return {
    story: { id: story.id, title: story.title },
    document: {
      id: doc.id,
      name: documentName({ ...doc, publishedLabel: formatDay(date, lang) }, messages.t),
      ...(doc.title && { title: doc.title }),
      outlet: doc.outlet,
      credit: doc.credit,
      language: doc.language,
      languageName:
        new Intl.DisplayNames([lang], { type: 'language' }).of(doc.language) ?? doc.language,
      published: date,
      publishedLabel:
        time && timeZone
          ? formatEventDate({ start: date, end: date, precision: 'time', time, timeZone }, lang)
          : formatDay(date, lang),
      ...(doc.url && { url: doc.url, host: new URL(doc.url).hostname }),
      ...(doc.note && { note: doc.note }),
      sources: (doc.sources ?? []).map((c) => ({
        ...c,
        ...(c.published && { publishedLabel: formatShortDay(c.published, lang) })
      }))
    },
    ...(!sameLanguage && { textLang: doc.language }),
    paragraphs: toArticleView(story, doc.id),
    documents: documentRefs(story)
  };
}
