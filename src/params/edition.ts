import type { ParamMatcher } from '@sveltejs/kit';

/** An edition's path prefix (`/ru/`, `/ar/`); English lives at the root. */
export const match = ((param: string): param is 'ru' | 'ar' => param === 'ru' || param === 'ar') satisfies ParamMatcher;
