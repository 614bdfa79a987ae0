/**
 * The phrases an edition's narrative takes whole from the data, in its language: figures with
 * their articles' qualifiers, the data's lists, the agreements' status counts. Single numbers and
 * dates the narrative words itself, from `values.ts` with `$lib/i18n/say`.
 */
import type { Figure } from '$lib/data';
import { sayFor, type Say } from '$lib/i18n/say';
import type { Lang } from '$lib/i18n/editions';
import { ui } from '$lib/i18n/ui';
import { dataTranslator } from '$lib/i18n/data-editions';
import { presenceGroups, singleSourcePresences } from '$lib/data/series';
import { FAMILIES, statusCounts } from '$lib/charts/agreements/text';
import { story } from '$lib/data';
import { nameIn } from '$lib/cite/book';
import { v } from './values';

type EditionLang = Exclude<Lang, 'en'>;

/** The articles' qualifiers ("around 40", "20 or so"), each edition's way: all go before the number. */
const QUALIFIERS: Record<string, Record<EditionLang, string>> = {
	around: { ru: 'около', ar: 'نحو' },
	'or so': { ru: 'около', ar: 'نحو' },
	over: { ru: 'более', ar: 'أكثر من' },
	'more than': { ru: 'более', ar: 'أكثر من' }
};

/** A figure's qualifier in the edition ("" where the article gives none). */
function qualifier(lang: EditionLang, fig: Pick<Figure, 'id' | 'qualifier'>): string {
	if (!fig.qualifier) return '';
	const q = QUALIFIERS[fig.qualifier]?.[lang];
	if (!q) throw new Error(`src/lib/story/facts.editions.ts: no ${lang} wording for the qualifier "${fig.qualifier}" (figure "${fig.id}")`);
	return `${q} `;
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * The presences only one article reports, grouped by contact and article, in the edition's words:
 * "Александр Лаврентьев (28 января 2025 г., TRT World); …" (`presencesText` says it in English).
 */
function presencesIn(lang: EditionLang, s: Say, t: (english: string) => string): string {
	const words = ui(lang);
	return presenceGroups(singleSourcePresences(story))
		.map(({ named, unnamed, first }) => {
			const names = named.map((p) => (p.person ? story.people.find((x) => x.id === p.person)!.names[lang] : t(p.name)));
			const date = s.date(first.sourceIso);
			const when = first.visitFrom ? words.visitFrom.replace('{date}', date) : first.sourceApprox ? words.aboutDate.replace('{date}', date) : date;
			const source = nameIn(first.source, 'full', lang);
			return `${s.list([...names, ...(unnamed ? [words.unnamed[unnamed]] : [])])} (${when}${lang === 'ar' ? '، ' : ', '}${source})`;
		})
		.join(lang === 'ar' ? '؛ ' : '; ');
}

export function factsFor(lang: EditionLang) {
	const s = sayFor(lang);
	const { t } = dataTranslator(lang);
	const counts = statusCounts(story.agreements);
	// "8 — не урегулированы…; 5 — …", "8 منها لم تُحسم…؛ 5 منها …".
	const families = FAMILIES.filter((fam) => counts[fam] > 0).map((fam) => `${s.num(counts[fam])}${lang === 'ru' ? ' —' : ' منها'} ${ui(lang).families[fam]}`);
	// "Israeli airstrikes on Syria in the first five months of 2025": the period, in numbers.
	const airstrikes = v.figures.airstrikes;
	const period = airstrikes.label.match(/the first (\w+) months of (\d{4})/);
	const months = NUMBER_WORDS.indexOf(period?.[1] ?? '') + 1;
	if (!period || !months) throw new Error('src/lib/story/facts.editions.ts: figure "israeli-airstrikes" no longer names its period ("the first … months of …").');
	const hours = v.figures.summitHours;
	const qualified = (fig: Pick<Figure, 'id' | 'value' | 'qualifier'>) => `${qualifier(lang, fig)}${s.num(fig.value)}`;
	return {
		projects: qualified(v.figures.projects),
		students: qualified(v.figures.students),
		airstrikes: qualified(airstrikes),
		droughtYears: qualified(v.figures.droughtYears),
		// After "более"/"около" Russian takes the genitive: "более 2,5 часа", "более 3 часов".
		summitHours:
			qualifier(lang, hours) +
			(lang === 'ru'
				? s.count(hours.value, { one: '# часа', few: '# часов', many: '# часов', other: '# часа' })
				: `${s.num(hours.value)} ساعة`),
		airstrikesPeriod:
			lang === 'ru'
				? `первые ${s.count(months, { one: '# месяц', few: '# месяца', many: '# месяцев', other: '# месяца' })} ${period[2]} г.`
				: `أول ${s.count(months, { one: 'شهر', two: 'شهرين', few: '# أشهر', other: '# شهرًا' })} من عام ${period[2]}`,
		tradeConstraints: s.list(v.trade.constraints.map(t)),
		projectSectors: s.list(v.projectSectors.map(t)),
		reconstructionCountries: s.list(v.reconstructionCountries.map(t)),
		statusSummary: families.join(lang === 'ru' ? '; ' : '؛ '),
		oneSourceNames: presencesIn(lang, s, t),
		/** "5 статей", "5 مقالات": the articles the story is built from (the footer's count). */
		articles:
			lang === 'ru'
				? s.count(v.n.sources, { one: '# статьи', few: '# статей', many: '# статей', other: '# статьи' })
				: s.count(v.n.sources, { one: 'مقالة واحدة', two: 'مقالتين', few: '# مقالات', other: '# مقالة' }),
		/** The story's title: the data's, translated. */
		title: t(story.title),
		/** The story's description (its dek and its search and share text), as `facts.ts` words it in English. */
		description:
			lang === 'ru'
				? `Как Россия и новые власти Сирии выстраивали отношения после падения Асада (${s.date(v.dates.periodFrom)} – ${s.date(v.dates.periodTo)}): осталась ли Москва покровителем или стала партнёром, с которым нужно договариваться, как пишет TRT World? В материале ${s.count(v.n.charts, { one: '# график', few: '# графика', many: '# графиков', other: '# графика' })} по данным из ${s.count(v.n.sources, { one: '# новостной статьи', few: '# новостных статей', many: '# новостных статей', other: '# новостной статьи' })} со ссылками на источники; статьи не всегда согласны друг с другом.`
				: `كيف تعاملت روسيا والسلطات السورية الجديدة مع بعضهما بعد سقوط الأسد (${s.date(v.dates.periodFrom)} – ${s.date(v.dates.periodTo)}): هل بقيت موسكو راعيًا، أم صارت شريكًا لا بد من التفاوض معه، كما ترى تي آر تي وورلد؟ يضم التقرير ${s.count(v.n.charts, { one: 'رسمًا بيانيًا واحدًا', two: 'رسمين بيانيين', few: '# رسوم بيانية', other: '# رسمًا بيانيًا' })} مبنية على ${s.count(v.n.sources, { one: 'مقالة إخبارية واحدة', two: 'مقالتين إخباريتين', few: '# مقالات إخبارية', other: '# مقالة إخبارية' })} موثّقة المصادر، لا تتفق دائمًا فيما بينها.`
	};
}
