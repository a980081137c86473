/**
 * A Vite plugin that validates every story before the build starts, so that a broken story
 * file stops `vite build` at once with every problem listed (file: path: problem), and that
 * reloads the dev server's pages when a story file changes.
 */
import type { Plugin } from 'vite';
import { loadStories, STORIES_DIR, StoryContentError } from './stories.ts';

export function storyContent(root: string = STORIES_DIR): Plugin {
  return {
    name: 'story-content',
    buildStart() {
      if (this.meta.watchMode) return; // the dev server shows the errors on the page instead (hooks.server.ts)
      try {
        loadStories(root);
      } catch (error) {
        if (error instanceof StoryContentError) this.error(error.message);
        throw error;
      }
    },
    configureServer(server) {
      server.watcher.add(root);
      server.watcher.on('change', (file) => {
        if (file.startsWith(root)) server.ws.send({ type: 'full-reload' });
      });
    }
  };
}
