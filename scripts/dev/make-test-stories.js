/**
 * `node scripts/dev/make-test-stories.js`: writes the test-only stories that are made by code
 * rather than edited by hand, histoire-piegee (hostile text) and histoire-illustree (documents,
 * images, evidence), from their makers beside this file. Run it after changing a maker;
 * test-stories.spec.ts fails while a folder and its maker disagree.
 *
 * The makers are TypeScript; Node 20 cannot run them as they are, so Vite's module runner
 * (`runnerImport`, already a dependency) loads them, as scripts/import.js loads the importer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAKERS = ['make-hostile-story.ts', 'make-illustrated-story.ts'];

for (const maker of MAKERS) {
  const file = fileURLToPath(new URL(maker, import.meta.url));
  // No config file: the site's (SvelteKit's plugins) is not needed to run plain TypeScript.
  const { module } = await runnerImport(file, { configFile: false, logLevel: 'silent' });
  const folder = path.join(ROOT, module.FOLDER);
  for (const [name, content] of Object.entries(module.files())) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), content);
  }
  console.log(`${module.FOLDER}: ${Object.keys(module.files()).join(', ')}`);
}
