/**
 * Nothing in src/ is unused: every export has an importer outside the tests (or is a SvelteKit
 * convention), and every module under src/lib is imported by another file of the site.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('.');
const files: string[] = [];
const walk = (d: string) => {
	for (const f of readdirSync(d)) {
		const p = join(d, f);
		if (statSync(p).isDirectory()) walk(p);
		else if (/\.(ts|js|svelte|svx)$/.test(p) && !p.endsWith('.d.ts')) files.push(p);
	}
};
walk(join(root, 'src'));
const importers = [...files, join(root, 'svelte.config.js'), join(root, 'vite.config.ts')];
const text = new Map(importers.map((f) => [f, readFileSync(f, 'utf8')]));

/** SvelteKit reads these by name: route modules, hooks, the service worker. */
const convention = (f: string) => /[/\\](\+[\w.]+|hooks\.server|service-worker)\.(ts|js)$/.test(f) || /[/\\]src[/\\]params[/\\]/.test(f);

/** What a module specifier points at, without its extension (null for packages). */
function target(spec: string, from: string): string | null {
	const path = spec.split('?')[0]!;
	const base = path.startsWith('$lib/') ? join(root, 'src/lib', path.slice(5)) : path.startsWith('.') ? resolve(dirname(from), path) : null;
	if (!base) return null;
	// A folder stands for its index module ('$lib/data', './agreements').
	const folder = (() => {
		try {
			return statSync(base).isDirectory();
		} catch {
			return false;
		}
	})();
	return folder ? join(base, 'index') : base.replace(/\.(ts|js|svelte|svx)$/, '');
}

/** For each file, the names other files import from it (`*` when they import it whole or by default). */
const imported = new Map<string, Set<string>>();
for (const [from, src] of text) {
	for (const m of src.matchAll(/(?:import|export)\s+(type\s+)?([\w*\s{},$]*?)\s*from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)) {
		const spec = m[3] ?? m[4] ?? m[5]!;
		const to = target(spec, from);
		if (!to) continue;
		const names = imported.get(to) ?? new Set<string>();
		const clause = m[2] ?? '';
		const braced = /\{([^}]*)\}/.exec(clause)?.[1];
		if (braced) for (const n of braced.split(',')) names.add(n.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!);
		if (!braced || /^\s*[\w$]+\s*,/.test(clause) || clause.includes('*') || !clause.trim()) names.add('*');
		imported.set(to, names);
	}
}
const stem = (f: string) => f.replace(/\.(ts|js|svelte|svx)$/, '');
// A script package.json runs (`node src/lib/i18n/lock.js`) is used whole.
for (const m of readFileSync(join(root, 'package.json'), 'utf8').matchAll(/node (src\/[\w/.-]+\.(?:js|ts))/g)) imported.set(stem(join(root, m[1]!)), new Set(['*']));

describe('nothing in src/ is unused', () => {
	it('every export has an importer', () => {
		const unused: string[] = [];
		for (const f of files) {
			if (convention(f) || f.endsWith('.svelte') || f.endsWith('.svx')) continue;
			const names = imported.get(stem(f)) ?? new Set();
			for (const m of text.get(f)!.matchAll(/export\s+(?:async\s+)?(?:const|let|function|interface|type|class)\s+([\w$]+)/g))
				if (!names.has(m[1]!) && !names.has('*')) unused.push(`${relative(root, f)}: ${m[1]}`);
		}
		expect(unused).toEqual([]);
	});

	it('every module under src/lib is imported by another file', () => {
		const orphans = files.filter((f) => f.includes(`${join('src', 'lib')}`) && !imported.has(stem(f))).map((f) => relative(root, f));
		expect(orphans).toEqual([]);
	});
});
