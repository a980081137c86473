import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from '@playwright/test';
import { builtPages } from './story-data';

/**
 * Every built page passes html-validate's recommended rules (.htmlvalidate.json; the rules
 * turned off are listed, with why, in the README's "Security and correctness").
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());
const fileOf = (page: string) =>
  page === '/404.html' ? 'build/404.html' : `build${page}index.html`;

test('every built page is valid HTML, with one h1, a lang, a title and landmarks', async () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const report = await validator.validateFile(fileOf(page));
    for (const result of report.results)
      for (const m of result.messages)
        problems.push(`${page}: ${m.ruleId}: ${m.message} (${m.selector})`);
    const html = readFileSync(fileOf(page), 'utf8');
    const h1s = html.match(/<h1[\s>]/g) ?? [];
    if (h1s.length !== 1) problems.push(`${page}: ${h1s.length} <h1>`);
    if (!/<html lang="(fr|en)">/.test(html)) problems.push(`${page}: no lang`);
    if (!/<title>[^<]+<\/title>/.test(html)) problems.push(`${page}: no title`);
    if (!/<main[\s>]/.test(html)) problems.push(`${page}: no <main>`);
  }
  expect(problems).toEqual([]);
  expect(builtPages().length).toBeGreaterThan(20);
});
