import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { remarkCite } from './src/lib/cite/remark-cite.js';
import { remarkEdition } from './src/lib/i18n/remark-edition.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.svx'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.svx'], remarkPlugins: [remarkEdition, remarkCite] })],
	kit: {
		// BUILD_DIR: build elsewhere (a test builds with SITE_URL beside the build under test).
		adapter: adapter({ strict: true, pages: process.env.BUILD_DIR || 'build', assets: process.env.BUILD_DIR || 'build' }),
		alias: {
			// STORY_DATA: another data folder (a test builds the site from the data plus extra records).
			$data: process.env.STORY_DATA || 'data'
		},
		paths: { relative: false },
		// The offline worker (src/service-worker.ts) is registered by the pages' own scripts:
		// they run no SvelteKit client, which is where Kit would register it.
		serviceWorker: { register: false },
		// Small stylesheets go into the page itself: no render-blocking requests before the first
		// paint. The CSP allows inline styles (style-src 'unsafe-inline', so SvelteKit adds no
		// style hashes, which would disable it); scripts stay hash-only.
		inlineStyleThreshold: 16_384,
		// A strict Content Security Policy, written into every prerendered page as a <meta> tag
		// with hashes of SvelteKit's inline scripts. frame-ancestors cannot live in a <meta>
		// policy: static/_headers sets it (story: 'self'; embeds: any site).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self']
			}
		},
		prerender: {
			// Two at a time: the share images (src/routes/downloads, og) are drawn while pages render.
			concurrency: 2,
			// The public address comes from configuration, never from the code: SITE_URL=https://…
			// npm run build. Without it, pages carry no absolute URLs (canonical, og:url).
			origin: process.env.SITE_URL || 'http://sveltekit-prerender',
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
