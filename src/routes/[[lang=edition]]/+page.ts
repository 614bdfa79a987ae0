import { editionEntries, langOf } from '$lib/i18n/editions';
import type { EntryGenerator, PageLoad } from './$types';

// The story is prerendered HTML with one small script of its own (see +page.svelte): no Svelte
// runtime, no hydration.
export const csr = false;
// An edition is a folder (`/ru/`), so its relative links and its address read as one.
export const trailingSlash = 'always';

/** English at the root, and each edition. */
export const entries: EntryGenerator = editionEntries;

export const load: PageLoad = ({ params }) => ({ lang: langOf(params) });
