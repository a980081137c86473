import { describe, expect, it } from 'vitest';
import { cachedWidth, canvasTextWidth } from './text-width.ts';

describe('cachedWidth', () => {
  it('measures each text once', () => {
    const measured: string[] = [];
    const width = cachedWidth((t) => (measured.push(t), t.length * 7));
    expect([width('Kim'), width('Kim'), width('Choïgou')]).toEqual([21, 21, 49]);
    expect(measured).toEqual(['Kim', 'Choïgou']);
  });

  it('has no canvas at build time: the layout counts characters', () => {
    expect(canvasTextWidth('12px sans-serif')).toBeUndefined();
  });
});
