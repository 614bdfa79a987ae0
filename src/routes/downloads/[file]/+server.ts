import { error } from '@sveltejs/kit';
import { isChartSlug } from '$lib/charts/registry';
import { story } from '$lib/data';
import { allDownloads } from '$lib/share/catalogue';
import { downloadName, parseDownload, PNG_WIDTH } from '$lib/share/files';
import { png } from '$lib/share/raster';
import { standaloneSvg } from '$lib/share/standalone';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => allDownloads(story).map((d) => ({ file: downloadName(d) }));

/** Every chart state as SVG and PNG (1× and 2×), light and dark: drawn once, at build. */
export const GET: RequestHandler = async ({ params }) => {
	const d = parseDownload(params.file);
	if (!d || !isChartSlug(d.slug)) error(404, 'No such file');
	const svg = standaloneSvg(d.slug, story, d.step, d.theme);
	if (d.kind === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
	const bytes = await png(svg, d.kind === 'png@2x' ? 2 * PNG_WIDTH : PNG_WIDTH);
	return new Response(bytes, { headers: { 'content-type': 'image/png' } });
};
