import { describe, expect, it } from 'vitest';
import { DEFAULT_ORIGIN, siteOrigin } from './site.ts';

describe('siteOrigin', () => {
  it.each([
    { value: undefined, expected: DEFAULT_ORIGIN },
    { value: '', expected: DEFAULT_ORIGIN },
    { value: 'https://chronologie.example.org', expected: 'https://chronologie.example.org' },
    { value: 'https://chronologie.example.org/', expected: 'https://chronologie.example.org' }
  ])('$value → $expected', ({ value, expected }) => {
    expect(siteOrigin(value)).toBe(expected);
  });

  it.each([
    { value: 'chronologie.example.org', problem: /is not a URL/ },
    { value: 'ftp://example.org', problem: /must be an http\(s\) URL/ },
    { value: 'https://example.org/timeline', problem: /origin only; put a sub-folder in BASE_PATH/ }
  ])('refuses $value clearly', ({ value, problem }) => {
    expect(() => siteOrigin(value)).toThrow(problem);
  });
});
