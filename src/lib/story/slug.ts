import { laneIdOf } from './lanes.ts';

/** A slug stays an address one can read and type. */
export const SLUG_LENGTH = 80;

/**
 * A slug made from words, as the importer, the drafting engine and the workshop make them:
 * "Ada Lovelace" → "ada-lovelace"; at most SLUG_LENGTH characters, cut at a hyphen when one
 * falls in its second half (whole words), else at the length.
 */
export function slugOf(text: string): string {
  const slug = laneIdOf(text);
  if (slug.length <= SLUG_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_LENGTH);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > SLUG_LENGTH / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}
