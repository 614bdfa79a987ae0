import { error, json } from '@sveltejs/kit';
import { chartMeta } from '$lib/charts/meta';
import { CHART_SLUGS, isChartSlug } from '$lib/data';
import { iframeCode } from '$lib/embed/code';
import { PREVIEW } from '$lib/share/dimensions';
import { previewPath } from '$lib/share/files';
import { absoluteUrl, SITE_TITLE } from '$lib/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => CHART_SLUGS.map((slug) => ({ slug }));

/** oEmbed (https://oembed.com) "rich" response for one chart. */
export const GET: RequestHandler = ({ params, url }) => {
	if (!isChartSlug(params.slug)) error(404, 'No such chart');
	const title = chartMeta[params.slug].title;
	const base = absoluteUrl(url.origin, '/')?.replace(/\/$/, '') ?? '';
	const height = 640;
	// The chart's preview image, where the site's address is known (SITE_URL).
	const thumbnail = absoluteUrl(url.origin, previewPath({ slug: params.slug, step: null }));
	return json({
		version: '1.0',
		type: 'rich',
		title,
		provider_name: SITE_TITLE,
		...(base ? { provider_url: `${base}/` } : {}),
		width: 600,
		height,
		html: iframeCode(base, params.slug, title, height),
		...(thumbnail ? { thumbnail_url: thumbnail, thumbnail_width: PREVIEW.width, thumbnail_height: PREVIEW.height } : {})
	});
};
