/**
 * The agreements chart's words in each edition, key for key with English (checked when the build
 * loads them). Placeholders in braces are filled by `text.ts` and `layout.ts`: dates, numbers and
 * counts already in the edition's form; titles, statuses, families and claimants already in the
 * edition's words (statuses and families are the shared labels, `words/`).
 */
import { checkedWords } from '$lib/i18n/checked';
import type { Forms } from '$lib/i18n/say';

const en = {
	title: 'What is being renegotiated',
	/** The groups of rows (one state each), as headers over their rows. */
	groups: { contracts: 'Contracts', bases: 'Military bases', review: 'Reviews, treaties, commissions', asks: 'Requests and offers' },
	/** How a status entry is dated. {date}: the year of a status from before the period ("2019"). */
	since: 'since {date}',
	/** A status the article does not date; {date}: when the article reports it ("about October 2025"). */
	reportedOnly: 'date not given (reported {date})',
	/** {date}: the only thing the articles give, a year ("2025"). */
	yearOnly: '{date}, date not given',
	/** {date}: the day the visit began; {source}: the article's short name; {wording}: its words. */
	visitFrom: 'from {date} ({source}: visit began “{wording}”)',
	/** Inside a bar whose date is not given: the longer where it fits. */
	segUndated: '{status} · date not given',
	notGiven: 'date not given',
	/** Ends a row's label: its latest status ("— Unresolved / Disputed"). */
	latest: '— {status}',
	/** A mark's label; {lanes}: `oneOf` when several claims share its date, else nothing. */
	target: '{title}: {status}, {date}, according to {who}{lanes}',
	/** {claims}: `claimsSpelled` (by the number), else `claimsMany`. */
	oneOf: ' (one of {claims} for this date)',
	/** Spelled out up to ten (index = the number), as English spells small counts: no digit the English label lacks. */
	claimsSpelled: ['no claims', 'one claim', 'two claims', 'three claims', 'four claims', 'five claims', 'six claims', 'seven claims', 'eight claims', 'nine claims', 'ten claims'],
	claimsMany: { one: '# claim', other: '# claims' } as Forms,
	/**
	 * An agreement's history in one phrase: "in force since 2019 → annulled about Jan 2025 →
	 * transferred (date not given)". {status}: the statuses claimed for a date, lower case, "or"
	 * between them; {date}: `when`, `stepFrom` (a run of the same claims) or `stepUndated`.
	 */
	step: '{status} {date}',
	stepFrom: 'from {date}',
	stepUndated: '(date not given)',
	/** On the chart, steps joined by arrows (in reading order); in the states, by sentences. */
	arrow: '{chain} → {step}',
	then: '{chain}. Then {step}',
	/** The note over the rows: the group's most eventful agreement, then everything. */
	lead: '{title}: {chain}.',
	/** {n}: the number of agreements; {counts}: `familyCount` sentences. */
	all: { other: 'All {n} together. By the latest claims, {counts}' } as Forms,
	/** "Eight are unresolved, disputed or suspended."; {family}: the family's label inside a sentence. */
	familyCount: { one: '# is {family}.', other: '# are {family}.' } as Forms,
	/** The takeaway: two sentences. */
	follows: { other: 'The chart follows {n} agreements, bases, requests and offers.' } as Forms,
	byLatestReports: 'By the latest reports (to {end}), {counts}',
	noAgreements: 'No agreements in the data.',
	/** The long description, a sentence at a time. */
	span: { other: 'This timeline runs from {from} to {to}, with one bar for each of {n} agreements or arrangements.' } as Forms,
	split: 'Each bar is split where its status changes. Colour and pattern show {groups} of status, named below.',
	statusGroups: { one: '# group', other: '# groups' } as Forms,
	stacked: 'Where several sources make claims for the same date, the bar splits into thin stacked lanes.',
	fading: 'Where the sources give only a year, the change is drawn as a fading zone marked ‘date not given’.',
	latestClaims: 'By the latest claims, {counts}',
	/** {n}: `conflictCount`; {titles}: a list of agreements. */
	conflicts: 'The latest claims conflict for {n}: {titles}.',
	conflictCount: { other: '#' } as Forms,
	inTable: 'Every claim, with its date and who makes it, is in the table under ‘Show data’.',
	keys: 'On the chart, Up and Down move between agreements. Left and Right move through one agreement’s claims.',
	/** A mark's detail panel and the table's columns. */
	status: 'Status',
	statusIn: '{status} ({family})',
	date: 'Date',
	claimedBy: 'Claimed by',
	sameDate: 'Other claims for the same date',
	otherClaim: '{status} ({who})',
	note: 'Note',
	agreement: 'Agreement',
	sources: 'Sources',
	caption: 'Status history of each agreement or arrangement, {from} to {to} (one row per status claim)',
	/** The key, after the status families. */
	keyUndated: 'Year only: date not given',
	keyStacked: 'Stacked: several claims, same date',
	/** The CSV's header row, a label per column key (English: the keys themselves; csv.ts). */
	csvHeaders: {
		agreement: 'agreement', title: 'title', sector: 'sector', signed: 'signed', date: 'date', status: 'status', claimed_by_name: 'claimed_by_name', note: 'note',
		sources: 'sources', headlines: 'headlines', quotes: 'quotes', data_as_of: 'data_as_of'
	}
};

const ru: typeof en = {
	title: 'Что пересматривается',
	groups: { contracts: 'Контракты', bases: 'Военные базы', review: 'Пересмотры, договоры, комиссии', asks: 'Просьбы и предложения' },
	since: 'с {date}',
	reportedOnly: 'дата не указана; сообщено: {date}',
	yearOnly: '{date}, дата не указана',
	visitFrom: 'с {date} ({source}: визит начался «{wording}»)',
	segUndated: '{status} · дата не указана',
	notGiven: 'дата не указана',
	latest: '— {status}',
	target: '{title}: {status}, {date}; кто утверждает: {who}{lanes}',
	/** {claims}: in the genitive, after «из». */
	oneOf: ' (одно из {claims} на эту дату)',
	claimsSpelled: ['нуля утверждений', 'одного утверждения', 'двух утверждений', 'трёх утверждений', 'четырёх утверждений', 'пяти утверждений', 'шести утверждений', 'семи утверждений', 'восьми утверждений', 'девяти утверждений', 'десяти утверждений'],
	claimsMany: { one: '# утверждения', few: '# утверждений', many: '# утверждений', other: '# утверждения' },
	step: '{status} — {date}',
	/** {date} arrives in the nominative («январь 2025 г.»): no preposition before it. */
	stepFrom: '{date} и далее',
	stepUndated: 'дата не указана',
	arrow: '{chain} → {step}',
	then: '{chain}. Затем {step}',
	lead: '{title}: {chain}.',
	all: {
		one: 'Все {n} позиция вместе. По последним утверждениям: {counts}',
		few: 'Все {n} позиции вместе. По последним утверждениям: {counts}',
		many: 'Все {n} позиций вместе. По последним утверждениям: {counts}',
		other: 'Все {n} позиции вместе. По последним утверждениям: {counts}'
	},
	/** As the narrative's summary says it: «8 — не урегулированы…». */
	familyCount: { one: '# — {family}.', other: '# — {family}.' },
	follows: {
		one: 'График отслеживает {n} позицию: соглашения, базы, просьбы и предложения.',
		few: 'График отслеживает {n} позиции: соглашения, базы, просьбы и предложения.',
		many: 'График отслеживает {n} позиций: соглашения, базы, просьбы и предложения.',
		other: 'График отслеживает {n} позиции: соглашения, базы, просьбы и предложения.'
	},
	/** {end}: «октябрь 2025 г.» (after «на»). */
	byLatestReports: 'По последним сообщениям (на {end}): {counts}',
	noAgreements: 'В данных нет соглашений.',
	span: {
		one: 'Временная шкала охватывает период {from} – {to}; на ней по одной полосе на каждое из {n} соглашения или договорённости.',
		few: 'Временная шкала охватывает период {from} – {to}; на ней по одной полосе на каждое из {n} соглашений или договорённостей.',
		many: 'Временная шкала охватывает период {from} – {to}; на ней по одной полосе на каждое из {n} соглашений или договорённостей.',
		other: 'Временная шкала охватывает период {from} – {to}; на ней по одной полосе на каждое из {n} соглашения или договорённости.'
	},
	split: 'Каждая полоса делится там, где меняется статус. Цвет и узор обозначают {groups} статусов; их названия приведены ниже.',
	statusGroups: { one: '# группу', few: '# группы', many: '# групп', other: '# группы' },
	stacked: 'Если несколько источников приводят утверждения на одну и ту же дату, полоса делится на тонкие дорожки одна над другой.',
	fading: 'Если источники называют только год, изменение показано блёклой зоной с пометкой «дата не указана».',
	latestClaims: 'По последним утверждениям: {counts}',
	conflicts: 'Последние утверждения расходятся по {n}: {titles}.',
	conflictCount: { one: '# позиции', few: '# позициям', many: '# позициям', other: '# позиции' },
	inTable: 'Все утверждения — с датой и тем, кто их делает, — приведены в таблице в разделе «Показать данные».',
	keys: 'На графике клавиши «вверх» и «вниз» переключают соглашения, «влево» и «вправо» — утверждения об одном соглашении.',
	status: 'Статус',
	statusIn: '{status} ({family})',
	date: 'Дата',
	claimedBy: 'Кто утверждает',
	sameDate: 'Другие утверждения на ту же дату',
	otherClaim: '{status} ({who})',
	note: 'Примечание',
	agreement: 'Соглашение',
	sources: 'Источники',
	caption: 'История статусов каждого соглашения или договорённости, {from} – {to} (одна строка на каждое утверждение о статусе)',
	keyUndated: 'Только год: дата не указана',
	keyStacked: 'Друг над другом: несколько утверждений на одну дату',
	csvHeaders: {
		agreement: 'Идентификатор соглашения', title: 'Соглашение', sector: 'Сфера (код)', signed: 'Год подписания', date: 'Дата', status: 'Статус (код)',
		claimed_by_name: 'Кто утверждает', note: 'Примечание', sources: 'Источники', headlines: 'Заголовки статей (на английском)', quotes: 'Цитаты (на английском)',
		data_as_of: 'Данные сверены со статьями (дата)'
	}
};

const ar: typeof en = {
	title: 'ما يُعاد التفاوض عليه',
	groups: { contracts: 'العقود', bases: 'القواعد العسكرية', review: 'المراجعات والمعاهدات واللجان', asks: 'الطلبات والعروض' },
	since: 'منذ {date}',
	reportedOnly: 'التاريخ غير مذكور (أُفيد بذلك في {date})',
	yearOnly: '{date}، التاريخ غير مذكور',
	visitFrom: 'من {date} ({source}: بدأت الزيارة «{wording}»)',
	segUndated: '{status} · التاريخ غير مذكور',
	notGiven: 'التاريخ غير مذكور',
	latest: '— {status}',
	target: '{title}: {status}، {date}، بحسب {who}{lanes}',
	/** {claims}: after «إحدى» (a claim is «رواية»). */
	oneOf: ' (إحدى {claims} بالتاريخ نفسه)',
	claimsSpelled: ['صفر رواية', 'رواية واحدة', 'روايتين', 'ثلاث روايات', 'أربع روايات', 'خمس روايات', 'ست روايات', 'سبع روايات', 'ثماني روايات', 'تسع روايات', 'عشر روايات'],
	claimsMany: { one: '# رواية', few: '# روايات', many: '# رواية', other: '# رواية' },
	step: '{status}، {date}',
	stepFrom: 'ابتداءً من {date}',
	stepUndated: 'التاريخ غير مذكور',
	/** Read right to left: the arrow points the way the reading goes. */
	arrow: '{chain} ← {step}',
	then: '{chain}. ثم {step}',
	lead: '{title}: {chain}.',
	all: { other: 'البنود كلها ({n}) معًا. وبحسب أحدث الروايات، {counts}' },
	/** As the narrative's summary says it: «8 منها لم تُحسم…». */
	familyCount: { one: '# منها {family}.', other: '# منها {family}.' },
	follows: {
		one: 'يتتبّع الرسم البياني بندًا واحدًا من الاتفاقات والقواعد والطلبات والعروض.',
		two: 'يتتبّع الرسم البياني بندين من الاتفاقات والقواعد والطلبات والعروض.',
		few: 'يتتبّع الرسم البياني {n} بنود من الاتفاقات والقواعد والطلبات والعروض.',
		many: 'يتتبّع الرسم البياني {n} بندًا من الاتفاقات والقواعد والطلبات والعروض.',
		other: 'يتتبّع الرسم البياني {n} بند من الاتفاقات والقواعد والطلبات والعروض.'
	},
	byLatestReports: 'وبحسب أحدث التقارير (حتى {end})، {counts}',
	noAgreements: 'لا توجد اتفاقات في البيانات.',
	span: {
		one: 'يمتد هذا الخط الزمني من {from} إلى {to}، وفيه شريط لاتفاق أو ترتيب واحد.',
		two: 'يمتد هذا الخط الزمني من {from} إلى {to}، وفيه شريط لكلٍّ من اتفاقين أو ترتيبين.',
		few: 'يمتد هذا الخط الزمني من {from} إلى {to}، وفيه شريط لكلٍّ من {n} اتفاقات أو ترتيبات.',
		many: 'يمتد هذا الخط الزمني من {from} إلى {to}، وفيه شريط لكلٍّ من {n} اتفاقًا أو ترتيبًا.',
		other: 'يمتد هذا الخط الزمني من {from} إلى {to}، وفيه شريط لكلٍّ من {n} اتفاق أو ترتيب.'
	},
	split: 'ينقسم كل شريط حيث يتغيّر الوضع. ويُظهر اللون والنقش {groups} من الأوضاع، ترد أسماؤها أدناه.',
	statusGroups: { one: 'مجموعة واحدة', two: 'مجموعتين', few: '# مجموعات', many: '# مجموعة', other: '# مجموعة' },
	stacked: 'وحيث تقدّم مصادر عدة روايات بالتاريخ نفسه، ينقسم الشريط إلى مسارات رفيعة متراكبة.',
	fading: 'وحيث لا تذكر المصادر إلا السنة، يُرسم التغيّر منطقةً يتلاشى لونها، عليها عبارة «التاريخ غير مذكور».',
	latestClaims: 'وبحسب أحدث الروايات، {counts}',
	conflicts: 'وتتعارض أحدث الروايات بشأن {n}: {titles}.',
	conflictCount: { one: 'بند واحد', two: 'بندين', few: '# بنود', many: '# بندًا', other: '# بند' },
	inTable: 'كل رواية، مع تاريخها وصاحبها، موجودة في الجدول تحت «عرض البيانات».',
	keys: 'في الرسم البياني، ينقل السهمان لأعلى ولأسفل بين الاتفاقات، وينقل السهمان لليمين ولليسار بين روايات الاتفاق الواحد.',
	status: 'الوضع',
	statusIn: '{status} ({family})',
	date: 'التاريخ',
	claimedBy: 'صاحب الرواية',
	sameDate: 'روايات أخرى بالتاريخ نفسه',
	otherClaim: '{status} ({who})',
	note: 'ملاحظة',
	agreement: 'الاتفاق',
	sources: 'المصادر',
	caption: 'تاريخ وضع كل اتفاق أو ترتيب، من {from} إلى {to} (صف واحد لكل رواية عن الوضع)',
	keyUndated: 'السنة فقط: التاريخ غير مذكور',
	keyStacked: 'متراكبة: عدة روايات بالتاريخ نفسه',
	csvHeaders: {
		agreement: 'معرّف الاتفاق', title: 'الاتفاق', sector: 'القطاع (رمز)', signed: 'سنة التوقيع', date: 'التاريخ', status: 'الوضع (رمز)',
		claimed_by_name: 'صاحب الرواية', note: 'ملاحظة', sources: 'المصادر', headlines: 'عناوين المقالات (بالإنجليزية)', quotes: 'الاقتباسات (بالإنجليزية)',
		data_as_of: 'تاريخ مطابقة البيانات مع المقالات'
	}
};

export const agreementsWords = checkedWords('src/lib/charts/agreements/words.ts', { en, ru, ar });
