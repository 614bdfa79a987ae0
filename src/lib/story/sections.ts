/**
 * The story's sections, in order: the one list behind the headings of Story.svx, the table of
 * contents, the charts' anchors, the teacher's guide, the notes and the slide plan. Without the
 * data, so the deck's script can name sections without loading it.
 */
import type { ChartSlug } from '$lib/data/slugs';
import type { Lang } from '$lib/i18n/editions';

interface Names {
	/** Its short name (table of contents, notes, guide). */
	title: string;
	/** The heading in the story, where it says more than the short name. */
	heading?: string;
}

interface Section extends Names {
	/** The heading's id: `/#meetings` (the same in every edition). */
	id: string;
	/** The chart told in this section's steps. */
	chart?: ChartSlug;
	/** Its names in each edition. */
	editions: Record<Exclude<Lang, 'en'>, Names>;
}

export const SECTIONS: readonly Section[] = [
	{
		id: 'fall',
		title: 'The fall of Assad',
		heading: 'The fall of Assad and the old patronage',
		editions: {
			ru: { title: 'Падение Асада', heading: 'Падение Асада и прежнее покровительство' },
			ar: { title: 'سقوط الأسد', heading: 'سقوط الأسد ونهاية الرعاية القديمة' }
		}
	},
	{
		id: 'meetings',
		title: 'The rhythm of contacts',
		chart: 'meeting-cadence',
		editions: { ru: { title: 'Ритм контактов' }, ar: { title: 'إيقاع الاتصالات' } }
	},
	{
		id: 'delegations',
		title: 'Who sits at the table',
		chart: 'delegations',
		editions: { ru: { title: 'Кто сидит за столом' }, ar: { title: 'من يجلس إلى الطاولة' } }
	},
	{
		id: 'agreements',
		title: 'What is being renegotiated',
		chart: 'agreements',
		editions: { ru: { title: 'Что пересматривается' }, ar: { title: 'ما الذي يُعاد التفاوض عليه' } }
	},
	{
		id: 'trade',
		title: 'Money and reconstruction',
		chart: 'trade-range',
		editions: { ru: { title: 'Деньги и восстановление' }, ar: { title: 'المال وإعادة الإعمار' } }
	},
	{ id: 'unresolved', title: 'What stays unresolved', editions: { ru: { title: 'Что остаётся нерешённым' }, ar: { title: 'ما يبقى دون حل' } } },
	{ id: 'disagreements', title: 'Where the sources disagree', editions: { ru: { title: 'Где источники расходятся' }, ar: { title: 'أين تختلف المصادر' } } },
	{ id: 'sources', title: 'Sources and method', editions: { ru: { title: 'Источники и метод' }, ar: { title: 'المصادر والمنهج' } } }
];

/** A section's names in an edition. */
export const namesIn = (s: Section, lang: Lang): Names => (lang === 'en' ? s : s.editions[lang]);

export function section(id: string): Section {
	const s = SECTIONS.find((x) => x.id === id);
	if (!s) throw new Error(`No story section "${id}" (src/lib/story/sections.ts)`);
	return s;
}

/** The section that tells a chart: its anchor in the story. */
export function chartSection(slug: ChartSlug): Section {
	const s = SECTIONS.find((x) => x.chart === slug);
	if (!s) throw new Error(`No story section tells the chart "${slug}" (src/lib/story/sections.ts)`);
	return s;
}

/** Where a chart is told in the story: its section, or the story's top for a chart it does not tell. */
export const storyLink = (slug: ChartSlug) => {
	const s = SECTIONS.find((x) => x.chart === slug);
	return s ? `/#${s.id}` : '/';
};
