import { getContext, setContext } from 'svelte';
import type { Lang } from './editions';

/** The edition a page renders: set once by its route, read by the components that say words. */
const KEY = Symbol('edition');
export const setLang = (lang: Lang) => setContext(KEY, lang);
export const getLang = (): Lang => getContext<Lang>(KEY) ?? 'en';
