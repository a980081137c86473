/**
 * A source document's name, as a link or a heading says it: its headline, else its outlet and
 * day ("Dépêche AFP du 5 septembre 2023"). No imports: pages name documents in the browser too.
 */
import type { MessageKey, Params } from '../i18n/messages.ts';

export interface NameableDocument {
  title?: string;
  outlet: string;
  /** The publication day as the page writes it ("5 septembre 2023"). */
  publishedLabel: string;
}

export const documentName = (
  doc: NameableDocument,
  t: (key: MessageKey, params?: Params) => string
): string => doc.title ?? t('document.untitled', { outlet: doc.outlet, day: doc.publishedLabel });
