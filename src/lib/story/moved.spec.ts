import { describe, expect, it } from 'vitest';
import { movedTarget } from './moved.ts';

const documents = [
  { id: 'depeche', quotes: ['watson-a', 'peskov-b'] },
  { id: 'suite', quotes: ['kcna-c'] }
];

describe('an old address of the article', () => {
  it.each([
    ['', 'depeche', ''],
    ['#', 'depeche', ''],
    ['#paragraphe-3', 'depeche', '#paragraphe-3'],
    ['#peskov-b', 'depeche', '#peskov-b'],
    ['#date-120', 'depeche', '#date-120'],
    ['#kcna-c', 'suite', '#kcna-c'],
    ['#suite-paragraphe-2', 'suite', '#paragraphe-2'],
    ['#inconnu', 'depeche', '#inconnu']
  ])('%j leads to %s at %j', (hash, document, target) => {
    expect(movedTarget(hash, documents)).toEqual({ document, hash: target });
  });

  it('reads an escaped anchor as the page wrote it', () => {
    expect(movedTarget('#kcna%2Dc', documents)).toEqual({ document: 'suite', hash: '#kcna-c' });
  });
});
