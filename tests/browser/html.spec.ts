/** The Nu Html Checker (vnu-jar, with the machine's Java) on every built page: 0 errors. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { builtFile, builtPages, expect, test } from './fixtures';

test('Nu Html Checker finds no errors in any built page', () => {
	const files = builtPages().map((p) => builtFile(p));
	files.push(join('build', '404.html'), join('build', 'ru', '404.html'), join('build', 'ar', '404.html'));
	let out = '';
	try {
		execFileSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--format', 'gnu', ...files], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		});
	} catch (e) {
		out = String((e as { stderr?: string }).stderr ?? e);
	}
	expect(out.trim().split('\n').filter(Boolean)).toEqual([]);
});
