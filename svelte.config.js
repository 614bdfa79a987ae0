import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.svx'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.svx'] })],
	kit: {
		adapter: adapter({ strict: true }),
		alias: {
			$data: 'data'
		},
		paths: { relative: false },
		prerender: {
			// The public address comes from configuration, never from the code: SITE_URL=https://…
			// npm run build. Without it, pages carry no absolute URLs (canonical, og:url).
			origin: process.env.SITE_URL || 'http://sveltekit-prerender',
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
