/**
 * A Vite plugin that validates every story before the build starts, so that a broken story
 * file stops `vite build` at once with every problem listed (file: path: problem), and that
 * reloads the dev server's pages when a story file changes.
 */
import type { Plugin } from 'vite';
import { loadStories, storyRoots, StoryContentError } from './stories.ts';

export function storyContent(roots: string[] = storyRoots()): Plugin {
  return {
    name: 'story-content',
    buildStart() {
      if (this.meta.watchMode) return; // the dev server shows the errors on the page instead (hooks.server.ts)
      try {
        loadStories(roots);
      } catch (error) {
        if (error instanceof StoryContentError) this.error(error.message);
        throw error;
      }
    },
    configureServer(server) {
      server.watcher.add(roots);
      server.watcher.on('change', (file) => {
        if (roots.some((root) => file.startsWith(root))) server.ws.send({ type: 'full-reload' });
      });
    }
  };
}
