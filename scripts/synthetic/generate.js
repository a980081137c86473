/**
 * `npm run synthetic -- <events> [seed] [out-dir] [--lang fr|en]`: writes a seeded synthetic
 * story (see generate.ts).
 *
 * The generator is TypeScript, on the story's own calendar code (src/lib/story/calendar-date.ts);
 * Node 20 cannot run it as it is, so Vite's module runner (`runnerImport`, already a dependency)
 * loads it, transformed, without a build step, as scripts/import.js loads the importer.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const generator = fileURLToPath(new URL('./generate.ts', import.meta.url));
// No config file: the site's (SvelteKit's plugins) is not needed to run plain TypeScript.
const { module } = await runnerImport(generator, { configFile: false, logLevel: 'silent' });
process.exitCode = module.runGenerate(process.argv.slice(2), console);
