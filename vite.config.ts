import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyContent } from './src/lib/server/story-content-plugin.ts';

export default defineConfig({
  plugins: [storyContent(), sveltekit()],
  test: {
    include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
    environment: 'node'
  }
});
