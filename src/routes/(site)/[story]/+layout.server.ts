import { loadStoryLayout } from '$lib/server/routes';
import type { LayoutServerLoad } from './$types';

export const load = (({ params }) => loadStoryLayout(params.story)) satisfies LayoutServerLoad;
