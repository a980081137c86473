import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as hostile from './make-hostile-story.ts';
import * as illustrated from './make-illustrated-story.ts';

/** Every file below a folder, as paths inside it with "/". */
const filesIn = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    )
    .sort();

describe('the test-only stories made by code are what their makers make, byte for byte', () => {
  it.each([
    ['make-hostile-story.ts', hostile],
    ['make-illustrated-story.ts', illustrated]
  ] as const)('%s', (maker, { FOLDER, files }) => {
    const made = files();
    expect(filesIn(FOLDER)).toEqual(Object.keys(made).sort());
    for (const [name, content] of Object.entries(made))
      expect(
        readFileSync(path.join(FOLDER, name)).equals(Buffer.from(content)),
        `${FOLDER}/${name} is not what ${maker} makes: run node scripts/dev/make-test-stories.js`
      ).toBe(true);
  });

  it('makes the hostile quote ten thousand characters long', () => {
    const story = JSON.parse(hostile.files()['story.json'] as string) as {
      events: { quotes: { id: string; text: string; start: number; end: number }[] }[];
    };
    const long = story.events.flatMap((e) => e.quotes).find((q) => q.id === 'citation-longue')!;
    expect(long.text).toHaveLength(10_000);
    expect(long.end - long.start).toBe(10_000);
  });

  it('draws a real PNG: its signature, a 3 × 2 header', () => {
    const png = Buffer.from(illustrated.redPng(3, 2));
    expect(png.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3, 2]);
  });
});
