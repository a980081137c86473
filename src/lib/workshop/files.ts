/**
 * The workshop's files: a draft story's folder as the build reads it (story.json and the
 * article), and read back to go on with a draft (check.ts checks them as the build does). The article is bytes: a file opened in the workshop is given back as it was
 * read, byte for byte; pasted text is written as UTF-8. Pure: no DOM (the page makes the Blobs).
 */
import type { StoryFile } from '../story/schema.ts';

export type ArticleLanguage = 'fr' | 'en';

/** The article's file name beside story.json, as `npm run draft` names a pasted dispatch. */
export const articleFileName = (lang: ArticleLanguage): string => `article.${lang}.txt`;

/** story.json as `npm run draft` writes it: two-space indents and a final line end. */
export const storyJson = (story: StoryFile): string => `${JSON.stringify(story, null, 2)}\n`;

/**
 * An article's bytes as the build reads them (Node's UTF-8, a byte-order mark kept as U+FEFF),
 * or why they cannot be: bytes that are not UTF-8 would be read with replacement characters,
 * and quotes would not be at their offsets.
 */
export function readArticle(bytes: Uint8Array): { text: string } | { error: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { error: 'not-utf8' };
  }
}

/** The bytes of an article typed or pasted: its UTF-8. */
export const articleBytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What reopening a draft gives back: the story, and its one article's settings. */
export interface Reopened {
  story: StoryFile;
  fileName: string;
  published: string;
  outlet: string;
  lang: ArticleLanguage;
}

/** Why a story.json cannot be reopened in the workshop, as a message key and a detail. */
export type ReopenError =
  { error: 'json'; detail: string } | { error: 'shape' } | { error: 'documents'; detail: string };

/**
 * A draft's story.json read back: it must be JSON with one document (the workshop edits a story
 * of one article). Whether it is valid is for the validator, once the article is beside it.
 */
export function reopenStory(json: string): Reopened | ReopenError {
  let story: unknown;
  try {
    story = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { error: 'json', detail: (error as Error).message };
  }
  const s = story as Partial<StoryFile> | null;
  if (
    !s ||
    typeof s !== 'object' ||
    !Array.isArray(s.documents) ||
    !Array.isArray(s.events) ||
    !Array.isArray(s.actors)
  )
    return { error: 'shape' };
  if (s.documents.length !== 1) return { error: 'documents', detail: String(s.documents.length) };
  const doc = s.documents[0]!;
  const lang: ArticleLanguage = doc.language === 'en' ? 'en' : 'fr';
  return {
    story: s as StoryFile,
    fileName: String(doc.file),
    published: String(doc.published?.date ?? ''),
    outlet: String(doc.outlet ?? ''),
    lang
  };
}
