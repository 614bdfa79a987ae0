/**
 * The gallery's embed builder (EmbedBuilder.svelte, prerendered in a <template>): made when its
 * section comes near; its choices make the embed code, its oEmbed address and the live preview,
 * which sizes itself as a host page's frame would (the embed page reports its height).
 */
import type { Theme } from '$lib/charts/types';
import type { ChartSlug } from '$lib/data/slugs';
import { copyCode } from '$lib/charts/copy';
import { whenNear } from '$lib/scrolly/near';
import { embedCode, embedQuery, oembedPath, type EmbedChoice } from './code';

export function workBuilder(template: HTMLTemplateElement) {
	whenNear(template.parentElement ?? template, '50% 0px', () => {
		const box = template.content.firstElementChild?.cloneNode(true);
		if (!(box instanceof HTMLElement)) return;
		template.after(box);
		const form = box.querySelector('form');
		if (form) work(box, form);
	});
}

function work(page: HTMLElement, form: HTMLFormElement) {
	const code = page.querySelector<HTMLTextAreaElement>('[data-builder-code]');
	const preview = page.querySelector<HTMLIFrameElement>('[data-builder-preview]');
	const status = page.querySelector<HTMLElement>('[data-builder-status]');
	const oembed = page.querySelector<HTMLAnchorElement>('[data-builder-oembed]');
	const chart = form.elements.namedItem('slug') as HTMLSelectElement;
	const state = form.elements.namedItem('step') as HTMLSelectElement;

	/** The chart's states as options; the complete (final) one is the default and needs no ?step. */
	function states() {
		const n = Number(chart.selectedOptions[0]?.dataset.steps) || 1;
		state.replaceChildren(
			...Array.from({ length: n }, (_, i) => new Option(`State ${i + 1} of ${n}${i === n - 1 ? ' (complete)' : ''}`, i === n - 1 ? '' : String(i), i === n - 1, i === n - 1))
		);
	}

	function update() {
		const data = new FormData(form);
		const slug = chart.value as ChartSlug;
		const choice: EmbedChoice = {
			step: state.value === '' ? undefined : Number(state.value),
			theme: (data.get('theme') as Theme | null) ?? 'auto',
			title: data.has('title'),
			key: data.has('key')
		};
		if (code) code.value = embedCode(location.origin, slug, chart.selectedOptions[0]?.dataset.title ?? '', undefined, choice);
		if (oembed) {
			oembed.textContent = oembedPath(slug, choice);
			oembed.setAttribute('href', oembed.textContent);
		}
		const src = `/embed/${slug}${embedQuery(choice)}`;
		if (preview && preview.getAttribute('src') !== src) preview.src = src;
	}

	chart.addEventListener('change', states);
	// "Embed this chart" beside a chart opens the builder on that chart (?embed=SLUG).
	const asked = new URLSearchParams(location.search).get('embed');
	if (asked && [...chart.options].some((o) => o.value === asked)) {
		chart.value = asked;
		states();
	}
	form.addEventListener('change', update);
	form.addEventListener('submit', (e) => e.preventDefault());
	addEventListener('message', (e) => {
		const d = e.data as { sentinel?: string; type?: string; height?: number } | null;
		if (preview && e.source === preview.contentWindow && d?.sentinel === 'amp' && d.type === 'embed-size' && Number.isFinite(d.height))
			preview.style.height = `${Math.min(4000, Math.max(100, d.height!))}px`;
	});
	const copy = page.querySelector<HTMLElement>('[data-builder-copy]');
	copy?.addEventListener('click', async () => {
		const said = await copyCode(code?.value ?? '', code ?? undefined, copy);
		if (status) status.textContent = said;
	});
	update();
}
