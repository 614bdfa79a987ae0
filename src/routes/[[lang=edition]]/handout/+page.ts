import { editionEntries, langOf } from '$lib/i18n/editions';
import type { EntryGenerator, PageLoad } from './$types';

// The handout is prerendered HTML with one small script of its own (see +page.svelte): no
// Svelte runtime, no hydration of its charts.
export const csr = false;

export const entries: EntryGenerator = editionEntries;

export const load: PageLoad = ({ params }) => ({ lang: langOf(params) });
