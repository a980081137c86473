/**
 * The date expressions of an article as the workshop lists and highlights them: the drafting
 * engine's (src/lib/draft/dates.ts, with chrono-node), at the article's own offsets. Imported
 * when an article is first drafted, with the engine.
 */
import { composedView } from '../draft/draft.ts';
import { findDateExpressions, type FoundDate } from '../draft/dates.ts';
import type { CalendarDate } from '../story/calendar-date.ts';
import type { ArticleLanguage } from './files.ts';

/** The date expressions of an article, at the article's own offsets (as draft.ts reads them). */
export function findDates(
  text: string,
  published: CalendarDate,
  lang: ArticleLanguage
): FoundDate[] {
  const view = composedView(text);
  return findDateExpressions(view.text, published, lang).map((d) => {
    const at = view.original(d.start, d.end);
    return { ...d, ...at, text: text.slice(at.start, at.end) };
  });
}
