import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { storyJsonSchema } from './json-schema.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(storyJsonSchema());
const seed = JSON.parse(
  readFileSync(path.resolve('content/stories/coree-du-nord-russie-armes/story.json'), 'utf8')
) as Record<string, unknown>;
/** The seed story file with the field at `where` set to `value`, or removed (undefined). */
function changed(where: (string | number)[], value: unknown) {
  const copy = structuredClone(seed);
  const key = where.at(-1)!;
  const parent = where
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>(
      (node, k) => node[k] as Record<string | number, unknown>,
      copy
    );
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return copy;
}
const problems = (story: unknown) =>
  validate(story) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('the JSON Schema of a story file', () => {
  it('accepts the seed story file', () => {
    expect(problems(seed)).toEqual([]);
  });

  it('accepts a story file without documents or actors, with the fields of an import', () => {
    const imported: unknown = JSON.parse(
      readFileSync(
        path.resolve('src/lib/server/fixtures/stories/valid-without-documents/story.json'),
        'utf8'
      )
    );
    expect(problems(imported)).toEqual([]);
  });

  it.each([
    ['a story without documents', ['documents'], undefined, '', 'documents'],
    [
      'a passage without its document',
      ['events', 0, 'passages', 0, 'document'],
      undefined,
      '/events/0/passages/0',
      'document'
    ],
    [
      'a date that is not YYYY-MM-DD',
      ['events', 1, 'date', 'start'],
      '27 juillet 2023',
      '/events/1/date/start',
      'pattern'
    ],
    [
      'an unknown precision',
      ['events', 1, 'date', 'precision'],
      'week',
      '/events/1/date/precision',
      'allowed values'
    ],
    ['an unknown field', ['article'], 'article.fr.txt', '', 'additional properties'],
    [
      'a link that is not https',
      ['documents', 1, 'url'],
      'http://www.liberation.fr/',
      '/documents/1/url',
      'pattern'
    ]
  ] as const)('rejects %s', (_name, where, value, at, words) => {
    const found = problems(changed([...where], value));
    expect(
      found.some((p) => p.startsWith(`${at} `) && p.includes(words)),
      found.join('\n')
    ).toBe(true);
  });
});
