import { editionEntries, langOf } from '$lib/i18n/editions';
import type { EntryGenerator, PageLoad } from './$types';

// Served by static hosts for any unknown path, at any depth: plain HTML, no client router. Each
// edition has its own (`/ru/404.html`), for hosts that serve the nearest 404.html up the path.
export const csr = false;

export const entries: EntryGenerator = editionEntries;

export const load: PageLoad = ({ params }) => ({ lang: langOf(params) });
