import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleBytes, storyJson } from './files.ts';
import { WorkshopState } from './workshop-state.svelte.ts';
import { mergeEvents, splitEvent } from './workshop.ts';

const SEED = readFileSync('content/stories/coree-du-nord-russie-armes/article.fr.txt', 'utf8');

async function drafted(text = SEED): Promise<WorkshopState> {
  const state = new WorkshopState();
  state.pasted = text;
  state.published = '2023-09-05';
  state.outlet = 'AFP';
  await state.prepare();
  return state;
}

describe('the workshop’s state', () => {
  it.each([
    ['no text', { pasted: '  ' }, 'workshop.problem.noText'],
    ['no date', { published: '' }, 'workshop.problem.noDate'],
    ['no outlet', { outlet: ' ' }, 'workshop.problem.noOutlet'],
    ['an id that is no slug', { id: 'Mon Histoire' }, 'workshop.problem.badId']
  ])('says what the form lacks before drafting: %s', async (_, change, key) => {
    const state = new WorkshopState();
    Object.assign(state, { pasted: 'Texte.', published: '2023-09-05', outlet: 'AFP' }, change);
    await state.prepare();
    expect(state.problem?.key).toBe(key);
    expect(state.story).toBeNull();
  });

  it('drafts the article in the browser’s way: the story, its dates, the build’s verdict', async () => {
    const state = await drafted();
    expect(state.story!.events.length).toBeGreaterThan(1);
    expect(state.dates.map((d) => d.text)).toContain('fin juillet');
    expect(state.validation).toMatchObject({ ok: true });
    expect(state.fileName).toBe('article.fr.txt');
    expect(new TextDecoder().decode(state.bytes)).toBe(SEED);
  });

  it('follows each edit with the verdict, and says an edit refused without changing anything', async () => {
    const state = await drafted();
    const [a, b] = state.story!.events;
    state.apply((s) => mergeEvents(s, a!.slug, b!.slug));
    expect(state.story!.events.some((e) => e.slug === b!.slug)).toBe(false);
    expect(state.validation).toMatchObject({ ok: true });
    const before = state.story;
    state.apply((s) => splitEvent(s, a!.slug, []));
    expect(state.problem?.key).toBe('workshop.refused.split-side');
    expect(state.story).toBe(before);
  });

  it('keeps a file’s bytes, CR LF and all, and refuses bytes that are not UTF-8', async () => {
    const state = new WorkshopState();
    const crlf = SEED.replace(/\n/g, '\r\n');
    state.openArticle('d.txt', articleBytes(crlf));
    Object.assign(state, { published: '2023-09-05', outlet: 'AFP' });
    await state.prepare();
    expect(state.text).toBe(crlf);
    expect(state.validation).toMatchObject({ ok: true });
    state.openArticle('latin1.txt', new Uint8Array([0xe9]));
    expect(state.problem).toEqual({ key: 'workshop.problem.notUtf8', detail: 'latin1.txt' });
  });

  it('reopens a downloaded draft where it was left', async () => {
    const first = await drafted();
    const [a, b] = first.story!.events;
    first.apply((s) => mergeEvents(s, a!.slug, b!.slug));
    const again = new WorkshopState();
    await again.reopen(storyJson(first.story!), 'article.fr.txt', first.bytes);
    expect(again.story).toEqual(first.story);
    expect([again.published, again.outlet, again.lang]).toEqual(['2023-09-05', 'AFP', 'fr']);
    expect(again.validation).toMatchObject({ ok: true });
    await again.reopen('{', 'article.fr.txt', first.bytes);
    expect(again.problem?.key).toBe('workshop.problem.reopen.json');
  });
});
