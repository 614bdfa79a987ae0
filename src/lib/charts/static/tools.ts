/**
 * A prerendered chart's "Embed this chart" box in a page without Svelte: the code names this
 * site's own address (known only in the browser) and the Copy button copies it.
 */
import type { ChartSlug } from '$lib/data';
import { embedCode } from '$lib/embed/code';
import { copyCode } from '../copy';

export function workTools(figure: HTMLElement) {
	const area = figure.querySelector<HTMLTextAreaElement>('.tools textarea[data-slug]');
	const status = figure.querySelector<HTMLElement>('.tools [role="status"]');
	if (!area) return;
	const code = embedCode(location.origin, area.dataset.slug as ChartSlug, area.dataset.title ?? '');
	area.value = code;
	figure.querySelector('.tools button')?.addEventListener('click', async () => {
		const said = await copyCode(code, area);
		if (status) status.textContent = said;
	});
}
