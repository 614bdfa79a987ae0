/** The oEmbed (https://oembed.com) "rich" answer for a chart and an embed choice. */
import { chart } from '$lib/charts/registry';
import { story } from '$lib/data';
import { siteTitle } from '$lib/i18n/data-editions';
import type { ChartSlug } from '$lib/data/slugs';
import { PREVIEW } from '$lib/share/dimensions';
import { previewPath } from '$lib/share/files';
import { absoluteUrl } from '$lib/site';
import { iframeCode, type EmbedChoice } from './code';

export function oembedAnswer(slug: ChartSlug, origin: string, choice?: EmbedChoice) {
	const lang = choice?.lang ?? 'en';
	const title = chart(slug).text(story, lang).title;
	const base = absoluteUrl(origin, '/')?.replace(/\/$/, '') ?? '';
	const height = 640;
	// The state's preview image, where the site's address is known (SITE_URL); an edition's is in its words.
	const thumbnail = absoluteUrl(origin, previewPath({ slug, step: choice?.step ?? null }, lang));
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: siteTitle(lang),
		...(base ? { provider_url: `${base}/` } : {}),
		width: 600,
		height,
		html: iframeCode(base, slug, title, height, choice),
		...(thumbnail ? { thumbnail_url: thumbnail, thumbnail_width: PREVIEW.width, thumbnail_height: PREVIEW.height } : {})
	};
}
