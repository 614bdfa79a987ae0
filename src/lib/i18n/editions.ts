/**
 * The story's editions: English at the root, Russian and Arabic under their own prefix. The one
 * list behind every page's language switcher, `lang`/`dir`, hreflang alternates and the number
 * and date formats (`intl`, a BCP 47 tag for `Intl`).
 */
export type Lang = 'en' | 'ru' | 'ar';

interface Edition {
	lang: Lang;
	dir: 'ltr' | 'rtl';
	/** The path prefix of the edition's pages: '' (English), '/ru', '/ar'. */
	prefix: string;
	/** The language's name in itself, for the switcher. */
	name: string;
	/**
	 * The locale for `Intl`. Arabic uses Western digits (`nu-latn`): the pan-Arab news sites this
	 * story's readers know (Asharq Al-Awsat, Al Arabiya) print them, and a figure then reads the
	 * same in every edition and in the sources it is checked against.
	 */
	intl: string;
	/** Its Open Graph locale (`og:locale`), language_TERRITORY as link previews expect. */
	ogLocale: string;
}

export const EDITIONS: readonly Edition[] = [
	{ lang: 'en', dir: 'ltr', prefix: '', name: 'English', intl: 'en-GB', ogLocale: 'en_GB' },
	{ lang: 'ru', dir: 'ltr', prefix: '/ru', name: 'Русский', intl: 'ru', ogLocale: 'ru_RU' },
	{ lang: 'ar', dir: 'rtl', prefix: '/ar', name: 'العربية', intl: 'ar-u-nu-latn', ogLocale: 'ar_AR' }
];

export const edition = (lang: Lang): Edition => EDITIONS.find((e) => e.lang === lang)!;

/** The edition a path belongs to: its prefix (`/ru/…`), else English. */
export const editionOfPath = (path: string): Edition =>
	EDITIONS.find((e) => e.prefix && (path === e.prefix || path.startsWith(`${e.prefix}/`))) ?? EDITIONS[0]!;

/** A route's prerendered entries, one per edition (`{ lang: undefined }` is English, at the root). */
export const editionEntries = () => EDITIONS.map(({ lang }) => ({ lang: lang === 'en' ? undefined : lang }));

/** The edition an `[[lang=edition]]` route's params name. */
export const langOf = (params: { lang?: string }): Lang => (params.lang ?? 'en') as Lang;

/** A site path in an edition: `inEdition('/present', 'ru')` is `/ru/present`. */
export const inEdition = (path: string, lang: Lang) => `${edition(lang).prefix}${path}`;
