/**
 * The ONE data file behind the story "From patron to negotiated partner".
 *
 * Everything the site shows — the four charts, every number in the prose, the embeds, the
 * classroom slides and the data downloads — is read from here (through src/lib/data, which
 * validates it). Every fact comes from the five seed articles in ../shared/seeds; every record
 * cites them with `{ source, quote }`, where `quote` is a short verbatim excerpt ("..." may
 * elide words). Nothing is invented: where a seed is vague, the record says so (precision
 * "approximate", `null` values, notes).
 */

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/** A short verbatim excerpt of one seed article. */
export interface Citation {
	/** A `Source.id`. */
	source: string;
	/** Verbatim text of that seed; "..." may elide words. */
	quote: string;
}

/** Anything that can be traced back to the seeds. */
export interface Cited {
	citations: Citation[];
}

/**
 * How precisely a date is known.
 * - day: `date` is YYYY-MM-DD; month: YYYY-MM; year: YYYY
 * - approximate: `date` is the best YYYY-MM reading of vague wording ("earlier this year"), and
 *   `note` quotes that wording
 * - disputed: the seeds give different dates; `claims` lists each with its source, `date` is the
 *   earliest claim (used only to place the record on a time axis)
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'approximate' | 'disputed';

export interface DateClaim extends Cited {
	/** YYYY-MM-DD, YYYY-MM or YYYY. */
	date: string;
	/** How the seed words it ("on the last day of July"). */
	wording: string;
	/**
	 * True when the article dates only the start of a visit ("landed in Moscow on the last day of
	 * July"), not the meetings in it: readers see "from 31 July 2025 (TRT World: visit began “on
	 * the last day of July”)"; `date` stays the plotting position.
	 */
	visitFrom?: boolean;
}

/**
 * A status an article ties only to a visit whose start it dates ("landed in Moscow on the last
 * day of July"): the entry sits on that day for plotting, but readers see "from 31 July 2025
 * (TRT World: visit began “on the last day of July”)", never a meeting day the article does not
 * give. `wording` must be in one of the entry's citations from `source`.
 */
export interface VisitFrom {
	source: string;
	wording: string;
}

export interface FuzzyDate {
	date: string;
	precision: DatePrecision;
	/** Required for approximate and disputed dates: what the seeds actually say. */
	note?: string;
	/** Required for disputed dates: at least two claims, each with its source. */
	claims?: DateClaim[];
}

export type Side = 'russia' | 'syria' | 'other';

export type Sector =
	| 'presidency'
	| 'foreign-affairs'
	| 'defence'
	| 'intelligence'
	| 'economy'
	| 'health'
	| 'other';

export interface Source extends Cited {
	id: string;
	/** The seed's file name in ../shared/seeds. */
	file: string;
	/** The outlet exactly as the text names it; null where the text does not name one. */
	outlet: string | null;
	/** A few words readers see on a source marker ("TRT World"; a short headline where no outlet is named). */
	short: string;
	/**
	 * How each edition names the source: `short` on a marker, `full` as `sourceName` words it in
	 * English (outlet, relay). A headline stays English in every edition: it is the article's name.
	 */
	names: Record<'ru' | 'ar', { short: string; full: string }>;
	/** Whose report this is when the outlet only relays it (seed 003: Asharq Al-Awsat). */
	reportedBy?: string;
	/** How the outlet handled it, in its own words where it gives them (translated, syndicated). */
	relay?: { role: 'translated' | 'syndicated'; disclaimer: string };
	/** True where the text has no headline and `headline` repeats its opening words. */
	untitled?: boolean;
	headline: string;
	/** Publication date, inferred from the text where it gives none. */
	published: { date: string; precision: 'month' | 'approximate'; basis: string };
	/** Duplicated paragraphs, page-error boilerplate, translation notes… */
	quality: string[];
}

export interface Role extends Cited {
	title: string;
	sector: Sector;
	/** When the seeds show the person in this role, in words (e.g. "January 2025"). */
	when: string;
	/** First and last month (YYYY-MM) the seeds give the person this title: a meeting in that span shows it. */
	from: string;
	to: string;
}

export interface Person extends Cited {
	id: string;
	/** The spelling used in our prose. */
	name: string;
	/** Every other spelling found in the seeds. */
	variants: string[];
	/** The one spelling of each edition (Cyrillic, Arabic script), as its language's press writes it. */
	names: { ru: string; ar: string };
	side: Side;
	/** The sector of the person's main role in the story. */
	sector: Sector;
	roles: Role[];
}

export type EventKind =
	| 'visit'
	| 'call'
	| 'summit'
	| 'announcement'
	| 'annulment'
	| 'court'
	| 'election'
	| 'report'
	| 'conflict'
	| 'regime-change'
	| 'interview'
	| 'statement'
	| 'shipment';

/** Which way a contact went; 'other' for context events. */
export type Direction = 'to-damascus' | 'to-moscow' | 'phone' | 'other';

/** The highest level at which a contact took place. */
export type Level = 'head-of-state' | 'minister' | 'deputy-minister' | 'none';

/** Someone at the table: a named person, or an unnamed group with its sector. */
export interface Participant extends Cited {
	side: Exclude<Side, 'other'>;
	/** A `Person.id`, or null for an unnamed group. */
	person: string | null;
	/** For unnamed groups: how the seed describes them. */
	group?: string;
	/**
	 * For an unnamed participant who is one person (an office: "the defence minister"), not a
	 * group: counted as a presence, never among the unnamed groups.
	 */
	individual?: boolean;
	/** The sector in which they sat at this meeting (a person's role may change). */
	sector: Sector;
	/**
	 * Set (saying so) when the seeds give a named person no title for this meeting's date; otherwise
	 * one of the person's roles must span the date. Whether one or several seeds place a participant
	 * at a meeting is derived from `citations` (src/lib/data/series.ts), never typed by hand.
	 */
	roleNotGiven?: string;
}

export interface StoryEvent extends Cited {
	id: string;
	title: string;
	kind: EventKind;
	date: FuzzyDate;
	place: string | null;
	direction: Direction;
	level: Level;
	/** A Russia–Syria contact (drawn as a mark in meeting-cadence), or context. */
	contact: boolean;
	participants: Participant[];
	topics: string[];
	outcomes: string[];
	/** "First official Russian visit since…", etc. */
	firsts: string[];
}

export type AgreementStatus =
	| 'in-force'
	| 'under-review'
	| 'suspended'
	| 'annulled'
	| 'transferred'
	| 'proposed'
	| 'promised'
	| 'agreed'
	| 'requested'
	| 'reported'
	| 'refused'
	| 'unresolved'
	| 'disputed';

export interface StatusEntry extends Cited {
	/** YYYY-MM or YYYY; entries are in time order. */
	date: string;
	precision: DatePrecision;
	status: AgreementStatus;
	/** Who claims this status (a person id, an outlet, "Syrian government"…). */
	claimedBy: string;
	/**
	 * True when the article gives no date for the status itself ("is said to have signed"): the
	 * entry is placed at the date of the article that reports it and drawn as "date not given".
	 */
	reportedOnly?: boolean;
	/** Set when the article dates only the start of the visit the status comes from. */
	visitFrom?: VisitFrom;
	note?: string;
}

export interface Agreement extends Cited {
	id: string;
	title: string;
	kind: 'contract' | 'base' | 'commission' | 'process' | 'request' | 'offer' | 'treaty-set';
	parties: string[];
	sector: Sector;
	/** Year signed where a seed gives it. */
	signed: number | null;
	history: StatusEntry[];
}

/** A money range as a seed words it. */
export interface MoneyRange extends Cited {
	id: string;
	kind: 'range';
	label: string;
	currency: 'USD';
	low: number;
	high: number;
	/** The seed's own words. */
	wording: string;
	/** No seed gives a period: null, and we do not invent one. */
	period: string | null;
	constraints: string[];
}

/** A number the seeds give (a count, a duration…), with how they qualify it. */
export interface Figure extends Cited {
	id: string;
	kind: 'count';
	label: string;
	/** May be 0 ("not a single Russian company"). */
	value: number;
	unit: string;
	/** "around", "over", "more than"… as the seed qualifies the number; null if exact. */
	qualifier: string | null;
	/** Breakdown the seed lists with the number (sectors, countries…), in the seed's order. */
	items?: string[];
	/** What the number is about, in our words. */
	context?: string;
}

/** The economy records the trade-range chart and the prose use. */
export type EconomyRecord = MoneyRange | Figure;

export interface Claim extends Cited {
	/** Who says it (a person id, an outlet, or "reports"). */
	claimedBy: string;
	says: string;
}

export interface Disagreement extends Cited {
	id: string;
	topic: string;
	/** Related record ids (events, agreements). */
	about: string[];
	claims: Claim[];
	/** What can and cannot be concluded. */
	note: string;
}

export interface StoryData {
	title: string;
	period: { from: string; to: string };
	/**
	 * When the data were last checked against the articles (ISO date): the "data as of" date
	 * of the story's method section, the embeds, the downloads and the CSV/JSON files.
	 */
	checked: string;
	sources: Source[];
	people: Person[];
	events: StoryEvent[];
	agreements: Agreement[];
	/** Trade range, investment projects, the reconstruction list… (chart trade-range). */
	economy: EconomyRecord[];
	/** Other numbers the prose quotes (students, airstrikes, years of relations…). */
	figures: Figure[];
	disagreements: Disagreement[];
}

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

export const story: StoryData = {
	title: 'From patron to negotiated partner',
	period: { from: '2024-12', to: '2025-10' },
	checked: '2026-12-04',

	// -----------------------------------------------------------------------------------------
	// Sources
	// -----------------------------------------------------------------------------------------
	sources: [
		{
			id: 'seed-000',
			file: '000_97ab6c5ee982edda.txt',
			outlet: null,
			short: 'Diplomatic Updates',
			names: {
				ru: { short: 'Diplomatic Updates', full: '“Russia-Syria 2025 Diplomatic, Trade, and Security Updates”' },
				ar: { short: 'Diplomatic Updates', full: '“Russia-Syria 2025 Diplomatic, Trade, and Security Updates”' }
			},
			headline: 'Russia-Syria 2025 Diplomatic, Trade, and Security Updates',
			published: {
				date: '2025-01',
				precision: 'approximate',
				basis:
					'No date given. It reports the talks of "Tuesday (January 28)" as just held and dates the fall of Assad (December 2024) to "lasts month" [sic], so late January 2025, possibly early February.'
			},
			quality: [
				'No outlet, author or date named in the text.',
				'Typo in the opening paragraph: "lasts month".',
				'Names the Syrian leader inconsistently: "Ahmed Hussein al-Sharaa", "Ahmad al-Sharaa" and "Hussein al-Sharaa".',
				'Ends with page boilerplate: "Further Reading", "Syria Bans Russian Imports", "Scroll to Top".',
				'The extradition-for-bases request is attributed only to unnamed "reports".'
			],
			citations: [{ source: 'seed-000', quote: 'Russia-Syria 2025 Diplomatic, Trade, and Security Updates' }]
		},
		{
			id: 'trt',
			file: '001_518d9cd7206222da.txt',
			outlet: 'TRT World',
			short: 'TRT World',
			names: { ru: { short: 'TRT World', full: 'TRT World' }, ar: { short: 'تي آر تي وورلد', full: 'تي آر تي وورلد' } },
			headline: 'Can Russia turn a new leaf in bilateral ties with post-Assad Syria?',
			published: {
				date: '2025-08',
				precision: 'approximate',
				basis:
					'No date given (only "3 hours ago"). It calls the July 2025 Moscow visit, which it dates "on the last day of July", "A recent visit", so written after the end of July 2025, most likely in August 2025.'
			},
			quality: [
				'Headline printed twice at the top, with an inline photo caption ("(AP). / AP") and a relative timestamp "3 hours ago" instead of a date.',
				'Ends with TRT promotional boilerplate: "SOURCE:TRT World", "Sneak a peek at TRT Global. Share your feedback!", "Contact us".',
				'Inconsistent spellings within the article: "Ahmed al Shara" / "Ahmed al Sharaa"; "Asaad Hassan al-Shibani" / "Asaad Hassan al Shaibani" / "al Shibani".',
				'Dates the July visit to "the last day of July", while “A pragmatic rapprochement” has the ministers in Moscow "on 3 July".',
				'Putin receiving the July delegation is reported second-hand: "According to the Syrian state agency SANA".',
				'Reads as analysis: it argues a thesis ("Moscow now faces the imperative to transition from patron to negotiated partner"); several claims are hedged ("reportedly", "assets many believe").'
			],
			citations: [{ source: 'trt', quote: 'Can Russia turn a new leaf in bilateral ties with post-Assad Syria?' }]
		},
		{
			id: 'menafn',
			file: '002_c408ee87d62e1874.txt',
			outlet: 'MENAFN',
			short: 'MENAFN',
			names: { ru: { short: 'MENAFN', full: 'MENAFN' }, ar: { short: 'MENAFN', full: 'MENAFN' } },
			relay: {
				role: 'syndicated',
				disclaimer: 'kindly contact the provider above'
			},
			headline: 'Syria’s president’s trip to Moscow symbolizes milestone in their ties',
			published: {
				date: '2025-10',
				precision: 'month',
				basis:
					'No date given. The visit took place "Earlier this month" and the text speaks of "Syria’s October parliamentary elections" and "The October Moscow talks"; the year follows from "collapsed in December 2024" and "the 2025 food crisis".'
			},
			quality: [
				'Starts with page-error boilerplate: "403 Sorry!! Error! We\'re sorry, but the page you were looking for doesn\'t exist."',
				'The body is duplicated: the paragraphs from "Closed-door discussions..." to "In sum..." appear twice in full.',
				'Ends with the MENAFN legal disclaimer ("provides the information “as is” without warranty") and an empty comments block ("Comments", "No comment").',
				'No author or date; two of its claims (that the talks covered the future of the bases, and the extradition request) rest on unnamed reports ("According to reports", "Reports indicate").',
				'Strongly favourable to Moscow ("successfully transformed its perceived loss"); treat its assessments as opinion.'
			],
			citations: [{ source: 'menafn', quote: 'kindly contact the provider above' }, { source: 'menafn', quote: 'Syria’s president’s trip to Moscow symbolizes milestone in their ties' }]
		},
		{
			id: 'syrian-observer',
			file: '003_b367dd22c79a673b.txt',
			outlet: 'The Syrian Observer',
			short: 'Asharq Al-Awsat',
			names: {
				ru: { short: '«Аш-Шарк аль-Аусат»', full: '«Аш-Шарк аль-Аусат» в переводе The Syrian Observer' },
				ar: { short: 'الشرق الأوسط', full: 'الشرق الأوسط، بترجمة سيريان أوبزرفر' }
			},
			reportedBy: 'Asharq Al-Awsat',
			relay: { role: 'translated', disclaimer: 'The Syrian Observer has not verified the content of this story' },
			untitled: true,
			headline: 'A high-level Russian delegation is set to visit Damascus “in the near future”',
			published: {
				date: '2025-01',
				precision: 'approximate',
				basis:
					'No date given. It previews the Bogdanov delegation\'s visit (held on 28 January 2025 per “Russia-Syria 2025 Diplomatic, Trade, and Security Updates” and TRT) as upcoming and mentions "the recent Davos Forum", so January 2025, before the 28th.'
			},
			quality: [
				'The text has no headline; the headline field repeats the opening words of the lede.',
				'Relays an Asharq Al-Awsat report based on an unnamed "Russian source"; "translated and edited by The Syrian Observer".',
				'Disclaimer at the end: "The Syrian Observer has not verified the content of this story."',
				'Written before the January visit: the delegation\'s composition and agenda are expectations, not reports of what happened.'
			],
			citations: [{ source: 'syrian-observer', quote: 'The Syrian Observer has not verified the content of this story.' }, 
				{ source: 'syrian-observer', quote: 'A high-level Russian delegation is set to visit Damascus “in the near future”' }
			]
		},
		{
			id: 'seed-004',
			file: '004_30eac8dd1d6a9297.txt',
			outlet: null,
			short: 'A pragmatic rapprochement',
			names: {
				ru: { short: 'A pragmatic rapprochement', full: '“Syria - Russia: A pragmatic rapprochement”' },
				ar: { short: 'A pragmatic rapprochement', full: '“Syria - Russia: A pragmatic rapprochement”' }
			},
			headline: 'Syria - Russia: A pragmatic rapprochement',
			published: {
				date: '2025-10',
				precision: 'approximate',
				basis:
					'No date given. The latest event it cites is the R. Politik note "dated 27 October" (2025 by context) and it says Assad was overthrown "nearly a year ago", so on or after 27 October 2025 (late October or November 2025).'
			},
			quality: [
				'No outlet, author or date named; the text ends "Translated by Noël Burch", i.e. it is a translation.',
				'Day-month dates ("2 October", "12 October", "16 October", "27 October", "3 July") give no year; 2025 is inferred from context.',
				'Spelling variants: "Tartous" (for Tartus), "Kusnetsov" alongside "Kuznetsov", "Shaibani".',
				'Relays other reports second-hand (The Insider, R. Politik, SOHR, Die Zeit, Reuters) without links.',
				'Dates the July ministerial visit to "3 July", while TRT has "the last day of July".'
			],
			citations: [{ source: 'seed-004', quote: 'Syria - Russia: A pragmatic rapprochement' }]
		}
	],

	// -----------------------------------------------------------------------------------------
	// People
	// -----------------------------------------------------------------------------------------
	people: [
		{
			id: 'ahmed-al-sharaa',
			name: 'Ahmed al-Sharaa',
			names: { ru: 'Ахмед аш-Шараа', ar: 'أحمد الشرع' },
			variants: [
				'Ahmed Hussein al-Sharaa',
				'Hussein al-Sharaa',
				'Ahmad al-Sharaa',
				'Ahmad Al-Sharaa',
				'Ahmed al Sharaa',
				'Ahmed al Shara'
			],
			side: 'syria',
			sector: 'presidency',
			roles: [
				{
					title: 'Head of the Syrian administration',
					sector: 'presidency',
					when: 'January 2025',
					from: '2025-01',
					to: '2025-01',
					citations: [
						{ source: 'seed-000', quote: 'talks with the head of the Syrian administration, Ahmed Hussein al-Sharaa' },
						{ source: 'syrian-observer', quote: 'Meetings have been arranged with Ahmad Al-Sharaa, head of the Syrian administration' }
					]
				},
				{
					title: 'Interim (transitional) President of Syria',
					sector: 'presidency',
					when: 'July–October 2025',
					from: '2025-07',
					to: '2025-10',
					citations: [
						{ source: 'trt', quote: 'the transitional Syrian government under interim President Ahmed al Sharaa' },
						{ source: 'menafn', quote: 'Syria’s transitional president, Ahmad al-Sharaa, made his inaugural official visit to Moscow' },
						{ source: 'seed-004', quote: 'The interim President of Syria played down his resentment towards the Russians' }
					]
				},
				{
					title: 'Leader of Hay’at Tahrir al-Sham (HTS) during the offensive that overthrew Assad',
					sector: 'other',
					when: 'December 2024',
					from: '2024-12',
					to: '2024-12',
					citations: [
						{ source: 'seed-004', quote: 'the jihadi group Hay’at Tahrir al-Sham (HTS), led by al-Sharaa, during the offensive' }
					]
				}
			],
			citations: [
				{ source: 'seed-000', quote: 'the head of the Syrian administration, Ahmed Hussein al-Sharaa, on Tuesday (January 28)' },
				{ source: 'trt', quote: 'signalled the Ahmed al Shara administration’s willingness to engage with the Kremlin' },
				{ source: 'seed-004', quote: 'Visiting the Kremlin on 15 October 2025, Ahmad al-Sharaa would have liked to persuade Vladimir Putin' }
			]
		},
		{
			id: 'asaad-al-shaibani',
			name: 'Asaad al-Shaibani',
			names: { ru: 'Асаад аш-Шейбани', ar: 'أسعد الشيباني' },
			variants: [
				'Asaad Hassan al-Shibani',
				'Asaad Hassan al Shaibani',
				'Asaad Al-Shibani',
				'al-Shibani',
				'al Shibani',
				'Al-Shibani',
				'al Shaibani',
				'Al Shaibani',
				'Shaibani'
			],
			side: 'syria',
			sector: 'foreign-affairs',
			roles: [
				{
					title: 'Foreign Minister',
					sector: 'foreign-affairs',
					when: 'January–October 2025',
					from: '2025-01',
					to: '2025-10',
					citations: [
						{ source: 'seed-000', quote: 'The meeting was also attended by Syrian Foreign Minister Asaad al-Shaibani' },
						{ source: 'trt', quote: 'Syria’s Foreign Minister Asaad Hassan al-Shibani meets Russian Foreign Minister Sergey Lavrov in Moscow, July 2025' },
						{ source: 'seed-004', quote: 'This information was confirmed by the Syrian Foreign Minister, Asaad al-Shaibani.' }
					]
				}
			],
			citations: [
				{ source: 'syrian-observer', quote: 'During the recent Davos Forum, Foreign Minister Asaad Al-Shibani stated' },
				{ source: 'trt', quote: 'As the Syrian Foreign Minister Asaad Hassan al Shaibani put it' }
			]
		},
		{
			id: 'sergei-lavrov',
			name: 'Sergei Lavrov',
			names: { ru: 'Сергей Лавров', ar: 'سيرغي لافروف' },
			variants: ['Sergey Lavrov'],
			side: 'russia',
			sector: 'foreign-affairs',
			roles: [
				{
					title: 'Foreign Minister',
					sector: 'foreign-affairs',
					when: 'January–October 2025',
					from: '2025-01',
					to: '2025-10',
					citations: [
						{ source: 'syrian-observer', quote: 'Russian Foreign Minister Sergei Lavrov welcomed the new Syrian leadership’s cooperative tone' },
						{ source: 'trt', quote: 'after meeting with Foreign Minister Sergey Lavrov' },
						{ source: 'seed-004', quote: 'denied by the Russian authorities including Foreign Minister Sergei Lavrov in person' }
					]
				}
			],
			citations: [{ source: 'trt', quote: 'meets Russian Foreign Minister Sergey Lavrov in Moscow, July 2025' }]
		},
		{
			id: 'mikhail-bogdanov',
			name: 'Mikhail Bogdanov',
			names: { ru: 'Михаил Богданов', ar: 'ميخائيل بوغدانوف' },
			variants: [],
			side: 'russia',
			sector: 'foreign-affairs',
			roles: [
				{
					title: 'Deputy Foreign Minister',
					sector: 'foreign-affairs',
					when: 'January 2025',
					from: '2025-01',
					to: '2025-01',
					citations: [
						{ source: 'seed-000', quote: 'Russian Deputy Foreign Minister Mikhail Bogdanov has reported' },
						{ source: 'trt', quote: 'a Russian delegation led by Deputy Foreign Minister Mikhail Bogdanov' }
					]
				},
				{
					title: 'Presidential envoy to the Middle East and North Africa',
					sector: 'presidency',
					when: 'January 2025',
					from: '2025-01',
					to: '2025-01',
					citations: [
						{ source: 'syrian-observer', quote: 'Russia’s Deputy Foreign Minister and presidential envoy to the Middle East and North Africa' }
					]
				}
			],
			citations: [{ source: 'seed-000', quote: 'Bogdanov led the Russian delegation in talks' }]
		},
		{
			id: 'alexander-lavrentyev',
			name: 'Alexander Lavrentyev',
			names: { ru: 'Александр Лаврентьев', ar: 'ألكسندر لافرنتييف' },
			variants: [],
			side: 'russia',
			sector: 'presidency',
			roles: [
				{
					title: 'Special Presidential Envoy for Syria',
					sector: 'presidency',
					when: 'January 2025',
					from: '2025-01',
					to: '2025-01',
					citations: [{ source: 'trt', quote: 'Special Presidential Envoy for Syria Alexander Lavrentyev visited Damascus' }]
				}
			],
			citations: [{ source: 'trt', quote: 'Mikhail Bogdanov and Special Presidential Envoy for Syria Alexander Lavrentyev' }]
		},
		{
			id: 'vladimir-putin',
			name: 'Vladimir Putin',
			names: { ru: 'Владимир Путин', ar: 'فلاديمير بوتين' },
			variants: [],
			side: 'russia',
			sector: 'presidency',
			roles: [
				{
					title: 'President of Russia',
					sector: 'presidency',
					when: 'February–October 2025',
					from: '2025-02',
					to: '2025-10',
					citations: [
						{ source: 'trt', quote: 'received by Russian President Vladimir Putin at the Kremlin' },
						{ source: 'menafn', quote: 'Closed-door discussions between al-Sharaa and President Vladimir Putin' }
					]
				}
			],
			citations: [{ source: 'trt', quote: 'In February, Putin held a phone call with Ahmed al Sharaa' }]
		},
		{
			id: 'maher-al-sharaa',
			name: 'Maher al-Sharaa',
			names: { ru: 'Махер аш-Шараа', ar: 'ماهر الشرع' },
			variants: ['Maher al Sharaa'],
			side: 'syria',
			sector: 'presidency',
			roles: [
				{
					title: 'Health Minister',
					sector: 'health',
					when: 'January 2025',
					from: '2025-01',
					to: '2025-01',
					citations: [
						{ source: 'seed-000', quote: 'Syrian Foreign Minister Asaad al-Shaibani, Health Minister Maher al-Sharaa' },
						{ source: 'trt', quote: 'including al Shibani and then health minister Maher al Sharaa' }
					]
				},
				{
					title: 'Secretary General of the Presidential Office',
					sector: 'presidency',
					when: 'July 2025',
					from: '2025-07',
					to: '2025-07',
					citations: [
						{ source: 'trt', quote: 'Maher al Sharaa, Secretary General of the Presidential Office and brother of interim leader Ahmed al Sharaa' }
					]
				}
			],
			citations: [
				{ source: 'trt', quote: 'A graduate of a medical academy in Voronezh city of Russia' }
			]
		},
		{
			id: 'murhaf-abu-qasra',
			name: 'Murhaf Abu Qasra',
			names: { ru: 'Мурхаф Абу Касра', ar: 'مرهف أبو قصرة' },
			variants: [],
			side: 'syria',
			sector: 'defence',
			roles: [
				{
					title: 'Defence Minister',
					sector: 'defence',
					when: 'July 2025',
					from: '2025-07',
					to: '2025-07',
					citations: [
						{ source: 'seed-004', quote: 'the Syrian Foreign Minister, Defence Minister Murhaf Abu Qasra, and the intelligence chief' },
						{ source: 'trt', quote: 'The visit by the Syrian foreign and defence ministers' }
					]
				}
			],
			citations: [{ source: 'seed-004', quote: 'Defence Minister Murhaf Abu Qasra' }]
		},
		{
			id: 'hussein-al-salama',
			name: 'Hussein al-Salama',
			names: { ru: 'Хусейн ас-Салама', ar: 'حسين السلامة' },
			variants: [],
			side: 'syria',
			sector: 'intelligence',
			roles: [
				{
					title: 'Intelligence chief',
					sector: 'intelligence',
					when: 'July 2025',
					from: '2025-07',
					to: '2025-07',
					citations: [{ source: 'seed-004', quote: 'and the intelligence chief, Hussein al-Salama, were all in Moscow on 3 July' }]
				}
			],
			citations: [{ source: 'seed-004', quote: 'the intelligence chief, Hussein al-Salama' }]
		},
		{
			id: 'aleksandr-zorin',
			name: 'Aleksandr Zorin',
			names: { ru: 'Александр Зорин', ar: 'ألكسندر زورين' },
			variants: [],
			side: 'russia',
			sector: 'defence',
			roles: [
				{
					title: 'Lieutenant General, First Deputy Head of the General Staff’s Information Directorate',
					sector: 'defence',
					when: 'July 2025',
					from: '2025-07',
					to: '2025-07',
					citations: [
						{ source: 'trt', quote: 'Lieutenant General Aleksandr Zorin, the First Deputy Head of the General Staff’s Information Directorate' }
					]
				}
			],
			citations: [
				{ source: 'trt', quote: 'Zorin played a key role in organising ceasefires, facilitating evacuations' }
			]
		},
		{
			id: 'dmitry-peskov',
			name: 'Dmitry Peskov',
			names: { ru: 'Дмитрий Песков', ar: 'دميتري بيسكوف' },
			variants: [],
			side: 'russia',
			sector: 'presidency',
			roles: [
				{
					title: 'Kremlin spokesperson',
					sector: 'presidency',
					when: 'October 2025',
					from: '2025-10',
					to: '2025-10',
					citations: [{ source: 'menafn', quote: 'Kremlin spokesperson Dmitry Peskov stressed that Moscow sees no basis for this' }]
				}
			],
			citations: [{ source: 'menafn', quote: 'but Kremlin spokesperson Dmitry Peskov stressed' }]
		},
		{
			id: 'bashar-al-assad',
			name: 'Bashar al-Assad',
			names: { ru: 'Башар Асад', ar: 'بشار الأسد' },
			variants: ['Bashar al Assad', 'Bashar Assad', 'Bashar Al-Assad'],
			side: 'other',
			sector: 'presidency',
			roles: [
				{
					title: 'President of Syria (ousted December 2024), in exile in Russia',
					sector: 'presidency',
					when: 'until December 2024; in exile in Moscow since',
					from: '2024-12',
					to: '2025-10',
					citations: [
						{ source: 'syrian-observer', quote: 'granting asylum to ousted President Bashar Al-Assad and his family' },
						{ source: 'seed-000', quote: 'Al-Assad is currently in exile in Moscow.' }
					]
				}
			],
			citations: [
				{ source: 'trt', quote: 'once a fierce supporter of Bashar al Assad' },
				{ source: 'menafn', quote: 'since Bashar Assad’s regime collapsed in December 2024' }
			]
		},
		{
			id: 'vasily-kuznetsov',
			name: 'Vasily Kuznetsov',
			names: { ru: 'Василий Кузнецов', ar: 'فاسيلي كوزنيتسوف' },
			variants: ['Kusnetsov'],
			side: 'other',
			sector: 'other',
			roles: [
				{
					title: 'Head of the Institute for Oriental Studies in the Russian Academy of Sciences (analyst)',
					sector: 'other',
					when: 'October 2025',
					from: '2025-10',
					to: '2025-10',
					citations: [
						{ source: 'seed-004', quote: 'Vasily Kuznetsov, head of the Institute for Oriental Studies in the Russian Academy of Sciences' }
					]
				}
			],
			citations: [{ source: 'seed-004', quote: 'it is less costly to deal with it than with other countries”, is Kusnetsov’s opinion' }]
		},
		{
			id: 'nikita-smagin',
			name: 'Nikita Smagin',
			names: { ru: 'Никита Смагин', ar: 'نيكيتا سماغين' },
			variants: [],
			side: 'other',
			sector: 'other',
			roles: [
				{
					title: 'Independent expert on Russian policy in the Middle East (analyst)',
					sector: 'other',
					when: 'October 2025',
					from: '2025-10',
					to: '2025-10',
					citations: [
						{ source: 'seed-004', quote: 'According to Nikita Smagin, an independent expert on Russian policy in the Middle East' }
					]
				}
			],
			citations: [{ source: 'seed-004', quote: 'but Smagin has qualified these official assertions' }]
		},
		{
			id: 'kiril-semenov',
			name: 'Kiril Semenov',
			names: { ru: 'Кирилл Семёнов', ar: 'كيريل سيمينوف' },
			variants: [],
			side: 'other',
			sector: 'other',
			roles: [
				{
					title: 'Scholar writing for the Russian Council for International Affairs (RSMD) (analyst)',
					sector: 'other',
					when: 'September 2025',
					from: '2025-09',
					to: '2025-09',
					citations: [
						{ source: 'seed-004', quote: 'a think tank close to the Foreign Ministry, the scholar Kiril Semenov speculates' }
					]
				}
			],
			citations: [{ source: 'seed-004', quote: 'the scholar Kiril Semenov speculates' }]
		}
	],

	// -----------------------------------------------------------------------------------------
	// Events (time order)
	// -----------------------------------------------------------------------------------------
	events: [
		{
			id: 'fall-of-assad',
			title: 'Assad regime falls; Assad flees to Russia',
			kind: 'regime-change',
			date: { date: '2024-12', precision: 'month' },
			place: 'Damascus',
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: [],
			outcomes: [
				'Opposition forces seize Damascus; Assad flees to Russia, "reportedly with the assistance of Russian forces" (TRT).',
				'Assad and his family are granted refuge in Russia (“A pragmatic rapprochement”); he is "currently in exile in Moscow" (“Russia-Syria 2025 Diplomatic, Trade, and Security Updates”).'
			],
			firsts: [],
			citations: [
				{ source: 'trt', quote: 'His continued grip on power was largely made possible by the Russian military, which carried out sustained air strikes against the opposition and civilians across cities and the countryside.' },
				{ source: 'trt', quote: 'For years, Moscow was Assad’s closest ally.' },
				{ source: 'trt', quote: 'since the fall of the Assad regime in December 2024' },
				{ source: 'trt', quote: 'when opposition forces eventually seized Damascus, Assad fled—reportedly with the assistance of Russian forces—to Russia' },
				{ source: 'menafn', quote: 'since Bashar Assad’s regime collapsed in December 2024' },
				{ source: 'seed-004', quote: 'who has been granted refuge with his family in Russia since he was overthrown nearly a year ago' }
			]
		},
		{
			id: 'al-arabiya-interview',
			title: 'Al-Sharaa tells Al Arabiya Russia is an important country with shared strategic interests',
			kind: 'interview',
			date: {
				date: '2024-12',
				precision: 'approximate',
				note: '“Russia-Syria 2025 Diplomatic, Trade, and Security Updates” (written in late January 2025): "told Al Arabiya News last month"; TRT: "Shortly after Assad’s ouster". No day given.'
			},
			place: null,
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: ['Russia as "the second most powerful" country in the world', 'Shared strategic interests', 'Syrian weapons and power plants of Russian origin'],
			outcomes: ['Al-Sharaa: "We do not want Russia to leave Syria the way some others do." (TRT)'],
			firsts: [],
			citations: [
				{ source: 'trt', quote: 'He emphasised that Syria and Russia share strategic interests.' },
				{ source: 'trt', quote: 'All Syrian weapons are of Russian origin, and many power plants are operated by Russian experts. We do not want Russia to leave Syria the way some others do.' },
				{ source: 'seed-000', quote: 'Damascus and Moscow share “strategic interests” Syria’s new leader, Ahmad al-Sharaa told Al Arabiya News last month' },
				{ source: 'trt', quote: 'Shortly after Assad’s ouster, al Sharaa said in an interview with Saudi state television channel Al Arabiya' },
				{ source: 'trt', quote: 'We do not want Russia to leave Syria the way some others do.' }
			]
		},
		{
			id: 'tartus-port-annulled',
			title: 'Syria annuls the 2019 Tartus port investment agreement with a Russian company',
			kind: 'annulment',
			date: {
				date: '2025-01',
				precision: 'approximate',
				note: 'TRT: "earlier this year"; Asharq Al-Awsat via The Syrian Observer (January 2025, before the 28 January visit): "The recent cancellation". No exact date.'
			},
			place: 'Tartus',
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: ['Future of Russian business interests in Syria'],
			outcomes: [
				'The 2019 agreement for the management of the Tartus seaport is annulled (TRT) / cancelled (Asharq Al-Awsat, via The Syrian Observer).',
				'Control of the port is "later transferred to an Emirati operator" (TRT; undated).',
				'The Syrian leadership "sought to downplay any political implications" (Asharq Al-Awsat, via The Syrian Observer).'
			],
			firsts: ['"The first concrete example" of the reassessment of agreements with Russia (TRT).'],
			citations: [
				{ source: 'trt', quote: 'earlier this year, when the Syrian government annulled an investment agreement signed in 2019 with a Russian company' },
				{ source: 'syrian-observer', quote: 'The recent cancellation of a 2019 agreement to invest in the port of Tartus' },
				{ source: 'syrian-observer', quote: 'The Syrian leadership has sought to downplay any political implications of the port agreement’s cancellation.' }
			]
		},
		{
			id: 'davos-statement',
			title: 'Al-Shaibani at Davos: Syria moving towards privatising major strategic projects',
			kind: 'statement',
			date: {
				date: '2025-01',
				precision: 'approximate',
				note: 'Asharq Al-Awsat via The Syrian Observer (written in January 2025, before the 28 January visit): "During the recent Davos Forum". No date given.'
			},
			place: 'Davos',
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: ['Privatisation of major strategic projects', 'Tartus port cancellation'],
			outcomes: ['Statement that the government "is moving towards privatizing major strategic projects to bolster state revenues".'],
			firsts: [],
			citations: [
				{ source: 'syrian-observer', quote: 'During the recent Davos Forum, Foreign Minister Asaad Al-Shibani stated that the government is moving towards privatizing major strategic projects' }
			]
		},
		{
			id: 'january-visit',
			title: 'Bogdanov-led Russian delegation holds talks in Damascus',
			kind: 'visit',
			date: {
				date: '2025-01-28',
				precision: 'day',
				note: '“Russia-Syria 2025 Diplomatic, Trade, and Security Updates”: "on Tuesday (January 28)"; TRT: "Just one month after Assad\'s fall, on January 28". The year, 2025, follows from context.'
			},
			place: 'Damascus',
			direction: 'to-damascus',
			level: 'deputy-minister',
			contact: true,
			participants: [
				{
					side: 'russia',
					person: 'mikhail-bogdanov',
					sector: 'foreign-affairs',
					citations: [
						{ source: 'seed-000', quote: 'Bogdanov led the Russian delegation in talks with the head of the Syrian administration' },
						{ source: 'trt', quote: 'a Russian delegation led by Deputy Foreign Minister Mikhail Bogdanov' }
					]
				},
				{
					side: 'russia',
					person: 'alexander-lavrentyev',
					sector: 'presidency',
					citations: [
						{ source: 'trt', quote: 'Special Presidential Envoy for Syria Alexander Lavrentyev visited Damascus' }
					]
				},
				{
					side: 'russia',
					person: null,
					group: 'representatives from several Russian ... government agencies',
					sector: 'other',
					citations: [
						{ source: 'seed-000', quote: 'representatives from several Russian and Syrian government agencies' }
					]
				},
				{
					side: 'syria',
					person: 'ahmed-al-sharaa',
					sector: 'presidency',
					citations: [
						{ source: 'seed-000', quote: 'talks with the head of the Syrian administration, Ahmed Hussein al-Sharaa, on Tuesday (January 28)' }
					]
				},
				{
					side: 'syria',
					person: 'asaad-al-shaibani',
					sector: 'foreign-affairs',
					citations: [
						{ source: 'seed-000', quote: 'The meeting was also attended by Syrian Foreign Minister Asaad al-Shaibani' },
						{ source: 'trt', quote: 'held in-depth talks with members of the transitional government, including al Shibani' }
					]
				},
				{
					side: 'syria',
					person: 'maher-al-sharaa',
					sector: 'health',
					citations: [
						{ source: 'seed-000', quote: 'Health Minister Maher al-Sharaa, and representatives from several Russian and Syrian government agencies' },
						{ source: 'trt', quote: 'including al Shibani and then health minister Maher al Sharaa' }
					]
				},
				{
					side: 'syria',
					person: null,
					group: 'representatives from several ... Syrian government agencies',
					sector: 'other',
					citations: [
						{ source: 'seed-000', quote: 'representatives from several Russian and Syrian government agencies' }
					]
				}
			],
			topics: [
				'Russia’s continued military presence in Syria',
				'Status of the Russian facilities in Tartus and Hmeimim',
				'Trade and economic relations',
				'Russian- and Soviet-built infrastructure projects (power plants, dams)',
				'Russian help in stabilizing Syria and with economic and social challenges'
			],
			outcomes: [
				'No specific agreements were reached (Bogdanov).',
				'Agreement "to continue an in-depth dialogue on various aspects of cooperation" (Bogdanov).',
				'Bogdanov: "As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet".',
				'Bogdanov: the power shift "will not change the nature of Russian-Syrian relations"; Damascus showed "understanding and attention" for Russia’s position.'
			],
			firsts: [
				'First official Russian visit since Assad’s removal (TRT); "the first Russian diplomatic visit to Syria since its leadership change" (“Russia-Syria 2025 Diplomatic, Trade, and Security Updates”).',
				'Previewed as "the first official discussions between Moscow and Syria’s new administration" (Asharq Al-Awsat, via The Syrian Observer).'
			],
			citations: [
				{ source: 'seed-000', quote: 'The discussions included Russia’s continued military presence in Syria, though no specific agreements were reached' },
				{ source: 'syrian-observer', quote: 'will include representatives from the foreign and defense ministries, economic officials' },
				{ source: 'syrian-observer', quote: 'as previous communications were limited to closed military and diplomatic channels' },
				{ source: 'seed-000', quote: 'It was the first Russian diplomatic visit to Syria since its leadership change.' },
				{ source: 'seed-000', quote: 'though no specific agreements were reached, according to Bogdanov' },
				{ source: 'seed-000', quote: 'As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet' },
				{ source: 'seed-000', quote: 'an agreement was reached to continue an in-depth dialogue on various aspects of cooperation' },
				{ source: 'trt', quote: 'This marked the first official Russian visit since Assad’s removal.' },
				{ source: 'syrian-observer', quote: 'This will mark the first official discussions between Moscow and Syria’s new administration' }
			]
		},
		{
			id: 'february-call',
			title: 'Putin and al-Sharaa speak by phone',
			kind: 'call',
			date: {
				date: '2025-02',
				precision: 'month',
				note: 'TRT: "In February"; the year, 2025, follows from context (after the 28 January visit).'
			},
			place: null,
			direction: 'phone',
			level: 'head-of-state',
			contact: true,
			participants: [
				{
					side: 'russia',
					person: 'vladimir-putin',
					sector: 'presidency',
					citations: [{ source: 'trt', quote: 'In February, Putin held a phone call with Ahmed al Sharaa' }]
				},
				{
					side: 'syria',
					person: 'ahmed-al-sharaa',
					sector: 'presidency',
					roleNotGiven: 'TRT World names him without a title for the February call; the articles call him head of the Syrian administration in January and interim president from July.',
					citations: [{ source: 'trt', quote: 'Putin held a phone call with Ahmed al Sharaa' }]
				}
			],
			topics: [],
			outcomes: ['The Kremlin described the call as "constructive and businesslike".'],
			firsts: [],
			citations: [
				{ source: 'trt', quote: 'In February, Putin held a phone call with Ahmed al Sharaa, which the Kremlin described as “constructive and businesslike”' }
			]
		},
		{
			id: 'israel-lobbying-report',
			title: 'Reuters reports Israeli lobbying in the US to keep Syria weak, even letting Russia keep its bases',
			kind: 'report',
			date: { date: '2025-02-25', precision: 'day' },
			place: null,
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: ['Israeli lobbying in the US', 'Russian military bases as a counter to Turkish influence'],
			outcomes: ['Israel lobbied the US "to keep Syria weak and decentralised", even letting Russia keep its military bases (Reuters, via “A pragmatic rapprochement”).'],
			firsts: [],
			citations: [
				{ source: 'seed-004', quote: 'On 25 February 2025, Reuters noted Israel’s lobbying in the US “to keep Syria weak and decentralised' },
				{ source: 'seed-004', quote: 'even letting Russia keep its military bases to counter the growing Turkish influence in the country' }
			]
		},
		{
			id: 'alawite-clashes',
			title: 'Clashes between government forces and Alawites',
			kind: 'conflict',
			date: { date: '2025-03', precision: 'month' },
			place: null,
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: [],
			outcomes: [],
			firsts: [],
			citations: [
				{ source: 'seed-004', quote: 'the bloody clashes between government forces and local minorities, such as the Alawites in March 2025' }
			]
		},
		{
			id: 'wheat-shipments-resumed',
			title: 'Regular Russian wheat shipments to Syria resume',
			kind: 'shipment',
			date: { date: '2025-04', precision: 'month' },
			place: null,
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: ['2025 food crisis', 'Worst drought in 36 years'],
			outcomes: ['Regular Russian shipments resumed, "ensuring continuity of essential supplies" (MENAFN).'],
			firsts: [],
			citations: [
				{ source: 'menafn', quote: 'Regular Russian shipments resumed in April 2025, ensuring continuity of essential supplies.' },
				{ source: 'menafn', quote: 'the 2025 food crisis caused by the country’s worst drought in 36 years' }
			]
		},
		{
			id: 'druze-clashes',
			title: 'Clashes between government forces and the Druze',
			kind: 'conflict',
			date: {
				date: '2025-07',
				precision: 'month',
				note: '“A pragmatic rapprochement”: "the Druze in July"; the year, 2025, follows from context (listed after "the Alawites in March 2025").'
			},
			place: null,
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: [],
			outcomes: [],
			firsts: [],
			citations: [
				{ source: 'seed-004', quote: 'such as the Alawites in March 2025 and the Druze in July' }
			]
		},
		{
			id: 'july-ministers',
			title: 'Syrian ministerial delegation in Moscow',
			kind: 'visit',
			date: {
				date: '2025-07-03',
				precision: 'disputed',
				note: '“A pragmatic rapprochement”: the ministers "were all in Moscow on 3 July" (year inferred from context); TRT: the delegation "landed in Moscow on the last day of July" (TRT\'s photo caption: "July 2025"). The articles do not say whether these are one visit or two.',
				claims: [
					{
						date: '2025-07-03',
						wording: 'were all in Moscow on 3 July',
						citations: [{ source: 'seed-004', quote: 'Hussein al-Salama, were all in Moscow on 3 July' }]
					},
					{
						date: '2025-07-31',
						wording: 'on the last day of July',
						visitFrom: true,
						citations: [{ source: 'trt', quote: 'When a high-level Syrian delegation landed in Moscow on the last day of July' }]
					}
				]
			},
			place: 'Moscow',
			direction: 'to-moscow',
			level: 'minister',
			contact: true,
			participants: [
				{
					side: 'syria',
					person: 'asaad-al-shaibani',
					sector: 'foreign-affairs',
					citations: [
						{ source: 'trt', quote: 'Syria’s Foreign Minister Asaad Hassan al-Shibani meets Russian Foreign Minister Sergey Lavrov in Moscow, July 2025' },
						{ source: 'seed-004', quote: 'the Syrian Foreign Minister, Defence Minister Murhaf Abu Qasra, and the intelligence chief' }
					]
				},
				{
					side: 'syria',
					person: 'murhaf-abu-qasra',
					sector: 'defence',
					citations: [
						{ source: 'seed-004', quote: 'Defence Minister Murhaf Abu Qasra, and the intelligence chief, Hussein al-Salama, were all in Moscow' }
					]
				},
				{
					side: 'syria',
					person: null,
					group: 'the defence minister (not named by TRT World)',
					individual: true,
					sector: 'defence',
					citations: [
						{ source: 'trt', quote: 'The visit by the Syrian foreign and defence ministers marked the first official trip to Russia' }
					]
				},
				{
					side: 'syria',
					person: 'hussein-al-salama',
					sector: 'intelligence',
					citations: [
						{ source: 'seed-004', quote: 'the intelligence chief, Hussein al-Salama, were all in Moscow on 3 July' }
					]
				},
				{
					side: 'syria',
					person: 'maher-al-sharaa',
					sector: 'presidency',
					citations: [
						{ source: 'trt', quote: 'Also present on the Syrian side was Maher al Sharaa, Secretary General of the Presidential Office' }
					]
				},
				{
					side: 'russia',
					person: 'sergei-lavrov',
					sector: 'foreign-affairs',
					citations: [
						{ source: 'trt', quote: 'after meeting with Foreign Minister Sergey Lavrov, the Syrian delegation was also received' },
						{ source: 'trt', quote: 'Following his meeting with Lavrov, al Shibani confirmed' }
					]
				},
				{
					side: 'russia',
					person: 'aleksandr-zorin',
					sector: 'defence',
					citations: [
						{ source: 'trt', quote: 'the Russian side was represented not only by diplomats but also by Lieutenant General Aleksandr Zorin' }
					]
				},
				{
					side: 'russia',
					person: 'vladimir-putin',
					sector: 'presidency',
					citations: [
						{ source: 'trt', quote: 'According to the Syrian state agency SANA ... the Syrian delegation was also received by Russian President Vladimir Putin at the Kremlin' }
					]
				}
			],
			topics: [
				'Reassessment of existing bilateral agreements',
				'Political and military issues',
				'Trade, economic cooperation and regional stability',
				'Syria’s post-war reconstruction',
				'Not reported by Russian media: compensation for damage from Russia’s intervention, recovery of assets looted by Assad (TRT)'
			],
			outcomes: [
				'Agreement "to carry out a comprehensive review of all existing agreements", on a regular basis (Lavrov).',
				'Agreement to revise and adapt prior agreements "to the new reality" (al-Shaibani).',
				'Agreement to establish a new intergovernmental commission (al-Shaibani).',
				'Aim to "open a new page in bilateral relations" (al-Shaibani); Lavrov called the talks "very useful" and thanked Damascus for safeguarding Russian facilities and personnel.'
			],
			firsts: [
				'First official trip to Russia by any official from Syria’s transitional government since the fall of the Assad regime (TRT).'
			],
			citations: [
				{ source: 'trt', quote: 'the first official trip to Russia by any official from Syria’s transitional government since the fall of the Assad regime' },
				{ source: 'trt', quote: 'We agreed to carry out a comprehensive review of all existing agreements.' },
				{ source: 'trt', quote: 'He also noted an agreement to establish a new intergovernmental commission.' },
				{ source: 'trt', quote: 'the aim was to “open a new page in bilateral relations”' },
				{ source: 'seed-004', quote: 'Several ministerial delegations have been preparing this presidential visit over recent months.' }
			]
		},
		{
			id: 'rsmd-text',
			title: 'Semenov (RSMD): Russia could help prevent any outside actor dominating Syria’s security space',
			kind: 'report',
			date: { date: '2025-09-01', precision: 'day' },
			place: null,
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: ['Post-war reforms', 'Turkish influence', 'Russia with its Arab partners as a multilateral framework'],
			outcomes: [],
			firsts: [],
			citations: [
				{ source: 'seed-004', quote: 'In a text published on 1 September 2025 by the Russian Council for International Affairs' },
				{ source: 'seed-004', quote: 'to prevent any outside actor, and especially Turkey, from dominating the Syrian security space' }
			]
		},
		{
			id: 'court-warrant',
			title: 'Damascus court issues arrest warrant for Assad',
			kind: 'court',
			date: {
				date: '2025-09',
				precision: 'month',
				note: '“A pragmatic rapprochement”: "In September"; the year, 2025, follows from context (before the 15 October 2025 visit).'
			},
			place: 'Damascus',
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: [],
			outcomes: ['Warrant for Assad’s arrest, accusing him of premeditated murders and torture resulting in death.'],
			firsts: [],
			citations: [
				{ source: 'seed-004', quote: 'In September, a Damascus court issued a warrant for Assad’s arrest' },
				{ source: 'seed-004', quote: 'accusing him of premeditated murders and torture resulting in death' }
			]
		},
		{
			id: 'sohr-report',
			title: 'SOHR reports rumour that Assad was hospitalised after a poisoning attempt',
			kind: 'report',
			date: {
				date: '2025-10-02',
				precision: 'day',
				note: '“A pragmatic rapprochement”: "a report dated 2 October"; the year, 2025, is inferred from context.'
			},
			place: null,
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: ['Rumoured poisoning attempt on Assad'],
			outcomes: [
				'SOHR: the Russian government was "in no way involved".',
				'The rumour was denied by the Russian authorities, including Sergei Lavrov.'
			],
			firsts: [],
			citations: [
				{ source: 'seed-004', quote: 'a rumour reported by the Syrian Observatory for Human Rights (SOHR) in a report dated 2 October' },
				{ source: 'seed-004', quote: 'The rumour, denied by the Russian authorities including Foreign Minister Sergei Lavrov in person' }
			]
		},
		{
			id: 'parliamentary-elections',
			title: 'Syrian parliamentary elections',
			kind: 'election',
			date: {
				date: '2025-10',
				precision: 'month',
				note: 'MENAFN: "Syria’s October parliamentary elections"; the year, 2025, follows from context.'
			},
			place: null,
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: [],
			outcomes: [
				'Putin described the elections as "an important step toward political stabilization" (MENAFN) and acknowledged their results (The Insider, via “A pragmatic rapprochement”).'
			],
			firsts: [],
			citations: [
				{ source: 'menafn', quote: 'He described Syria’s October parliamentary elections as an important step toward political stabilization.' },
				{ source: 'seed-004', quote: 'The only public result was Putin’s acknowledgement of the results of the parliamentary election in Syria' }
			]
		},
		{
			id: 'die-zeit-report',
			title: 'Die Zeit: the Assad family owns twenty or so apartments in and around Moscow',
			kind: 'report',
			date: {
				date: '2025-10-12',
				precision: 'day',
				note: '“A pragmatic rapprochement”: "published on 12 October"; the year, 2025, is inferred from context.'
			},
			place: null,
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: ['Assad’s life in exile'],
			outcomes: ['Assad lives under the protection of a private company hired by the Russian government (Die Zeit, via “A pragmatic rapprochement”).'],
			firsts: [],
			citations: [
				{ source: 'seed-004', quote: 'the twenty or so apartments which they own in Moscow ... published on 12 October by the German newspaper Die Zeit' }
			]
		},
		{
			id: 'october-summit',
			title: 'Al-Sharaa meets Putin at the Kremlin',
			kind: 'summit',
			date: { date: '2025-10-15', precision: 'day', note: '“A pragmatic rapprochement”: "on 15 October 2025"; MENAFN agrees: "Earlier this month".' },
			place: 'Moscow (Kremlin)',
			direction: 'to-moscow',
			level: 'head-of-state',
			contact: true,
			participants: [
				{
					side: 'syria',
					person: 'ahmed-al-sharaa',
					sector: 'presidency',
					citations: [
						{ source: 'seed-004', quote: 'Visiting the Kremlin on 15 October 2025, Ahmad al-Sharaa would have liked to persuade Vladimir Putin' },
						{ source: 'menafn', quote: 'Closed-door discussions between al-Sharaa and President Vladimir Putin lasted over two and a half hours at the Kremlin' }
					]
				},
				{
					side: 'russia',
					person: 'vladimir-putin',
					sector: 'presidency',
					citations: [
						{ source: 'menafn', quote: 'Closed-door discussions between al-Sharaa and President Vladimir Putin lasted over two and a half hours at the Kremlin' },
						{ source: 'seed-004', quote: 'as Vladimir Putin spelled out on 15 October' }
					]
				}
			],
			topics: [
				'Bilateral relations, economic and humanitarian cooperation, the Middle East (MENAFN)',
				'Future of the Russian bases in Tartus and Hmeimim',
				'Extradition of Bashar al-Assad',
				'The Intergovernmental Commission on Trade and Economic Cooperation; bilateral trade',
				'Deliveries of wheat, food and medicine',
				'Potential adjustments to Russia’s military footprint (MENAFN)',
				'Reviewing and possibly amending the treaties governing relations (Kuznetsov, via “A pragmatic rapprochement”)'
			],
			outcomes: [
				'MENAFN: both sides agreed to convene the Intergovernmental Commission on Trade and Economic Cooperation.',
				'MENAFN: Putin described Syria’s October parliamentary elections as an important step toward political stabilization.',
				'“A pragmatic rapprochement”: al-Sharaa promised to respect all the previous agreements, "implying the preservation of the Russian military bases"; Syria has no objection to new accords on a "mutually advantageous basis".',
				'“A pragmatic rapprochement”: no formal agreement on preserving the bases at Tartus and Hmeimim.',
				'The Insider (via “A pragmatic rapprochement”): no immediate agreement on the bases; "The only public result was Putin’s acknowledgement" of the election results.',
				'Extradition of Assad: "nothing came of it" (“A pragmatic rapprochement”); Peskov: Moscow "sees no basis for this" (MENAFN).'
			],
			firsts: [
				'First time a Syrian leader has travelled to Russia since Assad’s regime collapsed in December 2024 (MENAFN).',
				'Al-Sharaa’s first official visit to Moscow (MENAFN: "inaugural official visit"; “A pragmatic rapprochement”).',
				'Closed-door talks lasted "over two and a half hours" (MENAFN).'
			],
			citations: [
				{ source: 'menafn', quote: 'According to reports, the talks covered bilateral relations, economic and humanitarian cooperation, the evolving Middle East landscape, and the future of Russia’s strategically crucial bases in Tartus and Hmeimim.' },
				{ source: 'seed-004', quote: 'Ahmad al-Sharaa’s first official visit to Moscow took place in a spirit of realpolitik.' },
				{ source: 'menafn', quote: 'marking the first time a Syrian leader has traveled to Russia since Bashar Assad’s regime collapsed in December 2024' },
				{ source: 'menafn', quote: 'Earlier this month, Syria’s transitional president, Ahmad al-Sharaa, made his inaugural official visit to Moscow' },
				{ source: 'menafn', quote: 'the future of Russia’s strategically crucial bases in Tartus and Hmeimim' },
				{ source: 'menafn', quote: 'The October Moscow talks also addressed potential adjustments to Russia’s military footprint to reflect new realities.' },
				{ source: 'menafn', quote: 'Talks included the delivery of wheat, food, and medicine' }
			]
		},
		{
			id: 'shaibani-after-summit',
			title: 'Al-Shaibani: Assad-era accords "suspended and unacceptable"',
			kind: 'statement',
			date: {
				date: '2025-10',
				precision: 'approximate',
				note: '“A pragmatic rapprochement”: "insisted after the visit" (the 15 October 2025 visit); no date given.'
			},
			place: null,
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: ['Assad-era accords', 'Extradition of Assad', 'Reparations'],
			outcomes: [
				'All accords concluded with Moscow under the previous regime are "suspended and unacceptable".',
				'Damascus insists on Assad being extradited to face trial in Syria.',
				'Suggestion that Moscow should pay reparations for the damage done to Syria’s economy.'
			],
			firsts: [],
			citations: [
				{ source: 'seed-004', quote: 'Foreign Minister Shaibani insisted after the visit that all the accords concluded with Moscow under the previous regime were “suspended and unacceptable”' },
				{ source: 'seed-004', quote: 'He also reiterated Damascus’ insistence on Bashar al-Assad being extradited to face trial in his own country.' },
				{ source: 'seed-004', quote: 'He suggested too that Moscow should pay reparations' }
			]
		},
		{
			id: 'insider-report',
			title: 'The Insider: the visit brought no immediate agreement on the Russian bases',
			kind: 'report',
			date: {
				date: '2025-10-16',
				precision: 'day',
				note: '“A pragmatic rapprochement”: "reported on 16 October"; the year, 2025, is inferred from context.'
			},
			place: null,
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: ['Russian military bases', 'Syrian parliamentary election'],
			outcomes: ['No immediate agreement on preserving the bases; the only public result was Putin’s acknowledgement of the election results.'],
			firsts: [],
			citations: [
				{ source: 'seed-004', quote: 'did not result in an immediate agreement on the preservation of Russian military bases' },
				{ source: 'seed-004', quote: 'as the independent Russian outlet, The Insider, reported on 16 October' }
			]
		},
		{
			id: 'rpolitik-note',
			title: 'R. Politik note: the Qamishli base is also thought to have been discussed',
			kind: 'report',
			date: {
				date: '2025-10-27',
				precision: 'day',
				note: '“A pragmatic rapprochement”: "dated 27 October"; the year, 2025, is inferred from context.'
			},
			place: null,
			direction: 'other',
			level: 'none',
			contact: false,
			participants: [],
			topics: ['Qamishli base', 'Hmeimim as supply base for the Russian "Africa Corps"'],
			outcomes: ['Qamishli would provide an alternative platform if Damascus places more conditions on the use of Hmeimim (R. Politik, via “A pragmatic rapprochement”).'],
			firsts: [],
			citations: [
				{ source: 'seed-004', quote: 'The base at Qamishli is also thought to have been discussed' },
				{ source: 'seed-004', quote: 'R. Politik, dated 27 October' },
				{ source: 'seed-004', quote: 'Qamishli would provide an alternative platform' }
			]
		}
	],

	// -----------------------------------------------------------------------------------------
	// Agreements, bases, requests and offers (each history in time order)
	// -----------------------------------------------------------------------------------------
	agreements: [
		{
			id: 'tartus-port-2019',
			title: 'Tartus seaport investment and management agreement (2019)',
			kind: 'contract',
			parties: ['Syrian government', 'a private Russian company (not named)'],
			sector: 'economy',
			signed: 2019,
			history: [
				{
					date: '2019',
					precision: 'year',
					status: 'in-force',
					claimedBy: 'trt',
					note: 'Signed in 2019 "with a Russian company" (TRT) / "with a private Russian company" (Asharq Al-Awsat, translated by The Syrian Observer); the articles give no month. The port is spelled "Tartus" in all articles that name it (“A pragmatic rapprochement” spells the naval base "Tartous").',
					citations: [
						{ source: 'trt', quote: 'an investment agreement signed in 2019 with a Russian company for the management of the Tartus seaport' },
						{ source: 'syrian-observer', quote: 'a 2019 agreement to invest in the port of Tartus—signed with a private Russian company' }
					]
				},
				{
					date: '2025-01',
					precision: 'approximate',
					status: 'annulled',
					claimedBy: 'trt; syrian-observer',
					note: 'TRT World: "earlier this year, when the Syrian government annulled" the agreement; Asharq Al-Awsat, translated by The Syrian Observer (January 2025): "The recent cancellation". Neither quotes a Syrian statement.',
					citations: [
						{ source: 'trt', quote: 'earlier this year, when the Syrian government annulled an investment agreement signed in 2019' },
						{ source: 'syrian-observer', quote: 'The recent cancellation of a 2019 agreement to invest in the port of Tartus' }
					]
				},
				{
					date: '2025',
					precision: 'approximate',
					status: 'transferred',
					claimedBy: 'trt',
					note: 'Undated: TRT says control of the port "was later transferred to an Emirati operator" — i.e. after the annulment (about January 2025) and before TRT’s article (about August 2025). The operator is not named.',
					citations: [{ source: 'trt', quote: 'Control of the port was later transferred to an Emirati operator.' }]
				}
			],
			citations: [
				{ source: 'trt', quote: 'The first concrete example of such a reassessment came earlier this year' }
			]
		},
		{
			id: 'tartus-base',
			title: 'Russian naval base at Tartus',
			kind: 'base',
			parties: ['Russia', 'Syria'],
			sector: 'defence',
			signed: null,
			history: [
				{
					date: '2025-01',
					precision: 'approximate',
					status: 'unresolved',
					claimedBy: 'ahmed-al-sharaa',
					note: 'Quoted in Asharq Al-Awsat’s January 2025 preview (translated by The Syrian Observer) (date of the remark not given): the bases "might continue temporarily"; he also said no official requests had been made to revise the agreements governing the bases. “A pragmatic rapprochement” mentions a declaration from Damascus "at the beginning of the year" hinting at losing the bases.',
					citations: [
						{ source: 'syrian-observer', quote: 'the presence of Russian bases in Hmeimim and Tartus might continue temporarily' },
						{ source: 'syrian-observer', quote: 'no official requests have been made to Moscow to revise agreements governing the Russian military bases' },
						{ source: 'seed-004', quote: 'To lose these bases - hinted at in a declaration from Damascus at the beginning of the year' }
					]
				},
				{
					date: '2025-01',
					precision: 'month',
					status: 'unresolved',
					claimedBy: 'mikhail-bogdanov',
					note: 'After the 28 January talks, Bogdanov: "As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet"; "no specific agreements were reached" on Russia’s continued military presence.',
					citations: [
						{ source: 'seed-000', quote: 'As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet' },
						{ source: 'seed-000', quote: 'though no specific agreements were reached' }
					]
				},
				{
					date: '2025-08',
					precision: 'approximate',
					status: 'unresolved',
					claimedBy: 'trt',
					note: 'TRT (written after the July 2025 visit): the presence is "now subject to negotiation rather than assumed consent".',
					citations: [
						{ source: 'trt', quote: 'maintaining its critical military presence in Tartus and Hmeymim remains a core strategic imperative, albeit now subject to negotiation' }
					]
				},
				{
					date: '2025-10',
					precision: 'month',
					status: 'unresolved',
					claimedBy: 'seed-004; The Insider',
					note: 'After the 15 October summit: no formal agreement on preserving the base ("Tartous" in “A pragmatic rapprochement”); The Insider: no immediate agreement. The bases "remain operational" for the moment. The same article says al-Sharaa "promised to respect all the previous agreements between the two countries, implying the preservation of the Russian military bases in Syria".',
					citations: [
						{ source: 'seed-004', quote: 'the two countries have not come to a formal agreement concerning the preservation of the Russian navy’s military base at Tartous' },
						{ source: 'seed-004', quote: 'did not result in an immediate agreement on the preservation of Russian military bases' },
						{ source: 'seed-004', quote: 'For the moment, the two Russian bases remain operational' },
						{ source: 'seed-004', quote: 'promised to respect all the previous agreements between the two countries, implying the preservation of the Russian military bases in Syria' }
					]
				},
				{
					date: '2025-10',
					precision: 'month',
					status: 'unresolved',
					claimedBy: 'menafn',
					note: 'MENAFN: Russia’s military presence, "including Tartus and Hmeimim bases, remains critical for deterring external threats"; "According to reports", the talks covered "the future of Russia’s strategically crucial bases in Tartus and Hmeimim". It reports no agreement on their future.',
					citations: [
						{ source: 'menafn', quote: 'Russia’s military presence, including Tartus and Hmeimim bases, remains critical for deterring external threats' },
						{ source: 'menafn', quote: 'According to reports, the talks covered bilateral relations, economic and humanitarian cooperation, the evolving Middle East landscape, and the future of Russia’s strategically crucial bases in Tartus and Hmeimim' }
					]
				}
			],
			citations: [
				{ source: 'trt', quote: 'Notably, the new government in Damascus did not demand the immediate withdrawal of Russian forces.' },
				{ source: 'seed-004', quote: 'the preservation of the Russian navy’s military base at Tartous and the airfield at Hmeimim' }
			]
		},
		{
			id: 'hmeimim-base',
			title: 'Russian air base at Hmeimim',
			kind: 'base',
			parties: ['Russia', 'Syria'],
			sector: 'defence',
			signed: null,
			history: [
				{
					date: '2025-01',
					precision: 'approximate',
					status: 'unresolved',
					claimedBy: 'ahmed-al-sharaa',
					note: 'Quoted in Asharq Al-Awsat’s January 2025 preview (translated by The Syrian Observer) (date of the remark not given): the bases "might continue temporarily". Spellings in the articles: Hmeimim (MENAFN; Asharq Al-Awsat, translated by The Syrian Observer; “A pragmatic rapprochement”), Hmeymim (TRT World), Khmeimim (“Russia-Syria 2025 Diplomatic, Trade, and Security Updates”).',
					citations: [
						{ source: 'syrian-observer', quote: 'the presence of Russian bases in Hmeimim and Tartus might continue temporarily' }
					]
				},
				{
					date: '2025-01',
					precision: 'month',
					status: 'unresolved',
					claimedBy: 'mikhail-bogdanov',
					note: 'After the 28 January talks, Bogdanov: "As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet" (“Russia-Syria 2025 Diplomatic, Trade, and Security Updates” spells it "Khmeimim").',
					citations: [
						{ source: 'seed-000', quote: 'As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet' }
					]
				},
				{
					date: '2025-08',
					precision: 'approximate',
					status: 'unresolved',
					claimedBy: 'trt',
					note: 'TRT (written after the July 2025 visit; spells it "Hmeymim"): presence "now subject to negotiation rather than assumed consent".',
					citations: [
						{ source: 'trt', quote: 'Tartus and Hmeymim remains a core strategic imperative, albeit now subject to negotiation rather than assumed consent' }
					]
				},
				{
					date: '2025-10',
					precision: 'month',
					status: 'unresolved',
					claimedBy: 'seed-004; The Insider',
					note: 'No formal agreement on preserving the airfield; R. Politik (27 October) says it currently supplies the Russian "Africa Corps" and that Qamishli could replace it if Damascus imposes conditions.',
					citations: [
						{ source: 'seed-004', quote: 'have not come to a formal agreement concerning the preservation of the Russian navy’s military base at Tartous and the airfield at Hmeimim' },
						{ source: 'seed-004', quote: 'the air base at Hmeimim is at present used to supply the Russian ’Africa Corps’' }
					]
				},
				{
					date: '2025-10',
					precision: 'month',
					status: 'unresolved',
					claimedBy: 'menafn',
					note: 'MENAFN: Russia’s military presence, "including Tartus and Hmeimim bases, remains critical for deterring external threats"; it reports no agreement on their future.',
					citations: [
						{ source: 'menafn', quote: 'Russia’s military presence, including Tartus and Hmeimim bases, remains critical' }
					]
				}
			],
			citations: [
				{ source: 'menafn', quote: 'the future of Russia’s strategically crucial bases in Tartus and Hmeimim' },
				{ source: 'seed-004', quote: 'The visit to Moscow by the interim Syrian President did not result in an immediate agreement' },
				{ source: 'seed-004', quote: 'while the latter spared the Russian military base at Hmeimim, to the south-west of Latakia' }
			]
		},
		{
			id: 'qamishli-base',
			title: 'Russian base at Qamishli',
			kind: 'base',
			parties: ['Russia', 'Syria'],
			sector: 'defence',
			signed: null,
			history: [
				{
					date: '2025-10',
					precision: 'month',
					status: 'unresolved',
					claimedBy: 'R. Politik (via seed-004)',
					note: 'A confidential R. Politik note dated 27 October (year inferred), relayed by “A pragmatic rapprochement”: the base "is also thought to have been discussed" at the October talks; it "functions both as a key logistical hub" and as a platform for dialogue with the Kurds; "The Russians have reinforced this site during the summer" (no month given); and it "would provide an alternative platform" if Damascus places more conditions on the use of Hmeimim. No agreement on the base is mentioned.',
					citations: [
						{ source: 'seed-004', quote: 'The base at Qamishli is also thought to have been discussed' },
						{ source: 'seed-004', quote: 'the base at Qamishli functions both as a key logistical hub' },
						{ source: 'seed-004', quote: 'The Russians have reinforced this site during the summer' },
						{ source: 'seed-004', quote: 'Qamishli would provide an alternative platform' }
					]
				}
			],
			citations: [
				{ source: 'seed-004', quote: 'the base at Qamishli functions both as a key logistical hub and as a platform for dialogue with the Kurds' }
			]
		},
		{
			id: 'agreements-review',
			title: 'Comprehensive review of existing bilateral agreements',
			kind: 'process',
			parties: ['Russia', 'Syria'],
			sector: 'foreign-affairs',
			signed: null,
			history: [
				{
					date: '2025-07-31',
					precision: 'day',
					visitFrom: { source: 'trt', wording: 'on the last day of July' },
					status: 'agreed',
					claimedBy: 'sergei-lavrov',
					note: 'Reported only by TRT World, which dates the Moscow talks to the visit of the delegation that "landed in Moscow on the last day of July" (2025). Lavrov: the review is to be carried out "on a regular basis".',
					citations: [
						{ source: 'trt', quote: 'We agreed to carry out a comprehensive review of all existing agreements.' },
						{ source: 'trt', quote: 'today we decided to establish this process on a regular basis' },
						{ source: 'trt', quote: 'When a high-level Syrian delegation landed in Moscow on the last day of July' }
					]
				},
				{
					date: '2025-07-31',
					precision: 'day',
					visitFrom: { source: 'trt', wording: 'on the last day of July' },
					status: 'under-review',
					claimedBy: 'asaad-al-shaibani',
					note: 'TRT World (the visit from "the last day of July"): the two sides agreed to revise and adapt prior agreements "to the new reality".',
					citations: [
						{ source: 'trt', quote: 'al Shibani confirmed that the two sides had agreed to revise and adapt prior agreements “to the new reality,”' },
						{ source: 'trt', quote: 'When a high-level Syrian delegation landed in Moscow on the last day of July' }
					]
				},
				{
					date: '2025-10',
					precision: 'month',
					status: 'under-review',
					claimedBy: 'vasily-kuznetsov',
					note: 'At the October summit talks were refocused on "reviving, reviewing and possibly amending" the texts governing relations.',
					citations: [
						{ source: 'seed-004', quote: 'It was first of all a question of reviving, reviewing and possibly amending the texts governing relations between Damascus and Moscow' }
					]
				}
			],
			citations: [
				{ source: 'trt', quote: 'A central theme of the discussions was the reassessment of existing bilateral agreements.' }
			]
		},
		{
			id: 'assad-era-agreements',
			title: 'Agreements concluded with Moscow under the Assad government',
			kind: 'treaty-set',
			parties: ['Russia', 'Syria'],
			sector: 'foreign-affairs',
			signed: null,
			history: [
				{
					date: '2025-07-31',
					precision: 'day',
					visitFrom: { source: 'trt', wording: 'on the last day of July' },
					status: 'under-review',
					claimedBy: 'sergei-lavrov',
					note: 'TRT World (the visit from "the last day of July"): Lavrov said many contracts and memorandums were signed "under entirely different political and economic circumstances"; all to be reviewed.',
					citations: [
						{ source: 'trt', quote: 'Numerous contracts and memorandums were signed in recent years, many under entirely different political and economic circumstances.' },
						{ source: 'trt', quote: 'When a high-level Syrian delegation landed in Moscow on the last day of July' }
					]
				},
				{
					date: '2025-10',
					precision: 'month',
					status: 'promised',
					claimedBy: 'ahmed-al-sharaa (as reported by seed-004; menafn)',
					note: 'An intention, not a statement that the agreements are in force. “A pragmatic rapprochement”: at the end of the October talks al-Sharaa "promised to respect all the previous agreements"; MENAFN: he is "seeking to preserve existing agreements with Russia".',
					citations: [
						{ source: 'seed-004', quote: 'Ahmad al-Sharaa promised to respect all the previous agreements between the two countries' },
						{ source: 'menafn', quote: 'seeking to preserve existing agreements with Russia' }
					]
				},
				{
					date: '2025-10',
					precision: 'approximate',
					status: 'suspended',
					claimedBy: 'asaad-al-shaibani',
					note: '“A pragmatic rapprochement”: al-Shaibani "insisted after the visit" (no date) that all accords concluded under the previous regime were "suspended and unacceptable".',
					citations: [
						{ source: 'seed-004', quote: 'all the accords concluded with Moscow under the previous regime were “suspended and unacceptable”' }
					]
				},
				{
					date: '2025-10',
					precision: 'month',
					status: 'disputed',
					claimedBy: 'ahmed-al-sharaa vs asaad-al-shaibani',
					note: 'The president’s promise to respect the agreements and his foreign minister’s "suspended and unacceptable" stand side by side in “A pragmatic rapprochement”, which calls al-Shaibani "Often taking a tougher line than his president".',
					citations: [
						{ source: 'seed-004', quote: 'Often taking a tougher line than his president, Foreign Minister Shaibani insisted after the visit' }
					]
				}
			],
			citations: [
				{ source: 'seed-004', quote: 'the treaties which for decades have sometimes regulated our bilateral relations' }
			]
		},
		{
			id: 'intergovernmental-commission',
			title: 'Intergovernmental commission (on Trade and Economic Cooperation)',
			kind: 'commission',
			parties: ['Russia', 'Syria'],
			sector: 'economy',
			signed: null,
			history: [
				{
					date: '2025-07-31',
					precision: 'day',
					visitFrom: { source: 'trt', wording: 'on the last day of July' },
					status: 'agreed',
					claimedBy: 'asaad-al-shaibani',
					note: 'TRT World: agreement "to establish a new intergovernmental commission" at the Moscow talks of the visit from "the last day of July" (2025).',
					citations: [
						{ source: 'trt', quote: 'He also noted an agreement to establish a new intergovernmental commission.' },
						{ source: 'trt', quote: 'the institutionalisation of cooperation through a new intergovernmental commission' },
						{ source: 'trt', quote: 'When a high-level Syrian delegation landed in Moscow on the last day of July' }
					]
				},
				{
					date: '2025-10',
					precision: 'month',
					status: 'agreed',
					claimedBy: 'menafn',
					note: 'MENAFN: at the October summit both sides agreed to convene "the Intergovernmental Commission on Trade and Economic Cooperation". The articles do not say whether this is the commission TRT World mentions in July.',
					citations: [
						{ source: 'menafn', quote: 'Both sides agreed to convene the Intergovernmental Commission on Trade and Economic Cooperation' }
					]
				}
			],
			citations: [
				{ source: 'menafn', quote: 'Both sides agreed to convene the Intergovernmental Commission on Trade and Economic Cooperation, aiming to expand bilateral trade' }
			]
		},
		{
			id: 'assad-extradition-request',
			title: 'Syrian request to extradite Bashar al-Assad',
			kind: 'request',
			parties: ['Syrian government', 'Russia'],
			sector: 'foreign-affairs',
			signed: null,
			history: [
				{
					date: '2025-01',
					precision: 'approximate',
					status: 'requested',
					claimedBy: 'unnamed reports, cited by seed-000',
					note: '“Russia-Syria 2025 Diplomatic, Trade, and Security Updates” (late January 2025): "there have been reports" that Syria requested the extradition "in return for Russia continuing with its military bases". Unconfirmed; no date.',
					citations: [
						{ source: 'seed-000', quote: 'there have been reports that Syria has also requested the extradition of Bashar al-Assad back to Syria to face trial' }
					]
				},
				{
					date: '2025-10',
					precision: 'month',
					status: 'requested',
					claimedBy: 'seed-004; menafn',
					note: '“A pragmatic rapprochement”: at the Kremlin on 15 October, al-Sharaa "would have liked to persuade Vladimir Putin to extradite" Assad, which al-Shaibani confirmed. MENAFN: "Reports indicate that Syria requested the extradition". A Damascus court had issued an arrest warrant in September.',
					citations: [
						{ source: 'seed-004', quote: 'Ahmad al-Sharaa would have liked to persuade Vladimir Putin to extradite former Syrian President Bashar al-Assad' },
						{ source: 'seed-004', quote: 'This information was confirmed by the Syrian Foreign Minister, Asaad al-Shaibani.' },
						{ source: 'menafn', quote: 'Reports indicate that Syria requested the extradition of the ousted Assad, currently in Russia' }
					]
				},
				{
					date: '2025-10',
					precision: 'month',
					status: 'refused',
					claimedBy: 'dmitry-peskov',
					note: 'Peskov: Moscow "sees no basis" for extradition; “A pragmatic rapprochement”: "nothing came of it"; Kuznetsov: "Everyone knows that Moscow will not extradite him."',
					citations: [
						{ source: 'menafn', quote: 'Kremlin spokesperson Dmitry Peskov stressed that Moscow sees no basis for this' },
						{ source: 'seed-004', quote: 'But nothing came of it.' },
						{ source: 'seed-004', quote: 'Everyone knows that Moscow will not extradite him.' }
					]
				},
				{
					date: '2025-10',
					precision: 'approximate',
					status: 'requested',
					claimedBy: 'asaad-al-shaibani',
					note: 'After the visit (no date), al-Shaibani "reiterated Damascus’ insistence" on the extradition.',
					citations: [
						{ source: 'seed-004', quote: 'He also reiterated Damascus’ insistence on Bashar al-Assad being extradited to face trial in his own country.' }
					]
				}
			],
			citations: [
				{ source: 'seed-004', quote: 'Requesting the extradition of ex-President Assad' }
			]
		},
		{
			id: 'reparations-demand',
			title: 'Syrian call for Russian reparations',
			kind: 'request',
			parties: ['Syrian government', 'Russia'],
			sector: 'economy',
			signed: null,
			history: [
				{
					date: '2025-10',
					precision: 'approximate',
					status: 'proposed',
					claimedBy: 'asaad-al-shaibani',
					note: 'After the October visit (no date), al-Shaibani "suggested" Moscow should pay reparations for the damage the ousted president inflicted on the economy with Russia’s support. Earlier, TRT World (about August 2025) said Russian media "remained silent" on whether the July delegation raised compensation at all.',
					citations: [
						{ source: 'seed-004', quote: 'He suggested too that Moscow should pay reparations for the damage the ousted president inflicted on the country’s economy' }
					]
				}
			],
			citations: [
				{ source: 'seed-004', quote: 'He suggested too that Moscow should pay reparations for the damage the ousted president inflicted on the country’s economy with the support of Russia.' },
				{ source: 'trt', quote: 'they remained silent on two potentially controversial issues' },
				{ source: 'trt', quote: 'whether the Syrian delegation raised the question of Russia paying compensation for damage caused by its military intervention' },
				{ source: 'trt', quote: 'whether it requested assistance in recovering the assets looted by Bashar al Assad' },
				{ source: 'seed-004', quote: 'Moscow should pay reparations for the damage the ousted president inflicted' }
			]
		},
		{
			id: 'goznak-currency-contract',
			title: 'Goznak contract to help print Syria’s currency',
			kind: 'contract',
			parties: ['Goznak (Russian publicly-owned company)', 'Syria'],
			sector: 'economy',
			signed: null,
			history: [
				{
					date: '2025-10',
					precision: 'approximate',
					status: 'reported',
					reportedOnly: true,
					claimedBy: 'seed-004',
					note: '“A pragmatic rapprochement” (late October 2025) says Goznak "is said to have signed a contract"; it gives no date or year for the contract, so the entry is placed when the article reports it; Russia "has been doing this for more than ten years", since Western sanctions ended cooperation with the former regime’s European supplier.',
					citations: [
						{ source: 'seed-004', quote: 'Goznak which is said to have signed a contract with Syria to help print its national currency' },
						{ source: 'seed-004', quote: 'Russia has been doing this for more than ten years' }
					]
				}
			],
			citations: [
				{ source: 'seed-004', quote: 'a more symbolic form of economic aid through the publicly-owned company Goznak' }
			]
		},
		{
			id: 'military-police-proposal',
			title: 'Suggested redeployment of Russian military police in southern Syria',
			kind: 'request',
			parties: ['Syrian government', 'Russia'],
			sector: 'defence',
			signed: null,
			history: [
				{
					date: '2025',
					precision: 'approximate',
					status: 'proposed',
					claimedBy: 'seed-004',
					note: '“A pragmatic rapprochement”: Damascus "is said to have suggested" it, to limit Israeli incursions in the demilitarized Golan zone; undated in “A pragmatic rapprochement”.',
					citations: [
						{ source: 'seed-004', quote: 'Damascus is said to have suggested that Moscow redeploy its military police in southern Syria' }
					]
				}
			],
			citations: [
				{ source: 'seed-004', quote: 'in order to limit Israeli incursions in the demilitarized Golan zone' }
			]
		},
		{
			id: 'military-equipment-offer',
			title: 'Russian offer of military equipment',
			kind: 'offer',
			parties: ['Russia', 'Syria'],
			sector: 'defence',
			signed: null,
			history: [
				{
					date: '2025-10',
					precision: 'approximate',
					status: 'proposed',
					claimedBy: 'Russian government',
					note: '“A pragmatic rapprochement” (late October 2025): "Moscow says it is also prepared to provide Damascus with military equipment"; no date given.',
					citations: [
						{ source: 'seed-004', quote: 'Moscow says it is also prepared to provide Damascus with military equipment' }
					]
				},
				{
					date: '2025-10',
					precision: 'approximate',
					status: 'unresolved',
					claimedBy: 'nikita-smagin',
					note: 'Smagin: Moscow might help repair Russian-made equipment, but "it is too early to talk about deliveries of more significant weapons".',
					citations: [
						{ source: 'seed-004', quote: 'it is too early to talk about deliveries of more significant weapons' },
						{ source: 'seed-004', quote: 'Moscow itself needs air-defence systems and other weaponry for its own use in the war against Ukraine' }
					]
				}
			],
			citations: [
				{ source: 'seed-004', quote: 'but Smagin has qualified these official assertions' }
			]
		},
		{
			id: 'economic-aid-offer',
			title: 'Russian promises of economic aid and stabilisation support',
			kind: 'offer',
			parties: ['Russia', 'Syria'],
			sector: 'economy',
			signed: null,
			history: [
				{
					date: '2025-01',
					precision: 'month',
					status: 'proposed',
					claimedBy: 'mikhail-bogdanov',
					note: 'At the 28 January talks: Moscow "is prepared to assist in stabilizing Syria".',
					citations: [
						{ source: 'seed-000', quote: 'Moscow is prepared to assist in stabilizing Syria and addressing economic and social challenges' }
					]
				},
				{
					date: '2025-10',
					precision: 'approximate',
					status: 'proposed',
					claimedBy: 'seed-004',
					note: 'Undated in “A pragmatic rapprochement”: aid promised in energy, grain supplies and port or other infrastructure; "not certain" Moscow can pay for it.',
					citations: [
						{ source: 'seed-004', quote: 'Moscow has also promised economic aid in the fields of energy, grain supplies, and port or other infrastructure projects' },
						{ source: 'seed-004', quote: 'it is not certain that Moscow has the financial means to do this' }
					]
				}
			],
			citations: [
				{ source: 'seed-004', quote: 'To oil the wheels of Russo-Syrian diplomacy, Moscow has also promised economic aid' }
			]
		},
		{
			id: 'phosphate-oil-contracts',
			title: 'Russian contracts in phosphate mining, oil exploration and other projects',
			kind: 'contract',
			parties: ['Russian firms', 'Syria'],
			sector: 'economy',
			signed: null,
			history: [
				{
					date: '2025-01',
					precision: 'approximate',
					status: 'unresolved',
					claimedBy: 'syrian-observer',
					note: 'Contracts "previously secured" (undated); after the Tartus port cancellation Asharq Al-Awsat via The Syrian Observer (January 2025) reports "debate about the future of Russian business interests".',
					citations: [
						{ source: 'syrian-observer', quote: 'the substantial contracts previously secured by Russian firms in phosphate mining, oil exploration, and other projects' },
						{ source: 'syrian-observer', quote: 'sparked debate about the future of Russian business interests in Syria' }
					]
				},
				{
					date: '2025-10',
					precision: 'month',
					status: 'unresolved',
					claimedBy: 'menafn',
					note: 'MENAFN: Russian companies "are expected to increase participation in Syria’s oil sector"; no contract is named.',
					citations: [
						{ source: 'menafn', quote: 'Russian companies are expected to increase participation in Syria’s oil sector' }
					]
				}
			],
			citations: [
				{ source: 'syrian-observer', quote: 'Another key topic will be the status of Russian companies operating in Syria.' }
			]
		},
		{
			id: 'soviet-infrastructure',
			title: 'Russian- and Soviet-built infrastructure (power plants, dams)',
			kind: 'process',
			parties: ['Russia', 'Syria'],
			sector: 'economy',
			signed: null,
			history: [
				{
					date: '2025-01',
					precision: 'month',
					status: 'unresolved',
					claimedBy: 'mikhail-bogdanov',
					note: 'Talks on 28 January "covered" Moscow’s "continued involvement" with these projects (Bogdanov); no agreement on them is reported. Earlier, "Shortly after Assad’s ouster", al-Sharaa said "many power plants are operated by Russian experts" (TRT World).',
					citations: [
						{ source: 'seed-000', quote: 'Talks also covered trade, economic relations, and Moscow’s continued involvement with various Russian- and Soviet-built infrastructure projects in Syria, including power plants and dams' },
						{ source: 'trt', quote: 'All Syrian weapons are of Russian origin, and many power plants are operated by Russian experts.' },
						{ source: 'trt', quote: 'Shortly after Assad’s ouster' }
					]
				}
			],
			citations: [
				{ source: 'seed-000', quote: 'Russian- and Soviet-built infrastructure projects in Syria, including power plants and dams, he said' }
			]
		}
	],

	// -----------------------------------------------------------------------------------------
	// Economy (chart trade-range)
	// -----------------------------------------------------------------------------------------
	economy: [
		{
			id: 'trade-range',
			kind: 'range',
			label: 'Russia–Syria bilateral trade',
			currency: 'USD',
			low: 650000000,
			high: 1000000000,
			wording: 'ranges from $650 million to $1 billion',
			period: null,
			constraints: ['conflict', 'sanctions'],
			citations: [
				{ source: 'menafn', quote: 'bilateral trade, which currently ranges from $650 million to $1 billion, constrained by conflict and sanctions' }
			]
		},
		{
			id: 'investment-projects',
			kind: 'count',
			label: 'Ongoing investment projects (MENAFN, in the context of Russian participation)',
			value: 40,
			unit: 'ongoing investment projects',
			qualifier: 'around',
			items: ['energy', 'transport', 'housing', 'industry'],
			context: 'Projects MENAFN counts as ongoing in October 2025, alongside expected Russian participation in oil, transport and energy.',
			citations: [
				{ source: 'menafn', quote: 'with around 40 ongoing investment projects spanning energy, transport, housing, and industry' }
			]
		},
		{
			id: 'reconstruction-list',
			kind: 'count',
			label: 'Russian companies on the list of firms cleared for Syria’s reconstruction',
			value: 0,
			unit: 'Russian companies',
			qualifier: null,
			items: ['Turkish', 'Saudi', 'Emirati', 'French'],
			context: 'A list of countries and companies cleared to take part in reconstruction has "reportedly" been compiled (TRT); it includes many Turkish, Saudi, Emirati and French firms but "not a single Russian company".',
			citations: [
				{ source: 'trt', quote: 'A list of countries and companies cleared to participate has reportedly been compiled' },
				{ source: 'trt', quote: 'among the many Turkish, Saudi, Emirati, and French firms included, not a single Russian company is listed' }
			]
		}
	],

	// -----------------------------------------------------------------------------------------
	// Other figures the prose quotes
	// -----------------------------------------------------------------------------------------
	figures: [
		{
			id: 'syrian-students-in-russia',
			kind: 'count',
			label: 'Syrian students hosted in Russian institutions',
			value: 5000,
			unit: 'Syrian students',
			qualifier: null,
			context: 'Lavrov, citing Russia’s historical role in Syria’s development (Asharq Al-Awsat, via The Syrian Observer, January 2025); no period given.',
			citations: [
				{ source: 'syrian-observer', quote: 'training tens of thousands of Syrian professionals and hosting 5,000 Syrian students in Russian institutions' }
			]
		},
		{
			id: 'israeli-airstrikes',
			kind: 'count',
			label: 'Israeli airstrikes on Syria in the first five months of 2025',
			value: 300,
			unit: 'airstrikes',
			qualifier: 'over',
			context: 'MENAFN: Israeli operations intensified "Since early 2025", with over 300 airstrikes in the first five months and ground deployments near the Golan Heights.',
			citations: [
				{ source: 'menafn', quote: 'including over 300 airstrikes in the first five months and ground deployments near the Golan Heights' }
			]
		},
		{
			id: 'diplomatic-relations-years',
			kind: 'count',
			label: 'Years of Russian–Syrian diplomatic relations',
			value: 80,
			unit: 'years',
			qualifier: 'more than',
			context: 'Putin at the 15 October 2025 summit.',
			citations: [
				{ source: 'seed-004', quote: 'We have had diplomatic relations for more than 80 years.' }
			]
		},
		{
			id: 'summit-duration',
			kind: 'count',
			label: 'Length of the closed-door Putin–al-Sharaa talks',
			value: 2.5,
			unit: 'hours',
			qualifier: 'over',
			context: 'The October 2025 Kremlin summit; MENAFN words it "over two and a half hours".',
			citations: [
				{ source: 'menafn', quote: 'lasted over two and a half hours at the Kremlin, emphasizing the significance of the meeting' }
			]
		},
		{
			id: 'drought-years',
			kind: 'count',
			label: 'Syria’s worst drought in 36 years',
			value: 36,
			unit: 'years',
			qualifier: null,
			context: 'The drought behind the 2025 food crisis, which Russian wheat helps address (MENAFN).',
			citations: [
				{ source: 'menafn', quote: 'the 2025 food crisis caused by the country’s worst drought in 36 years' }
			]
		},
		{
			id: 'assad-apartments',
			kind: 'count',
			label: 'Apartments the Assad family owns in and around Moscow',
			value: 20,
			unit: 'apartments',
			qualifier: 'or so',
			context: 'Die Zeit, 12 October 2025, via “A pragmatic rapprochement”; worded "twenty or so".',
			citations: [
				{ source: 'seed-004', quote: 'the twenty or so apartments which they own in Moscow and its surroundings' }
			]
		},
		{
			id: 'goznak-years',
			kind: 'count',
			label: 'Years Russia has been printing Syria’s currency',
			value: 10,
			unit: 'years',
			qualifier: 'more than',
			context: 'Since EU and US sanctions ended the former regime’s cooperation with its European supplier (“A pragmatic rapprochement”).',
			citations: [
				{ source: 'seed-004', quote: 'Russia has been doing this for more than ten years' }
			]
		},
		{
			id: 'operational-bases',
			kind: 'count',
			label: 'Russian bases one article says remain operational: Tartus and Hmeimim (not counting the Qamishli site)',
			value: 2,
			unit: 'Russian bases',
			qualifier: null,
			context: '“A pragmatic rapprochement”, late October 2025: "the two Russian bases" (Tartus and Hmeimim) remain operational "For the moment", though "less supplied in men and equipment than in recent years". The same article relays R. Politik’s note on a third site, Qamishli, "a key logistical hub" that "The Russians have reinforced" over the summer and that "is also thought to have been discussed"; it is not in this count.',
			citations: [
				{ source: 'seed-004', quote: 'For the moment, the two Russian bases remain operational, although they are less supplied in men and equipment than in recent years.' },
				{ source: 'seed-004', quote: 'For the moment, the two Russian bases remain operational, although they are less supplied in men and equipment' },
				{ source: 'seed-004', quote: 'the base at Qamishli functions both as a key logistical hub' },
				{ source: 'seed-004', quote: 'The Russians have reinforced this site during the summer' }
			]
		},
		{
			id: 'months-to-first-visit',
			kind: 'count',
			label: 'Months between Assad’s fall and the first Russian visit',
			value: 1,
			unit: 'month',
			qualifier: null,
			context: 'TRT: "Just one month after Assad\'s fall, on January 28".',
			citations: [
				{ source: 'trt', quote: 'Just one month after Assad\'s fall, on January 28, a Russian delegation' }
			]
		}
	],

	// -----------------------------------------------------------------------------------------
	// Disagreements between (or within) the seeds
	// -----------------------------------------------------------------------------------------
	disagreements: [
		{
			id: 'july-date',
			topic: 'When was the Syrian ministerial delegation in Moscow in July 2025?',
			about: ['july-ministers'],
			claims: [
				{
					claimedBy: 'trt',
					says: 'The delegation landed in Moscow "on the last day of July" (31 July).',
					citations: [{ source: 'trt', quote: 'When a high-level Syrian delegation landed in Moscow on the last day of July' }]
				},
				{
					claimedBy: 'seed-004',
					says: 'The foreign minister, defence minister and intelligence chief "were all in Moscow on 3 July".',
					citations: [{ source: 'seed-004', quote: 'were all in Moscow on 3 July' }]
				}
			],
			note: 'Both articles place Syrian ministers in Moscow in July 2025 (TRT World’s photo caption: "July 2025"), on different days: 3 July in “A pragmatic rapprochement”, the last day of July in TRT World. The articles do not let us say which day is right, or whether there were two visits: “A pragmatic rapprochement” speaks of "Several ministerial delegations" over recent months. The timeline draws one contact spanning both dates; the delegations chart shows each article’s account, with its own date and people, side by side.',
			citations: [
				{ source: 'trt', quote: 'meets Russian Foreign Minister Sergey Lavrov in Moscow, July 2025' },
				{ source: 'seed-004', quote: 'Several ministerial delegations have been preparing this presidential visit over recent months.' }
			]
		},
		{
			id: 'july-attendees',
			topic: 'Who sat at the table in Moscow in July 2025?',
			about: ['july-ministers'],
			claims: [
				{
					claimedBy: 'trt',
					says: 'The Syrian foreign and defence ministers, with Maher al-Sharaa (Secretary General of the Presidential Office); on the Russian side Lavrov and Lt Gen Aleksandr Zorin; per SANA the delegation was also received by Putin.',
					citations: [
						{ source: 'trt', quote: 'The visit by the Syrian foreign and defence ministers marked the first official trip to Russia' },
						{ source: 'trt', quote: 'Also present on the Syrian side was Maher al Sharaa, Secretary General of the Presidential Office' },
						{ source: 'trt', quote: 'the Syrian delegation was also received by Russian President Vladimir Putin at the Kremlin' }
					]
				},
				{
					claimedBy: 'seed-004',
					says: 'Foreign Minister al-Shaibani, Defence Minister Murhaf Abu Qasra and intelligence chief Hussein al-Salama were in Moscow; no Russian participants are named.',
					citations: [
						{ source: 'seed-004', quote: 'the Syrian Foreign Minister, Defence Minister Murhaf Abu Qasra, and the intelligence chief, Hussein al-Salama, were all in Moscow on 3 July' }
					]
				}
			],
			note: 'Both articles place the Syrian foreign and defence ministers in Moscow, but on different days (3 July and the last day of July), so they may describe different visits. TRT World does not name the defence minister; “A pragmatic rapprochement” names Murhaf Abu Qasra. Only “A pragmatic rapprochement” names the intelligence chief; only TRT World names Maher al-Sharaa, Zorin and Lavrov, and Putin’s reception rests on SANA, as relayed by TRT World. Neither list is presented as complete, so absence from one account does not mean absence from the meeting.',
			citations: [
				{ source: 'trt', quote: 'According to the Syrian state agency SANA' }
			]
		},
		{
			id: 'extradition-for-bases',
			topic: 'Was Assad’s extradition traded against the Russian bases?',
			about: ['assad-extradition-request', 'tartus-base', 'hmeimim-base', 'january-visit', 'october-summit'],
			claims: [
				{
					claimedBy: 'unnamed reports, cited by seed-000',
					says: 'There "have been reports" that Syria requested Assad’s extradition "in return for Russia continuing with its military bases" (January 2025).',
					citations: [
						{ source: 'seed-000', quote: 'there have been reports that Syria has also requested the extradition of Bashar al-Assad' },
						{ source: 'seed-000', quote: 'in return for Russia continuing with its military bases' }
					]
				},
				{
					claimedBy: 'vasily-kuznetsov',
					says: 'There was no negotiation linking the bases to extradition; in his words "Everyone knows that Moscow will not extradite him", and al-Sharaa had to make the request public for his political base (quoted in October 2025).',
					citations: [
						{ source: 'seed-004', quote: 'There was no negotiation aimed at maintaining Russian military bases in exchange for the extradition of Bashar al-Assad.' },
						{ source: 'seed-004', quote: 'But Ahmad al-Sharaa had to put that request and to make it known' },
						{ source: 'seed-004', quote: 'Everyone knows that Moscow will not extradite him.' }
					]
				}
			],
			note: 'The two claims are about different moments and neither refutes the other outright. In January, “Russia-Syria 2025 Diplomatic, Trade, and Security Updates” attributes both the request and its link to the bases only to unnamed "reports". In October, Syria’s request is confirmed by al-Shaibani (“A pragmatic rapprochement”), and MENAFN says "Reports indicate" it; Peskov says Moscow "sees no basis" for extradition. Kuznetsov’s denial of any bases-for-extradition negotiation is not limited to a date. We cannot conclude that a bases-for-extradition deal was ever on the table.',
			citations: [
				{ source: 'seed-004', quote: 'given the hatred that his political and social base harbours against the former president' },
				{ source: 'menafn', quote: 'Kremlin spokesperson Dmitry Peskov stressed that Moscow sees no basis for this' }
			]
		},
		{
			id: 'old-agreements',
			topic: 'What happens to the agreements signed under Assad?',
			about: ['assad-era-agreements', 'agreements-review', 'tartus-port-2019'],
			claims: [
				{
					claimedBy: 'ahmed-al-sharaa',
					says: 'At the end of the October talks he promised to respect all previous agreements (“A pragmatic rapprochement”).',
					citations: [
						{ source: 'seed-004', quote: 'Ahmad al-Sharaa promised to respect all the previous agreements between the two countries' }
					]
				},
				{
					claimedBy: 'menafn',
					says: 'Al-Sharaa is "seeking to preserve existing agreements with Russia".',
					citations: [
						{ source: 'menafn', quote: 'Al-Sharaa has taken a pragmatic approach, seeking to preserve existing agreements with Russia' }
					]
				},
				{
					claimedBy: 'asaad-al-shaibani',
					says: 'After the October visit: all accords concluded under the previous regime are "suspended and unacceptable" (“A pragmatic rapprochement”).',
					citations: [
						{ source: 'seed-004', quote: 'all the accords concluded with Moscow under the previous regime were “suspended and unacceptable”' }
					]
				},
				{
					claimedBy: 'asaad-al-shaibani',
					says: 'In July: the two sides agreed to revise and adapt prior agreements "to the new reality" (TRT).',
					citations: [
						{ source: 'trt', quote: 'the two sides had agreed to revise and adapt prior agreements “to the new reality,”' }
					]
				},
				{
					claimedBy: 'sergei-lavrov',
					says: 'In July: "a comprehensive review of all existing agreements" (TRT).',
					citations: [
						{ source: 'trt', quote: 'We agreed to carry out a comprehensive review of all existing agreements.' }
					]
				}
			],
			note: 'The articles do not agree on what is happening to the old agreements. In July, Lavrov and al-Shaibani spoke of reviewing and adapting them (TRT World); one, the 2019 Tartus port deal, had been annulled. In October, MENAFN says al-Sharaa is "seeking to preserve existing agreements"; “A pragmatic rapprochement” reports that he "promised to respect all the previous agreements" while his foreign minister called the Assad-era accords "suspended and unacceptable" (it notes he often takes "a tougher line than his president"). No article lists which agreements survive.',
			citations: [
				{ source: 'seed-004', quote: 'Often taking a tougher line than his president' }
			]
		},
		{
			id: 'summit-outcome',
			topic: 'What did the October 2025 Kremlin summit achieve?',
			about: ['october-summit', 'intergovernmental-commission', 'insider-report'],
			claims: [
				{
					claimedBy: 'menafn',
					says: 'Both sides agreed to convene the Intergovernmental Commission on Trade and Economic Cooperation. (MENAFN’s overall verdict on the period: "a reinforced strategic partnership".)',
					citations: [
						{ source: 'menafn', quote: 'Both sides agreed to convene the Intergovernmental Commission on Trade and Economic Cooperation' },
						{ source: 'menafn', quote: 'Russia has successfully transformed its perceived loss in Syria into a reinforced strategic partnership' }
					]
				},
				{
					claimedBy: 'The Insider (via seed-004)',
					says: 'No immediate agreement on the bases; the only public result was Putin’s acknowledgement of Syria’s parliamentary election results.',
					citations: [
						{ source: 'seed-004', quote: 'did not result in an immediate agreement on the preservation of Russian military bases' },
						{ source: 'seed-004', quote: 'The only public result was Putin’s acknowledgement of the results of the parliamentary election in Syria' }
					]
				}
			],
			note: 'Both articles place the meeting at the Kremlin and mention the parliamentary elections: MENAFN says Putin described them as "an important step toward political stabilization"; The Insider (via “A pragmatic rapprochement”) speaks of "Putin’s acknowledgement of the results". MENAFN gives no source for the agreement to convene the commission, and The Insider speaks only of public results; the articles do not let us say whether anything was signed.',
			citations: [
				{ source: 'menafn', quote: 'He described Syria’s October parliamentary elections as an important step toward political stabilization.' }
			]
		},
		{
			id: 'bases-future',
			topic: 'Will the Russian bases at Tartus and Hmeimim stay?',
			about: ['tartus-base', 'hmeimim-base', 'qamishli-base'],
			claims: [
				{
					claimedBy: 'mikhail-bogdanov',
					says: 'January 2025: "As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet".',
					citations: [
						{ source: 'seed-000', quote: 'As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet' }
					]
				},
				{
					claimedBy: 'ahmed-al-sharaa',
					says: 'January 2025: the bases "might continue temporarily".',
					citations: [
						{ source: 'syrian-observer', quote: 'the presence of Russian bases in Hmeimim and Tartus might continue temporarily' }
					]
				},
				{
					claimedBy: 'trt',
					says: 'Summer 2025: the presence is "now subject to negotiation rather than assumed consent".',
					citations: [
						{ source: 'trt', quote: 'albeit now subject to negotiation rather than assumed consent' }
					]
				},
				{
					claimedBy: 'seed-004',
					says: 'October 2025: no formal agreement on preserving Tartus and Hmeimim; the bases remain operational for now.',
					citations: [
						{ source: 'seed-004', quote: 'the two countries have not come to a formal agreement concerning the preservation' },
						{ source: 'seed-004', quote: 'For the moment, the two Russian bases remain operational' }
					]
				},
				{
					claimedBy: 'menafn',
					says: 'October 2025: Russia’s military presence, including the bases, "remains critical" for deterring external threats.',
					citations: [
						{ source: 'menafn', quote: 'Russia’s military presence, including Tartus and Hmeimim bases, remains critical for deterring external threats' }
					]
				}
			],
			note: 'Only “A pragmatic rapprochement” says outright that the two bases "remain operational" (late October 2025, "For the moment"); MENAFN writes of Russia’s military presence, "including Tartus and Hmeimim bases", as continuing. No article reports a signed deal on their future: MENAFN says they remain critical but does not claim a formal agreement, while “A pragmatic rapprochement” says explicitly there is none. The same article relays R. Politik’s note on a third site, Qamishli, which "is also thought to have been discussed".',
			citations: [
				{ source: 'seed-004', quote: 'They are the only ones that Russia has in the Mediterranean.' },
				{ source: 'seed-004', quote: 'On the Russian side, the issue of the preservation of the military bases is regarded as crucial.' }
			]
		},
		{
			id: 'military-posture',
			topic: 'Is Russia’s military presence in Syria shrinking or holding?',
			about: ['tartus-base', 'hmeimim-base', 'qamishli-base', 'operational-bases'],
			claims: [
				{
					claimedBy: 'syrian-observer',
					says: 'January 2025: reporting al-Sharaa’s view that the bases "might continue temporarily", the report adds "despite Moscow’s recent withdrawal of some military equipment".',
					citations: [
						{ source: 'syrian-observer', quote: 'might continue temporarily, despite Moscow’s recent withdrawal of some military equipment' }
					]
				},
				{
					claimedBy: 'seed-004',
					says: 'October 2025: the two bases remain operational "For the moment", but are "less supplied in men and equipment than in recent years".',
					citations: [
						{ source: 'seed-004', quote: 'For the moment, the two Russian bases remain operational, although they are less supplied in men and equipment than in recent years.' }
					]
				},
				{
					claimedBy: 'nikita-smagin',
					says: 'October 2025: "the Russian military presence in Syria has declined", but remains enough for Russia’s logistics in Africa (quoted in “A pragmatic rapprochement”).',
					citations: [
						{ source: 'seed-004', quote: 'the Russian military presence in Syria has declined, but remains sufficient to sustain the logistics of its policies in Africa' }
					]
				},
				{
					claimedBy: 'R. Politik (via seed-004)',
					says: 'October 2025: the base at Qamishli is "a key logistical hub", and "The Russians have reinforced this site during the summer".',
					citations: [
						{ source: 'seed-004', quote: 'the base at Qamishli functions both as a key logistical hub' },
						{ source: 'seed-004', quote: 'The Russians have reinforced this site during the summer' }
					]
				},
				{
					claimedBy: 'menafn',
					says: 'October 2025: Russia "continues to support the reconstitution and modernization of the Syrian armed forces", and "Russian military advisers remain central" to Syria’s defence.',
					citations: [
						{ source: 'menafn', quote: 'Additionally, Russia continues to support the reconstitution and modernization of the Syrian armed forces.' },
						{ source: 'menafn', quote: 'Russian military advisers remain central to sustaining Syria’s defense capabilities amid ongoing regional instability.' }
					]
				}
			],
			note: 'Two articles describe a smaller Russian military presence: some equipment withdrawn (Asharq Al-Awsat, January 2025) and, by October, bases less supplied in men and equipment, a presence that "has declined" (Smagin, in “A pragmatic rapprochement”). The same October article relays a note saying Russia reinforced one site, Qamishli, over the summer, so a smaller presence overall and a stronger one at one site can both be true. MENAFN describes continuing Russian support for Syria’s armed forces and advisers who "remain central", without naming a source or giving details of what is done now; the units it names were trained in "Previous efforts". No article gives numbers, so we cannot say how large any change is.',
			citations: [
				{ source: 'seed-004', quote: 'According to Nikita Smagin, an independent expert on Russian policy in the Middle East' },
				{ source: 'menafn', quote: 'Previous efforts helped establish and train key units such as the 4th and 5th Army Corps' }
			]
		},
		{
			id: 'russia-standing',
			topic: 'Has Russia lost or kept its influence in Syria?',
			about: ['july-ministers', 'october-summit'],
			claims: [
				{
					claimedBy: 'trt',
					says: 'Russia is no longer the undisputed powerbroker; it must move from patron to negotiated partner.',
					citations: [
						{ source: 'trt', quote: 'Russia is no longer the undisputed powerbroker it once was under the Assad regime' },
						{ source: 'trt', quote: 'Moscow now faces the imperative to transition from patron to negotiated partner' }
					]
				},
				{
					claimedBy: 'menafn',
					says: 'Russia has turned its perceived loss into a reinforced strategic partnership.',
					citations: [
						{ source: 'menafn', quote: 'Russia has successfully transformed its perceived loss in Syria into a reinforced strategic partnership' }
					]
				},
				{
					claimedBy: 'vasily-kuznetsov',
					says: 'Russia is less committed and less powerful than Turkey, Israel or certain Gulf monarchies, which makes it less costly for al-Sharaa to deal with.',
					citations: [
						{ source: 'seed-004', quote: 'Russia is less committed, less powerful than Turkey, Israel or certain Gulf monarchies.' }
					]
				}
			],
			note: 'These are assessments, not facts, and the articles were written at different times (TRT World in about August 2025, the other two in October 2025 or shortly after). They share some facts (contacts resumed, old agreements under discussion), but stress different things on Russia’s military posture (see that disagreement). MENAFN’s framing is the most favourable to Moscow.',
			citations: [
				{ source: 'trt', quote: 'a shift that necessitates safeguarding its strategic interests without the dominance it previously enjoyed' },
				{ source: 'trt', quote: 'is actively pursuing a foreign policy of multi-alignment to diversify partnerships and avoid excessive reliance on any single power' },
				{ source: 'trt', quote: 'Having failed to prevent Assad\'s ultimate collapse, Russia now navigates a complex landscape' }
			]
		},
		{
			id: 'assad-escape',
			topic: 'Did Russia help Assad or abandon him in December 2024?',
			about: ['fall-of-assad'],
			claims: [
				{
					claimedBy: 'trt',
					says: 'Assad fled to Russia, "reportedly with the assistance of Russian forces".',
					citations: [
						{ source: 'trt', quote: 'Assad fled—reportedly with the assistance of Russian forces—to Russia, where he lives now with his family' }
					]
				},
				{
					claimedBy: 'seed-004',
					says: 'According to "recent revelations", secret talks with HTS kept the Kremlin "neutral": Russian forces let al-Sharaa’s men take Homs, and they spared the Hmeimim base. The article calls this "a full-blown abandonment of Assad".',
					citations: [
						{ source: 'seed-004', quote: 'recent revelations have disclosed secret negotiations between Moscow and the jihadi group' },
						{ source: 'seed-004', quote: 'Thus the Russian forces had allowed al-Sharaa’s men to seize Homs, while the latter spared the Russian military base at Hmeimim' },
						{ source: 'seed-004', quote: 'These discussions persuaded the Kremlin to remain “neutral” during that decisive period.' },
						{ source: 'seed-004', quote: 'For Russia this amounted to a full-blown abandonment of Assad.' }
					]
				}
			],
			note: 'Not strictly exclusive: Russia could have stood aside militarily and still helped Assad leave. Both claims are hedged ("reportedly"; "recent revelations"), and neither article names its evidence, so we can say only that Assad ended up in Russia and that the articles disagree on Russia’s role in his fall.',
			citations: [
				{ source: 'seed-004', quote: 'recent revelations have disclosed secret negotiations between Moscow and the jihadi group Hay’at Tahrir al-Sham (HTS)' }
			]
		}
	]
};
