/**
 * The script of pages whose only interactive parts are source markers (the teacher's guide):
 * markers open their notes beside them, and the toggle hides or shows them.
 */
import { registerOffline } from '$lib/offline/register';
import { workCites } from './markers';
import { keepPlaceAcross } from '$lib/i18n/keep-place';

workCites(location.pathname);
// The guide is kept for offline use (src/service-worker.ts).
void registerOffline();
// The other editions' links open at the section the reader last went to (the address's hash).
keepPlaceAcross(() => decodeURIComponent(location.hash.slice(1)));
