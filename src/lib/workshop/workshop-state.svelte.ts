/**
 * The workshop's state on screen (/atelier/): the article and its settings, the draft story the
 * editor is working on, and the build's verdict on it, kept up to date with every edit. The
 * drafting engine and its date finder (chrono-node) are imported when first asked for, so that
 * the page shows before they arrive; so is the build's validator (check.ts). The edits themselves
 * are workshop.ts's.
 */
import { getContext, setContext } from 'svelte';
import type { FoundDate } from '../draft/dates.ts';
import type { StoryFile } from '../story/schema.ts';
import type { ValidationResult } from '../story/validate.ts';
import {
  articleBytes,
  articleFileName,
  readArticle,
  reopenStory,
  type ArticleLanguage
} from './files.ts';
import { WorkshopError } from './workshop.ts';

/** Where the article comes from: typed or pasted, or a file read byte for byte. */
export type ArticleSource =
  { kind: 'pasted' } | { kind: 'file'; name: string; bytes: Uint8Array; text: string };

/** Something the editor must be told, by message key, with its detail. */
export interface Problem {
  key: string;
  detail?: string;
}

export class WorkshopState {
  /** The textarea's text (a browser gives pasted line ends as LF: see `source`). */
  pasted = $state('');
  source: ArticleSource = $state.raw({ kind: 'pasted' });
  published = $state('');
  outlet = $state('');
  lang: ArticleLanguage = $state('fr');
  id = $state('');

  /** The article the story was drafted from, and its file name beside story.json. */
  text = $state('');
  fileName = $state('article.fr.txt');
  /** The article's bytes as they will be downloaded. */
  bytes: Uint8Array = $state.raw(new Uint8Array());
  story: StoryFile | null = $state.raw(null);
  /** The date expressions the engine found, with how it read each. */
  dates: FoundDate[] = $state.raw([]);
  problem: Problem | null = $state.raw(null);
  busy = $state(false);

  /** The build's validator, once loaded (with the engine). */
  #check: typeof import('./check.ts').checkStory | null = $state.raw(null);
  /** The build's verdict on the story as it is now, with its article beside it. */
  validation: ValidationResult | null = $derived(
    this.story && this.#check ? this.#check(this.story, this.fileName, this.text) : null
  );

  /** The engine, its date finder and the validator, loaded once, when first needed. */
  async #load() {
    const [draft, highlights, check] = await Promise.all([
      import('../draft/draft.ts'),
      import('./highlights.ts'),
      import('./check.ts')
    ]);
    this.#check = check.checkStory;
    return { draftStory: draft.draftStory, findDates: highlights.findDates };
  }

  /** The article as it will be drafted: a file's own text, or what was pasted. */
  get article(): string {
    return this.source.kind === 'file' ? this.source.text : this.pasted;
  }

  /** Reads an article from a file's bytes; refuses what is not UTF-8. */
  openArticle(name: string, bytes: Uint8Array) {
    const read = readArticle(bytes);
    if ('error' in read) {
      this.problem = { key: 'workshop.problem.notUtf8', detail: name };
      return;
    }
    this.problem = null;
    this.source = { kind: 'file', name, bytes, text: read.text };
  }

  /** Back to the textarea. */
  usePasted() {
    this.source = { kind: 'pasted' };
  }

  /** Why the form cannot be drafted, or null. */
  formProblem(): Problem | null {
    if (this.article.trim() === '') return { key: 'workshop.problem.noText' };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.published)) return { key: 'workshop.problem.noDate' };
    if (this.outlet.trim() === '') return { key: 'workshop.problem.noOutlet' };
    if (this.id && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(this.id))
      return { key: 'workshop.problem.badId', detail: this.id };
    return null;
  }

  /** Runs the drafting engine on the article, in the browser. */
  async prepare() {
    this.problem = this.formProblem();
    if (this.problem) return;
    this.busy = true;
    try {
      const { draftStory, findDates } = await this.#load();
      const text = this.article;
      const fileName = articleFileName(this.lang);
      const { story } = draftStory({
        text,
        fileName,
        published: this.published,
        outlet: this.outlet.trim(),
        lang: this.lang,
        ...(this.id && { id: this.id })
      });
      this.text = text;
      this.fileName = fileName;
      this.bytes = this.source.kind === 'file' ? this.source.bytes : articleBytes(text);
      this.dates = findDates(text, this.published, this.lang);
      this.story = story;
    } catch (error) {
      this.problem = { key: 'workshop.problem.engine', detail: (error as Error).message };
    } finally {
      this.busy = false;
    }
  }

  /** Goes on with a downloaded draft: its story.json and its article's bytes. */
  async reopen(json: string, articleName: string, articleBytesRead: Uint8Array) {
    const reopened = reopenStory(json);
    if ('error' in reopened) {
      this.problem = {
        key: `workshop.problem.reopen.${reopened.error}`,
        detail: 'detail' in reopened ? reopened.detail : undefined
      };
      return;
    }
    const read = readArticle(articleBytesRead);
    if ('error' in read) {
      this.problem = { key: 'workshop.problem.notUtf8', detail: articleName };
      return;
    }
    this.problem = null;
    const { findDates } = await this.#load();
    this.source = { kind: 'file', name: articleName, bytes: articleBytesRead, text: read.text };
    this.published = reopened.published;
    this.outlet = reopened.outlet;
    this.lang = reopened.lang;
    this.id = reopened.story.id ?? '';
    this.text = read.text;
    this.fileName = reopened.fileName;
    this.bytes = articleBytesRead;
    this.dates = /^\d{4}-\d{2}-\d{2}$/.test(reopened.published)
      ? findDates(read.text, reopened.published, reopened.lang)
      : [];
    this.story = reopened.story;
  }

  /** Applies an edit of workshop.ts; one it refuses is said, and changes nothing. */
  apply(edit: (story: StoryFile) => StoryFile) {
    if (!this.story) return;
    try {
      this.story = edit(this.story);
      this.problem = null;
    } catch (error) {
      if (!(error instanceof WorkshopError)) throw error;
      this.problem = { key: `workshop.refused.${error.code}`, detail: error.message };
    }
  }
}

const KEY = Symbol('workshop');
export const setWorkshop = (state: WorkshopState): WorkshopState => setContext(KEY, state);
export const getWorkshop = (): WorkshopState => getContext(KEY);
