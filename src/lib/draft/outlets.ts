/**
 * The outlet a quotation came through, from the words of its sentence: "cité par l'agence
 * TASS", "interrogé par Ouest-France", "quoted by Reuters", "told the BBC".
 */
import type { DraftLanguage } from './sentences.ts';

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
