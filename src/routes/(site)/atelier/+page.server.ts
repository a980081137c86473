import { WORKSHOP_CATALOGUE } from '$lib/i18n/workshop';
import type { PageServerLoad } from './$types';

/** The workshop's words travel with its page only, not with every page's catalogue. */
export const load = (() => ({ words: WORKSHOP_CATALOGUE })) satisfies PageServerLoad;
