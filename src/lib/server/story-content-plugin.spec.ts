import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_STORIES, writeBrokenStories } from './broken-stories.ts';
import { storyContent } from './story-content-plugin.ts';

type BuildStart = (this: unknown) => void;

function runBuildStart(root: string): string | undefined {
  const plugin = storyContent([root]);
  const context = {
    meta: { watchMode: false },
    error(message: string): never {
      throw new Error(message);
    }
  };
  try {
    (plugin.buildStart as BuildStart).call(context);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the build stops on a broken story', () => {
  it('lets the seed content through, and the hostile test story', () => {
    expect(runBuildStart(path.resolve('content/stories'))).toBeUndefined();
    expect(runBuildStart(path.resolve('tests/fixtures/stories'))).toBeUndefined();
  });

  it('fails with every problem, each naming its file and path', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'broken-stories-'));
    try {
      writeBrokenStories(root, BROKEN_STORIES);
      const file = (name: string) =>
        path.relative(process.cwd(), path.join(root, name, 'story.json'));
      const message = runBuildStart(root);
      expect(message).toContain(
        `${file('quote-not-in-article')}: events[0].quotes[0].text: not found in article.fr.txt`
      );
      expect(message).toContain(
        `${file('duplicate-slug')}: events[1].slug: duplicate slug "le-ministre-annonce" (also events[0])`
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
