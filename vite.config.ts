import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// Pages inline their CSS (kit.inlineStyleThreshold). Keep media queries in the classic
		// min-width / min-aspect-ratio form (range syntax came with Safari 16.4), which every
		// browser we target and the Nu Html Checker's CSS parser read.
		cssTarget: ['chrome107', 'edge107', 'firefox104', 'safari15']
	},
	server: { host: '127.0.0.1', port: 5173 },
	preview: { host: '127.0.0.1', port: 4173 },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				// Server rendering: components compiled for SSR, as prerendering uses them.
				extends: true,
				test: {
					name: 'server',
					environment: 'node',
					include: ['tests/server/**/*.test.ts']
				}
			},
			{
				// The whole site built from other data (tests/fixtures): slow, so a project of its own.
				extends: true,
				test: {
					name: 'site',
					environment: 'node',
					include: ['tests/site/**/*.test.ts'],
					testTimeout: 240_000
				}
			},
			{
				// The pages' browser scripts on server-rendered HTML, in a jsdom window (setup.ts).
				extends: true,
				test: {
					name: 'script',
					environment: 'node',
					include: ['tests/script/**/*.test.ts'],
					setupFiles: ['tests/script/setup.ts']
				}
			}
		]
	}
});
