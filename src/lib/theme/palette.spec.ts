import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .svelte file under `dir`. */
function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(file);
    return entry.name.endsWith('.svelte') ? [file] : [];
  });
}

describe('the colours', () => {
  it('are all properties of src/app.css: no component names a colour of its own', () => {
    const named = svelteFiles('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
        .filter(({ line }) =>
          /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i.test(line)
        )
        .map(({ where, line }) => `${where}: ${line.trim()}`)
    );
    expect(named).toEqual([]);
  });
});
