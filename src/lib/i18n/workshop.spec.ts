import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeholders } from './messages.ts';
import { WORKSHOP_CATALOGUE, workshopWords } from './workshop.ts';

const { w } = workshopWords(WORKSHOP_CATALOGUE);

describe('the workshop’s words', () => {
  it('say counts the French way, with their plural forms', () => {
    expect(w('workshop.quotes.title', { count: 1 })).toBe('1 citation');
    expect(w('workshop.quotes.title', { count: 1200 })).toBe('1\u202f200 citations');
    expect(w('workshop.dates.title', { count: 0 })).toBe('Aucune expression de date');
  });

  it('give a plural message a count', () => {
    for (const [key, message] of Object.entries(WORKSHOP_CATALOGUE))
      if (typeof message !== 'string') expect(placeholders(message), key).toContain('count');
  });

  it('have every key the workshop’s components and state ask for', () => {
    const dirs = ['src/lib/components/workshop', 'src/routes/(site)/atelier', 'src/lib/workshop'];
    const asked = new Set<string>();
    for (const dir of dirs)
      for (const file of readdirSync(dir))
        for (const m of readFileSync(`${dir}/${file}`, 'utf8').matchAll(
          /w\('(workshop\.[\w.-]+)'/g
        ))
          asked.add(m[1]!);
    expect(asked.size).toBeGreaterThan(40);
    for (const key of asked) expect(Object.keys(WORKSHOP_CATALOGUE), key).toContain(key);
  });

  it('have a message for every refusal and every problem the state can raise', () => {
    const sources = readFileSync('src/lib/workshop/workshop.ts', 'utf8');
    const codes = [...sources.matchAll(/new WorkshopError\('([\w-]+)'/g)].map((m) => m[1]!);
    for (const code of codes)
      expect(Object.keys(WORKSHOP_CATALOGUE)).toContain(`workshop.refused.${code}`);
    const state = readFileSync('src/lib/workshop/workshop-state.svelte.ts', 'utf8');
    for (const m of state.matchAll(/key: '(workshop\.problem\.[\w.]+)'/g))
      expect(Object.keys(WORKSHOP_CATALOGUE)).toContain(m[1]!);
    for (const error of ['json', 'shape', 'documents'])
      expect(Object.keys(WORKSHOP_CATALOGUE)).toContain(`workshop.problem.reopen.${error}`);
  });
});
