import { describe, expect, it } from 'vitest';
import { findQuotations } from './quotations.ts';

describe('findQuotations', () => {
  it('finds guillemets and double quotes, without the marks', () => {
    const text = 'Il a dit «oui» puis "non" et “peut-être”.';
    expect(findQuotations(text)).toEqual([
      { start: 10, end: 13, text: 'oui' },
      { start: 21, end: 24, text: 'non' },
      { start: 30, end: 39, text: 'peut-être' }
    ]);
  });

  it('leaves out the spaces inside French guillemets', () => {
    const text = 'Il a dit « oui\u00a0» hier.';
    const [q] = findQuotations(text);
    expect(q).toEqual({ start: 11, end: 14, text: 'oui' });
    expect(text.slice(q!.start, q!.end)).toBe('oui');
  });

  it('ignores empty marks and finds nothing in plain text', () => {
    expect(findQuotations('«» et "" et rien')).toEqual([]);
    expect(findQuotations('Aucune citation.')).toEqual([]);
  });
});
