/**
 * The source article as the article page shows it: its paragraphs exactly as published (the
 * repeated paragraph and the stray credit included), each quotation marked and tied to its
 * event, each date expression marked with the date it resolves to. Built at build time.
 */
import { interfaceLanguage } from '../i18n/messages.ts';
import { formatEventDate } from './format.ts';
import { documentById } from './documents.ts';
import type { Story } from './types.ts';

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
