import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyContent } from './src/lib/server/story-content-plugin.ts';

export default defineConfig({
  // The story check stops a build or the dev server on a broken story. Not under Vitest: the
  // pure tests do not read the stories, and one broken story must not stop all of them.
  plugins: [...(process.env.VITEST ? [] : [storyContent()]), sveltekit()],
  test: {
    include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
    environment: 'node'
  }
});
