import { siteOrigin } from '$lib/server/site';
import type { LayoutServerLoad } from './$types';

export const load = (() => ({ origin: siteOrigin() })) satisfies LayoutServerLoad;
