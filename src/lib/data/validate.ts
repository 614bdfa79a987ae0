/**
 * Validation of the story data. It runs when src/lib/data is imported — so at build time
 * (prerendering stops on bad data) and in every test — and names the record and field at fault.
 */
import type { Cited, FuzzyDate, Person, Role, StoryData } from '$data/story';

/**
 * The roles a person held at a date, as the seeds give them: those whose from–to span covers it.
 * A disputed date is covered when every claimed date is.
 */
export function rolesAt(person: Person, date: FuzzyDate | string): Role[] {
	const dates = typeof date === 'string' ? [date] : date.claims?.length ? date.claims.map((c) => c.date) : [date.date];
	const month = (d: string) => d.slice(0, 7);
	return person.roles.filter((r) =>
		dates.every((d) => d.length >= 7 && compareDates(r.from, month(d)) <= 0 && compareDates(month(d), r.to) <= 0)
	);
}

const SECTORS = [
	'presidency',
	'foreign-affairs',
	'defence',
	'intelligence',
	'economy',
	'health',
	'other'
] as const;
const SIDES = ['russia', 'syria', 'other'];
const DIRECTIONS = ['to-damascus', 'to-moscow', 'phone', 'other'];
const LEVELS = ['head-of-state', 'minister', 'deputy-minister', 'none'];
const MAX_QUOTE = 400;

interface Problem {
	/** e.g. `events["january-visit"].date.precision` */
	where: string;
	message: string;
}

class DataError extends Error {
	constructor(public problems: Problem[]) {
		super(
			`Invalid story data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
				problems.map((p) => `  - ${p.where}: ${p.message}`).join('\n')
		);
		this.name = 'DataError';
	}
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD and rejects impossible dates (2025-02-30, month 13). */
function parseDate(s: string): { granularity: 'year' | 'month' | 'day'; key: string } | null {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
	if (!m) return null;
	const [, y, mo, d] = m;
	if (mo !== undefined && (+mo < 1 || +mo > 12)) return null;
	if (d !== undefined) {
		const days = new Date(Date.UTC(+y!, +mo!, 0)).getUTCDate();
		if (+d < 1 || +d > days) return null;
	}
	return { granularity: d ? 'day' : mo ? 'month' : 'year', key: s };
}

/** Compares two partial ISO dates by their common prefix: 2025-07 equals 2025-07-31. */
export function compareDates(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

function validate(data: StoryData): Problem[] {
	const problems: Problem[] = [];
	const fail = (where: string, message: string) => problems.push({ where, message });
	const sourceIds = new Set(data.sources.map((s) => s.id));
	const personIds = new Set(data.people.map((p) => p.id));
	const recordIds = new Set<string>();
	if (parseDate(data.checked)?.granularity !== 'day') fail('checked', `"${data.checked}" is not a day (YYYY-MM-DD): when were the data last checked against the articles?`);

	function cites(where: string, rec: Cited | undefined) {
		if (!rec || !Array.isArray(rec.citations) || rec.citations.length === 0) {
			fail(`${where}.citations`, 'missing citation: every record cites at least one { source, quote }');
			return;
		}
		rec.citations.forEach((c, i) => {
			const at = `${where}.citations[${i}]`;
			if (!sourceIds.has(c.source)) fail(`${at}.source`, `citation to unknown source "${c.source}"`);
			const q = (c.quote ?? '').replace(/\.\.\.|…/g, '').trim();
			if (!q) fail(`${at}.quote`, 'empty quote');
			else if (c.quote.length > MAX_QUOTE)
				fail(`${at}.quote`, `quote is ${c.quote.length} characters; keep quotes under ${MAX_QUOTE}`);
		});
	}

	function ids<T extends { id: string }>(name: string, list: T[]) {
		const seen = new Set<string>();
		list.forEach((r, i) => {
			if (!r.id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r.id))
				fail(`${name}[${i}].id`, `id "${r.id}" must be kebab-case`);
			if (seen.has(r.id)) fail(`${name}["${r.id}"].id`, `duplicate id "${r.id}"`);
			seen.add(r.id);
			recordIds.add(r.id);
		});
	}

	function date(where: string, value: string, precision: string) {
		const parsed = parseDate(value);
		if (!parsed) return fail(where, `impossible or malformed date "${value}" (want YYYY, YYYY-MM or YYYY-MM-DD)`);
		const want: Record<string, string[]> = {
			day: ['day'],
			month: ['month'],
			year: ['year'],
			approximate: ['month', 'year'],
			disputed: ['day', 'month', 'year']
		};
		if (!want[precision]) return fail(where, `unknown precision "${precision}"`);
		if (!want[precision]!.includes(parsed.granularity))
			fail(where, `precision "${precision}" is inconsistent with the date "${value}"`);
	}

	function fuzzy(where: string, d: FuzzyDate) {
		date(`${where}.date`, d.date, d.precision);
		if ((d.precision === 'approximate' || d.precision === 'disputed') && !d.note?.trim())
			fail(`${where}.note`, `a ${d.precision} date needs a note saying what the seeds say`);
		if (d.precision === 'disputed') {
			const claims = d.claims ?? [];
			if (claims.length < 2) fail(`${where}.claims`, 'a disputed date needs at least two claims');
			claims.forEach((c, i) => {
				date(`${where}.claims[${i}].date`, c.date, parseDate(c.date)?.granularity ?? 'day');
				cites(`${where}.claims[${i}]`, c);
				if (c.visitFrom && !c.citations.some((x) => x.quote.includes(c.wording)))
					fail(`${where}.claims[${i}].wording`, `"${c.wording}" (the start of the visit) is not in the claim's citations`);
			});
			const first = [...claims].map((c) => c.date).sort(compareDates)[0];
			if (first && d.date !== first)
				fail(`${where}.date`, `a disputed date is placed at its earliest claim (${first}), not ${d.date}`);
		}
	}

	ids('sources', data.sources);
	ids('people', data.people);
	ids('events', data.events);
	ids('agreements', data.agreements);
	ids('economy', data.economy);
	ids('figures', data.figures);
	ids('disagreements', data.disagreements);

	const files = new Set<string>();
	for (const s of data.sources) {
		const at = `sources["${s.id}"]`;
		if (!/^[\w.-]+\.txt$/.test(s.file ?? '')) fail(`${at}.file`, `file "${s.file}" is not a seed file name`);
		if (files.has(s.file)) fail(`${at}.file`, `two sources share the file "${s.file}"`);
		files.add(s.file);
		if (!s.headline?.trim()) fail(`${at}.headline`, 'missing headline');
		date(`${at}.published.date`, s.published.date, s.published.precision);
		cites(at, s);
	}

	for (const p of data.people) {
		const at = `people["${p.id}"]`;
		if (!p.name?.trim()) fail(`${at}.name`, 'missing name');
		if (!SIDES.includes(p.side)) fail(`${at}.side`, `unknown side "${p.side}"`);
		if (!(SECTORS as readonly string[]).includes(p.sector))
			fail(`${at}.sector`, `person without a valid sector ("${p.sector}")`);
		if (p.variants.includes(p.name)) fail(`${at}.variants`, 'variants repeat the canonical name');
		// Each edition spells a name one way, in its own script.
		for (const [lang, script] of [['ru', /^[\p{Script=Cyrillic}\s.'-]+$/u], ['ar', /^[\p{Script=Arabic}\s]+$/u]] as const)
			if (!script.test(p.names?.[lang] ?? '')) fail(`${at}.names.${lang}`, `"${p.names?.[lang] ?? ''}" is not a name in the ${lang} edition's script`);
		p.roles.forEach((r, i) => {
			const rat = `${at}.roles[${i}]`;
			if (!(SECTORS as readonly string[]).includes(r.sector)) fail(`${rat}.sector`, `role without a valid sector ("${r.sector}")`);
			for (const k of ['from', 'to'] as const)
				if (parseDate(r[k] ?? '')?.granularity !== 'month') fail(`${rat}.${k}`, `"${r[k]}" is not a month (want YYYY-MM)`);
			if (r.from && r.to && compareDates(r.from, r.to) > 0) fail(`${rat}.to`, `the role ends (${r.to}) before it starts (${r.from})`);
			cites(rat, r);
		});
		cites(at, p);
	}

	for (const e of data.events) {
		const at = `events["${e.id}"]`;
		fuzzy(`${at}.date`, e.date);
		if (!DIRECTIONS.includes(e.direction)) fail(`${at}.direction`, `unknown direction "${e.direction}"`);
		if (!LEVELS.includes(e.level)) fail(`${at}.level`, `unknown level "${e.level}"`);
		if (e.contact) {
			if (e.participants.length === 0) fail(`${at}.participants`, 'a meeting without participants');
			if (e.direction === 'other') fail(`${at}.direction`, 'a contact needs a direction');
			if (e.level === 'none') fail(`${at}.level`, 'a contact needs a level');
			const sides = new Set(e.participants.map((p) => p.side));
			if (e.participants.length && sides.size < 2)
				fail(`${at}.participants`, 'a Russia–Syria contact needs participants from both sides');
			if (compareDates(e.date.date, data.period.from) < 0 || compareDates(e.date.date, data.period.to) > 0)
				fail(`${at}.date`, `contact ${e.date.date} lies outside the story's period`);
		}
		e.participants.forEach((p, i) => {
			const pat = `${at}.participants[${i}]`;
			if (p.person === null && !p.group?.trim()) fail(pat, 'an unnamed participant needs a group description');
			if (p.person !== null) {
				const person = data.people.find((x) => x.id === p.person);
				if (!personIds.has(p.person)) fail(`${pat}.person`, `unknown person id "${p.person}"`);
				else if (person && person.side !== p.side)
					fail(`${pat}.side`, `"${p.person}" is on side ${person.side}, not ${p.side}`);
				if (person) {
					const covering = rolesAt(person, e.date).length > 0;
					if (!covering && !p.roleNotGiven?.trim())
						fail(`${pat}.person`, `"${p.person}" has no role spanning ${e.date.date}: give the role the seeds use for that date, or say in roleNotGiven that they give none`);
					if (covering && p.roleNotGiven !== undefined)
						fail(`${pat}.roleNotGiven`, `"${p.person}" has a role spanning ${e.date.date}; roleNotGiven is for dates the seeds give no title`);
				}
			} else if (p.roleNotGiven !== undefined) fail(`${pat}.roleNotGiven`, 'an unnamed group has no roles');
			if (!(SECTORS as readonly string[]).includes(p.sector)) fail(`${pat}.sector`, `unknown sector "${p.sector}"`);
			cites(pat, p);
		});
		cites(at, e);
	}

	for (const a of data.agreements) {
		const at = `agreements["${a.id}"]`;
		if (a.history.length === 0) fail(`${at}.history`, 'an agreement needs a status history');
		a.history.forEach((h, i) => {
			date(`${at}.history[${i}].date`, h.date, h.precision);
			if (!h.claimedBy?.trim()) fail(`${at}.history[${i}].claimedBy`, 'say who claims this status');
			const prev = a.history[i - 1];
			if (prev && compareDates(prev.date, h.date) > 0)
				fail(`${at}.history[${i}].date`, `status history out of order: ${h.date} comes after ${prev.date}`);
			cites(`${at}.history[${i}]`, h);
			// A status dated only by the start of a visit shows the article's words: they must be cited.
			if (h.visitFrom) {
				const v = h.visitFrom;
				if (h.precision !== 'day') fail(`${at}.history[${i}].visitFrom`, 'a visit start is a day');
				if (!h.citations.some((c) => c.source === v.source && c.quote.includes(v.wording)))
					fail(`${at}.history[${i}].visitFrom`, `"${v.wording}" is not in a citation from "${v.source}"`);
			}
		});
		const first = a.history[0]?.date;
		if (a.signed !== null && first && compareDates(String(a.signed), first) > 0)
			fail(`${at}.signed`, `signed in ${a.signed}, after its first status (${first})`);
		cites(at, a);
	}

	for (const r of [...data.economy, ...data.figures]) {
		const at = `${data.economy.includes(r) ? 'economy' : 'figures'}["${r.id}"]`;
		if (r.kind === 'range') {
			if (r.low < 0 || r.high < 0) fail(`${at}.low`, 'negative money');
			if (r.low > r.high) fail(`${at}.low`, `low (${r.low}) is greater than high (${r.high})`);
		} else if (!(r.value >= 0) || !Number.isFinite(r.value)) fail(`${at}.value`, `bad value ${r.value}`);
		cites(at, r);
	}

	for (const d of data.disagreements) {
		const at = `disagreements["${d.id}"]`;
		if (d.claims.length < 2) fail(`${at}.claims`, 'a disagreement needs at least two claims');
		d.about.forEach((id, i) => {
			if (!recordIds.has(id)) fail(`${at}.about[${i}]`, `unknown record id "${id}"`);
		});
		d.claims.forEach((c, i) => cites(`${at}.claims[${i}]`, c));
		cites(at, d);
	}

	return problems;
}

/** Throws a DataError listing every problem, or returns the data unchanged. */
export function assertValid(data: StoryData): StoryData {
	const problems = validate(data);
	if (problems.length) throw new DataError(problems);
	return data;
}
