/**
 * A prerendered chart's "Embed this chart" box in a page without Svelte: the code names this
 * site's own address (known only in the browser). Its box is made when the reader first opens
 * the box, as ChartTools does (a form control in the page costs a layout of the whole page when
 * it loads), and the Copy button copies it.
 */
import type { ChartSlug } from '$lib/data';
import { embedCode, type EmbedChoice } from '$lib/embed/code';
import { copyCode } from '../copy';
import { EDITIONS } from '$lib/i18n/editions';

export function workTools(figure: HTMLElement) {
	const box = figure.querySelector<HTMLDetailsElement>('.tools details[data-slug]');
	const label = box?.querySelector('label');
	const status = box?.querySelector<HTMLElement>('[role="status"]');
	if (!box || !label) return;
	const slug = box.dataset.slug as ChartSlug;
	// In the gallery the code shows the state and theme beside it.
	const { step, theme } = box.dataset;
	const choice: EmbedChoice | undefined = step === undefined ? undefined : { step: Number(step), theme: theme === 'light' || theme === 'dark' ? theme : 'auto' };
	// In an edition the code embeds that edition's page (`/ru/embed/SLUG`).
	const lang = EDITIONS.find((e) => e.lang === box.dataset.lang)?.lang;
	const code = embedCode(location.origin, slug, box.dataset.title ?? '', undefined, { ...choice, lang });
	let area: HTMLTextAreaElement | undefined;
	const make = () => {
		if (!box.open || area) return;
		area = document.createElement('textarea');
		area.readOnly = true;
		area.rows = 4;
		area.value = code;
		label.append(area);
	};
	box.addEventListener('toggle', make);
	// A reader may have opened the box before this script ran: its toggle event is gone.
	make();
	const button = box.querySelector('button');
	button?.addEventListener('click', async () => {
		const said = await copyCode(code, area, button);
		if (status) status.textContent = said;
	});
}
