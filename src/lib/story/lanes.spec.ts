import { describe, expect, it } from 'vitest';
import { duplicateIds, laneIdOf, laneOfActor, lanesOf } from './lanes.ts';

describe('lanes', () => {
  it.each([
    ['États-Unis', 'etats-unis'],
    ['Corée du Nord', 'coree-du-nord'],
    ['  La presse ! ', 'la-presse'],
    ['FRANCE', 'france']
  ])('makes the lane id of %j: %j', (represents, id) => {
    expect(laneIdOf(represents)).toBe(id);
  });

  it('makes one lane per thing represented, in the order actors first name it', () => {
    const actors = [
      { represents: 'Russie' },
      { represents: 'États-Unis' },
      { represents: 'Russie' }
    ];
    expect(lanesOf(actors)).toEqual([
      { id: 'russie', label: 'Russie', represents: ['Russie'] },
      { id: 'etats-unis', label: 'États-Unis', represents: ['États-Unis'] }
    ]);
  });

  it('keeps the lanes a story lists, and finds the one of each actor', () => {
    const listed = [{ id: 'ouest', label: 'Ouest', represents: ['France', 'États-Unis'] }];
    const lanes = lanesOf([{ represents: 'France' }], listed);
    expect(lanes).toBe(listed);
    expect(laneOfActor(lanes, { represents: 'États-Unis' })?.id).toBe('ouest');
    expect(laneOfActor(lanes, { represents: 'Italie' })).toBeUndefined();
  });

  it('points at each repeated id and at its first', () => {
    expect(duplicateIds(['a', 'b', 'a', 'c', 'b', 'a'])).toEqual([
      [2, 0],
      [4, 1],
      [5, 0]
    ]);
    expect(duplicateIds(['a', 'b'])).toEqual([]);
  });
});
