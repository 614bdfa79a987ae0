import { defineConfig } from '@playwright/test';

/** Debian's Chromium by default; CHROMIUM_PATH for other systems (see README). */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** TEST_PORT / TEST_HOST_PORT move the servers, e.g. to run two checkouts' tests at once. */
const PORT = Number(process.env.TEST_PORT) || 4173;
export const HOST_PORT = Number(process.env.TEST_HOST_PORT) || 4174;

export default defineConfig({
	testDir: 'tests/browser',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: 2,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// The offline worker is tested on its own (offline.spec.ts, which allows it); elsewhere it
		// would answer requests that tests watch or route.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: chromiumPath,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: [
		{
			command: `node tests/support/serve.mjs build ${PORT}`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI
		},
		{
			// Another origin, for embed tests: host pages that frame our charts.
			command: `node tests/support/host.mjs ${HOST_PORT} http://127.0.0.1:${PORT}`,
			url: `http://127.0.0.1:${HOST_PORT}/pym/meeting-cadence`,
			reuseExistingServer: !process.env.CI
		}
	]
});
