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

/** The built pages by story (a story's pages with its embed's; the site's own pages apart). */
function pagesByStory(): Map<string, string[]> {
  const byStory = new Map<string, string[]>();
  for (const page of builtPages()) {
    const story = page.replace(/^\/embed\//, '/').split('/')[1];
    const key = page === '/404.html' || !story ? 'the site' : story;
    byStory.set(key, [...(byStory.get(key) ?? []), page]);
  }
  return byStory;
}

test('the site has its pages built', () => {
  expect(builtPages().length).toBeGreaterThan(20);
});

// A test per story: they run side by side, each in its own time.
for (const [story, pages] of pagesByStory()) {
  test(`every page of ${story} is valid HTML, with one h1, a lang, a title and landmarks`, async () => {
    const problems: string[] = [];
    for (const page of pages) {
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
  });
}
