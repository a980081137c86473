/**
 * Where an old address of the story's one article (/<story>/article/#anchor) now leads: the
 * page of the document that holds the anchor, with the same anchor. The first document kept
 * the article's paragraph, quotation and date anchors; the interim page that showed every
 * document prefixed the others' paragraphs with their document's id ("#<document>-paragraphe-2").
 * No imports: the browser runs it, to keep the fragment that a meta refresh would lose.
 */
export interface MovedDocument {
  id: string;
  /** The ids of the quotations the document holds. */
  quotes: readonly string[];
}

export function movedTarget(
  hash: string,
  documents: readonly MovedDocument[]
): { document: string; hash: string } {
  const first = documents[0]!.id;
  const anchor = decodeURIComponent(hash.replace(/^#/, ''));
  if (!anchor) return { document: first, hash: '' };
  for (const doc of documents.slice(1)) {
    if (anchor.startsWith(`${doc.id}-`))
      return { document: doc.id, hash: `#${anchor.slice(doc.id.length + 1)}` };
  }
  const holder = documents.find((doc) => doc.quotes.includes(anchor));
  return { document: holder?.id ?? first, hash: `#${anchor}` };
}
