import { error } from '@sveltejs/kit';
import { charts } from '$lib/charts/registry';
import { story } from '$lib/data';
import { allPreviews } from '$lib/share/catalogue';
import { parsePreview, previewPath } from '$lib/share/files';
import { png } from '$lib/share/raster';
import { PREVIEW } from '$lib/share/dimensions';
import { previewSvg } from '$lib/share/standalone';
import { SITE_TITLE } from '$lib/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => allPreviews(story).map((p) => ({ file: previewPath(p).slice('/og/'.length) }));

/** Link previews (og:image), 1200×630: the story's, each chart's final state, each step's. */
export const GET: RequestHandler = async ({ params }) => {
	const p = parsePreview(params.file);
	if (!p) error(404, 'No such image');
	const svg =
		p.slug === null
			? previewSvg('meeting-cadence', story, charts['meeting-cadence'].steps(story) - 1, SITE_TITLE)
			: previewSvg(p.slug, story, p.step ?? charts[p.slug].steps(story) - 1, p.step === null ? '' : `Step ${p.step + 1} of ${charts[p.slug].steps(story)}`);
	return new Response(await png(svg, PREVIEW.width), { headers: { 'content-type': 'image/png' } });
};
