/**
 * `npm run draft -- <article.txt> --published YYYY-MM-DD --outlet <name> [--lang fr|en]
 * [--id <slug>] [--out <dir>] [--into <story folder>] [--report <file.json>] [--force]`: drafts
 * a story from an article (see README, "Drafting a story from an article").
 *
 * The engine is TypeScript (src/lib/draft/), shared with the workshop; as scripts/import.js
 * does, Vite's module runner (`runnerImport`) loads it, transformed, without a build step.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const cli = fileURLToPath(new URL('../src/lib/draft/cli.ts', import.meta.url));
const { module } = await runnerImport(cli, { configFile: false, logLevel: 'silent' });
process.exitCode = module.runDraft(process.argv.slice(2), console);
