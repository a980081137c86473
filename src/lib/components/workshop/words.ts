/**
 * The workshop's words (src/lib/i18n/workshop.ts), shared by its components through one
 * context: the page receives them as data, so that no other page carries them.
 */
import { getContext, setContext } from 'svelte';
import { workshopWords, type WorkshopCatalogue, type WorkshopWords } from '$lib/i18n/workshop';

const KEY = Symbol('workshop-words');

export const setWorkshopWords = (catalogue: WorkshopCatalogue): WorkshopWords =>
  setContext(KEY, workshopWords(catalogue));
export const getWorkshopWords = (): WorkshopWords => getContext(KEY);
