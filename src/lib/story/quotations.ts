/**
 * Finds the quotations of an article: text between « and », or between straight or curly
 * double quotes. Spans exclude the marks and the spaces French typography puts inside them.
 */
import type { Span } from './types.ts';

export interface Quotation extends Span {
  text: string;
}

const QUOTATION = /«([^«»]*)»|"([^"]*)"|“([^“”]*)”/g;
const INNER_SPACE = /^[\s\u00a0\u202f]*([\s\S]*?)[\s\u00a0\u202f]*$/;

export function findQuotations(article: string): Quotation[] {
  const found: Quotation[] = [];
  for (const match of article.matchAll(QUOTATION)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? '';
    const lead = inner.length - inner.trimStart().length;
    const text = INNER_SPACE.exec(inner)?.[1] ?? inner;
    if (!text) continue;
    const start = match.index + 1 + lead;
    found.push({ start, end: start + text.length, text });
  }
  return found;
}
