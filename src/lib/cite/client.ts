/**
 * The script of pages whose only interactive parts are source markers (the teacher's guide):
 * markers open their notes beside them, and the toggle hides or shows them.
 */
import { workCites } from './markers';

workCites(location.pathname);
