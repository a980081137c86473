/**
 * The timeline's rows. A story may list its lanes; without them, each country or institution the
 * actors represent makes one, in the actors' order, its id made from the name ("États-Unis" →
 * "etats-unis"). Pure: the validator checks what these derive, it does not derive them itself.
 */
import type { Actor, Lane } from './types.ts';

/** The id of the lane made for what actors represent: "États-Unis" → "etats-unis". */
export const laneIdOf = (represents: string): string =>
  represents
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The story's lanes: those it lists, or one per distinct `represents`, in the actors' order. */
export function lanesOf(actors: readonly Pick<Actor, 'represents'>[], listed?: Lane[]): Lane[] {
  if (listed) return listed;
  const represented = [...new Set(actors.map((a) => a.represents))];
  return represented.map((represents) => ({
    id: laneIdOf(represents),
    label: represents,
    represents: [represents]
  }));
}

/** The lane that stands for what an actor represents, or undefined when none does. */
export const laneOfActor = (lanes: readonly Lane[], actor: Pick<Actor, 'represents'>) =>
  lanes.find((lane) => lane.represents.includes(actor.represents));

/** Where two lanes would share one id, as [index, index of the first with that id]. */
export function duplicateIds(ids: readonly string[]): [at: number, first: number][] {
  const first = new Map<string, number>();
  const duplicates: [number, number][] = [];
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else duplicates.push([i, earlier]);
  });
  return duplicates;
}
