import { describe, expect, it } from 'vitest';
import { embedEventHref, embedLinks, eventHref, siteLinks } from './paths.ts';

describe('a story’s links', () => {
  it('give each event the same address as its route', () => {
    for (const slug of ['visite-de-choigou-en-coree-du-nord', 'evenement-00001', 'a']) {
      expect(siteLinks('un-recit').event(slug)).toBe(eventHref('un-recit', slug));
      expect(embedLinks('un-recit').event(slug)).toBe(embedEventHref('un-recit', slug));
    }
    expect(siteLinks('un-recit').event('a')).toBe('/un-recit/a/');
    expect(embedLinks('un-recit').event('a')).toBe('/embed/un-recit/a/');
  });
});
