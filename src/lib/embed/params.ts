/**
 * Query parameters of an embed page, parsed strictly. Anything unexpected is ignored (or a
 * number clamped); nothing from the query string is ever reflected into the page.
 */
import type { Theme } from '$lib/charts/types';

interface EmbedParams {
	/** The state to show, clamped to the chart's states; the final state by default. */
	step: number;
	theme: Theme;
	/** pym.js child id, when a pym.js parent created the frame. */
	childId: string | null;
	/** Show the chart's title and takeaway (`?title=0` hides them: the host gives its own). */
	title: boolean;
	/** Show the key (`?key=0` hides it). */
	key: boolean;
}

export function parseEmbedParams(search: string | URLSearchParams, steps: number): EmbedParams {
	const q = typeof search === 'string' ? new URLSearchParams(search) : search;
	const last = Math.max(0, steps - 1);
	const rawStep = q.get('step');
	const step = rawStep !== null && /^\d{1,4}$/.test(rawStep) ? Math.min(Number(rawStep), last) : last;
	const rawTheme = q.get('theme');
	const theme: Theme = rawTheme === 'light' || rawTheme === 'dark' ? rawTheme : 'auto';
	const rawId = q.get('childId');
	const childId = rawId !== null && /^[A-Za-z0-9_-]{1,64}$/.test(rawId) ? rawId : null;
	return { step, theme, childId, title: q.get('title') !== '0', key: q.get('key') !== '0' };
}
