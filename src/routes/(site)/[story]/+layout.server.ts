import { loadStoryLayout } from '$lib/server/loaders';
import type { LayoutServerLoad } from './$types';

export const load = (({ params }) => loadStoryLayout(params.story)) satisfies LayoutServerLoad;
