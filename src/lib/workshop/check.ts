/**
 * A draft story checked as the build checks it (src/lib/story/validate.ts), with its article
 * beside it: what the workshop's preview draws and what "Télécharger" demands. Imported when
 * an article is first drafted, so that the page shows before the validator arrives.
 */
import type { StoryFile } from '../story/schema.ts';
import { textsContext, validateStory, type ValidationResult } from '../story/validate.ts';

export const checkStory = (story: StoryFile, fileName: string, text: string): ValidationResult =>
  validateStory(story, textsContext({ [fileName]: text }));
