/**
 * `npm run import -- <file.json|file.csv> [--id <slug>] [--out <dir>] [--lang fr|en]
 * [--time-zone <IANA zone>] [--force]`: imports a TimelineJS timeline as a story folder.
 *
 * The importer is TypeScript (src/lib/timelinejs/cli.ts), shared with the site's validator; Node
 * 20 cannot run it as it is, so Vite's module runner (`runnerImport`, already a dependency)
 * loads it, transformed, without a build step or a new dependency.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const cli = fileURLToPath(new URL('../src/lib/timelinejs/cli.ts', import.meta.url));
// No config file: the site's (SvelteKit's plugins) is not needed to run plain TypeScript.
const { module } = await runnerImport(cli, { configFile: false, logLevel: 'silent' });
process.exitCode = module.runImport(process.argv.slice(2), console);
