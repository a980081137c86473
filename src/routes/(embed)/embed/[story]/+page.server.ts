import { storyEntries } from '$lib/server/routes';
import type { EntryGenerator } from './$types';

export const entries = storyEntries satisfies EntryGenerator;
