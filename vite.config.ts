import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyContent } from './src/lib/server/story-content-plugin.ts';

export default defineConfig({
  // Not for Vitest: one broken story would stop every pure test at start-up (the stories' own
  // tests report it instead).
  plugins: [...(process.env.VITEST ? [] : [storyContent()]), sveltekit()],
  test: {
    include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
    environment: 'node'
  }
});
