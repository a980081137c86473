import { describe, expect, it } from 'vitest';
import { readViewOptions, toggleLane, viewSearch, type ViewOptions } from './view-options.ts';

const LANES = ['washington', 'moscou', 'pyongyang', 'presse'];

describe('readViewOptions', () => {
  const rows: { name: string; search: string; expected: ViewOptions }[] = [
    { name: 'nothing: the defaults', search: '', expected: { linear: false, query: '' } },
    {
      name: 'the linear scale',
      search: '?echelle=lineaire',
      expected: { linear: true, query: '' }
    },
    {
      name: 'another scale is ignored',
      search: '?echelle=log',
      expected: { linear: false, query: '' }
    },
    {
      name: 'a search, decoded',
      search: '?q=Cho%C3%AFgou%20Kim',
      expected: { linear: false, query: 'Choïgou Kim' }
    },
    {
      name: 'a search with + for spaces',
      search: '?q=kim+jong',
      expected: { linear: false, query: 'kim jong' }
    },
    {
      name: 'lanes, in the story order whatever the address order',
      search: '?voies=presse,moscou',
      expected: { linear: false, query: '', lanes: ['moscou', 'presse'] }
    },
    {
      name: 'unknown lanes are dropped',
      search: '?voies=moscou,paris',
      expected: { linear: false, query: '', lanes: ['moscou'] }
    },
    {
      name: 'no lane at all',
      search: '?voies=',
      expected: { linear: false, query: '', lanes: [] }
    },
    {
      name: 'every lane listed is the default',
      search: '?voies=washington,moscou,pyongyang,presse',
      expected: { linear: false, query: '' }
    },
    {
      name: 'all three',
      search: '?voies=pyongyang&q=d%C3%A9fil%C3%A9&echelle=lineaire',
      expected: { linear: true, query: 'défilé', lanes: ['pyongyang'] }
    }
  ];
  for (const { name, search, expected } of rows)
    it(name, () => expect(readViewOptions(new URLSearchParams(search), LANES)).toEqual(expected));

  it('cuts a query too long for an address', () => {
    const long = 'a'.repeat(1000);
    expect(readViewOptions(new URLSearchParams(`?q=${long}`), LANES).query).toHaveLength(200);
  });
});

describe('viewSearch', () => {
  const rows: { options: ViewOptions; expected: string }[] = [
    { options: { linear: false, query: '' }, expected: '' },
    { options: { linear: true, query: '' }, expected: '?echelle=lineaire' },
    { options: { linear: false, query: '   ' }, expected: '' },
    { options: { linear: false, query: 'Choïgou & co' }, expected: '?q=Cho%C3%AFgou%20%26%20co' },
    { options: { linear: false, query: '', lanes: [] }, expected: '?voies=' },
    {
      options: { linear: true, query: 'kim', lanes: ['moscou', 'presse'] },
      expected: '?echelle=lineaire&q=kim&voies=moscou,presse'
    }
  ];
  for (const { options, expected } of rows)
    it(`${JSON.stringify(options)} → "${expected}"`, () =>
      expect(viewSearch(options)).toBe(expected));

  it('round-trips through the address', () => {
    const options: ViewOptions = { linear: true, query: 'l’image « tout »', lanes: ['presse'] };
    const back = readViewOptions(new URLSearchParams(viewSearch(options)), LANES);
    expect(back).toEqual(options);
  });
});

describe('toggleLane', () => {
  it('hides a lane, then shows it again: back to the default address', () => {
    const hidden = toggleLane({ linear: false, query: '' }, 'moscou', LANES);
    expect(hidden.lanes).toEqual(['washington', 'pyongyang', 'presse']);
    expect(toggleLane(hidden, 'moscou', LANES)).toEqual({ linear: false, query: '' });
  });

  it('keeps the other options', () => {
    const options: ViewOptions = { linear: true, query: 'kim', lanes: ['moscou'] };
    expect(toggleLane(options, 'moscou', LANES)).toEqual({ linear: true, query: 'kim', lanes: [] });
  });
});
