/**
 * The delegations chart's words in each edition, key for key with English (checked when the
 * build loads them). Placeholders in braces are filled by `text.ts` and `layout.ts`: dates,
 * numbers and counts already in the edition's form; titles, names, groups and roles already
 * translated; sources named as the edition names them.
 */
import { checkedWords } from '$lib/i18n/checked';
import type { Forms } from '$lib/i18n/say';

const en = {
	title: 'Who sat at the table',
	/** {people}: `people`, filled; {contacts}: the count with its noun. */
	takeaway: 'The articles name {people} across {contacts}, and the names change from one meeting to the next.',
	/** {n}: the number in digits. */
	people: { one: '{n} person', other: '{n} people' } as Forms,
	contacts: { one: '# contact', other: '# contacts' } as Forms,
	/** Sectors named at some contacts only. {sectors}: a list ("defence and intelligence"); {months}: "July 2025". */
	laterSame: 'They name {sectors} officials only in {months}.',
	/** {list}: `laterEach` items joined as a list. */
	laterApart: '{list}.',
	laterEach: '{sector} officials are named only in {months}',
	/** {months}: "July 2025"; {articles}: the count with its noun ("two articles"). */
	split: 'For {months}, {articles} give different dates and names; each account is shown on its own.',
	articles: { one: '# article', other: '# articles' } as Forms,
	noContacts: 'No contacts in the data.',
	/** The long description, a sentence at a time. */
	intro: 'For each Russia–Syria contact, the chart shows the people the articles name.',
	/** {russia}, {syria}: `left` or `right`, where the plot draws each side. */
	sidesAt: 'Russia is on the {russia} and Syria on the {syria}.',
	left: 'left',
	right: 'right',
	colours: 'Colours show each person’s sector. A question mark and a note mark anyone named in one article only.',
	separately: 'Where two articles give different dates for a contact, each article’s date and people are shown separately.',
	column: '{date}, {title}.',
	/** One article's account of a contact the articles date differently. */
	columnClaim: '{date}, {title}, as {source} reports it.',
	/** {side}: `side`; {people}: `person` sentences, or `noneNamed`. */
	sideList: '{side}: {people}',
	noneNamed: 'none named.',
	/** {sector}: the sector inside a sentence; {only}: `namedOnlyInline` or `mentionedOnlyInline`. */
	person: '{name} ({sector}).',
	personOne: '{name} ({sector}; {only}).',
	side: { russia: 'Russia', syria: 'Syria' },
	/** An unnamed group (or office), as the articles describe it. */
	unnamed: 'Unnamed: {group}',
	/** The same on the plot, on a line of its own above the description. */
	unnamedLine: 'Unnamed:',
	/** {source}: the article's short name. */
	namedOnly: 'Named in one article only: {source}',
	mentionedOnly: 'Mentioned in one article only: {source}',
	namedOnlyInline: 'named in one article only: {source}',
	mentionedOnlyInline: 'mentioned in one article only: {source}',
	/** What a screen reader hears on a chip. */
	target: '{date}, {side}: {name}, {sector}',
	targetOne: '{date}, {side}: {name}, {sector} ({only})',
	/** A block's entries: {russian} and {syrian} are `russianEntries` and `syrianEntries`, {n} in digits. */
	count: '{russian} · {syrian}',
	russianEntries: { one: '{n} Russian entry', other: '{n} Russian entries' } as Forms,
	syrianEntries: { other: '{n} Syrian' } as Forms,
	/** The date one article gives a contact: {date} a date, {source} its short name. */
	claimDate: '{date} ({source})',
	/** A date the article gives only as the start of the visit; {wording}: its own English words. */
	claimFrom: 'from {date} ({source})',
	claimFromWording: 'from {date} ({source}: visit began “{wording}”)',
	/** A chip's detail panel and the table. */
	meeting: 'Meeting',
	/** {title}, {date}: the contact's. */
	meetingValue: '{title}, {date}',
	sideColumn: 'Side',
	sector: 'Sector',
	role: 'Role at this date',
	/** {role}: `noTitle`; {why}: the data's note. */
	roleNotGiven: '{role}: {why}',
	noTitle: 'No title given for this date',
	claimLabel: 'Date in this account',
	/** {wording}: the article's own English words; {source}: its full name. */
	claimValue: '“{wording}” ({source}); the other article gives another date',
	oneArticle: 'Named in one article only',
	no: 'No',
	/** An article that gives the title shown but does not place the person there. */
	titleOnly: '{source} (title only)',
	caption: 'Participants at each Russia–Syria contact, by side and sector, as each article names them',
	date: 'Date',
	contact: 'Contact',
	participant: 'Participant',
	sources: 'Sources',
	/** One sentence per state. {month}: "July 2025"; {articles}: `eachOf`. */
	stateSplit: '{month}, {title}: who took part, by side and sector, as each of {articles} tells it. Other contacts are in grey.',
	eachOf: { one: '# article', other: '# articles' } as Forms,
	stateOne: '{date}, {title}: who took part, by side and sector. Other contacts are in grey.',
	stateAll: 'Who took part in all {contacts}, by side and sector.',
	allContacts: { one: '# contact', other: '# contacts' } as Forms,
	/** The key. */
	keySectors: 'Sectors',
	keyUnnamed: 'Unnamed group',
	keyOneSource: 'Named in one article only (the box names the article)',
	/** The CSV's header row, a label per column key (English: the keys themselves; csv.ts). */
	csvHeaders: {
		event: 'event', event_date: 'event_date', account_of_name: 'account_of_name', side: 'side', person: 'person', name: 'name', role: 'role', sector: 'sector', unnamed: 'unnamed',
		one_article_only: 'one_article_only', one_article_name: 'one_article_name', sources: 'sources', headlines: 'headlines', quotes: 'quotes', title_only_sources: 'title_only_sources', data_as_of: 'data_as_of'
	}
};

const ru: typeof en = {
	title: 'Кто сидел за столом',
	takeaway: 'Статьи называют {people}, участвовавших в {contacts}, и от встречи к встрече имена меняются.',
	people: { one: '{n} человека', few: '{n} человек', many: '{n} человек', other: '{n} человека' },
	/** After «в» (prepositional). */
	contacts: { one: '# контакте', few: '# контактах', many: '# контактах', other: '# контакта' },
	/** {months}: nominative («июль 2025 г.»), after «за». */
	laterSame: 'Только среди участников контактов за {months} статьи называют официальных лиц из этих сфер: {sectors}.',
	laterApart: 'Официальных лиц из некоторых сфер статьи называют только среди участников отдельных контактов: {list}.',
	laterEach: '{sector} — контакты за {months}',
	split: '{articles} по-разному датируют контакт за {months} и называют разных участников; версия каждой статьи показана отдельно.',
	articles: { one: '# статья', few: '# статьи', many: '# статей', other: '# статьи' },
	noContacts: 'В данных нет контактов.',
	intro: 'Для каждого контакта России и Сирии график показывает людей, которых называют статьи.',
	sidesAt: 'Россия — {russia}, Сирия — {syria}.',
	left: 'слева',
	right: 'справа',
	colours: 'Цвет показывает сферу, которую представляет каждый человек. Вопросительный знак и примечание отмечают тех, кого называет только одна статья.',
	separately: 'Если две статьи называют для контакта разные даты, дата и участники по версии каждой статьи показаны отдельно.',
	/** A title opens with a capital: it follows the date as a sentence of its own. */
	column: '{date}. {title}.',
	columnClaim: '{date}. {title} (по версии {source}).',
	sideList: '{side}: {people}',
	noneNamed: 'никто не назван.',
	person: '{name} ({sector}).',
	personOne: '{name} ({sector}; {only}).',
	side: { russia: 'Россия', syria: 'Сирия' },
	unnamed: 'Без имени: {group}',
	unnamedLine: 'Без имени:',
	namedOnly: 'Называет только одна статья: {source}',
	mentionedOnly: 'Упоминает только одна статья: {source}',
	namedOnlyInline: 'называет только одна статья: {source}',
	mentionedOnlyInline: 'упоминает только одна статья: {source}',
	target: '{date}, {side}: {name}, {sector}',
	targetOne: '{date}, {side}: {name}, {sector} ({only})',
	count: '{russian} · {syrian}',
	russianEntries: { one: 'Россия: {n} запись', few: 'Россия: {n} записи', many: 'Россия: {n} записей', other: 'Россия: {n} записи' },
	syrianEntries: { other: 'Сирия: {n}' },
	claimDate: '{date} ({source})',
	/** {date} arrives as «31 июля 2025 г.» (genitive, after «с»). */
	claimFrom: 'с {date} ({source})',
	claimFromWording: 'с {date} ({source}: визит начался «{wording}»)',
	meeting: 'Встреча',
	meetingValue: '{title}, {date}',
	sideColumn: 'Сторона',
	sector: 'Сфера',
	role: 'Должность на эту дату',
	roleNotGiven: '{role}: {why}',
	noTitle: 'Должность на эту дату не указана',
	claimLabel: 'Дата в этой версии',
	claimValue: '«{wording}» ({source}); другая статья называет другую дату',
	oneArticle: 'Только в одной статье',
	no: 'Нет',
	titleOnly: '{source} (только должность)',
	caption: 'Участники каждого контакта России и Сирии по сторонам и сферам — так, как их называет каждая статья',
	date: 'Дата',
	contact: 'Контакт',
	participant: 'Участник',
	sources: 'Источники',
	stateSplit: '{month}. {title}: кто участвовал, по сторонам и сферам, в версии каждой из {articles}. Остальные контакты показаны серым.',
	/** After «каждой из» (genitive). */
	eachOf: { one: '# статьи', few: '# статей', many: '# статей', other: '# статьи' },
	stateOne: '{date}. {title}: кто участвовал, по сторонам и сферам. Остальные контакты показаны серым.',
	stateAll: 'Кто участвовал во всех {contacts}, по сторонам и сферам.',
	/** After «во всех» (prepositional). */
	allContacts: { one: '# контакте', few: '# контактах', many: '# контактах', other: '# контакта' },
	keySectors: 'Сферы',
	keyUnnamed: 'Группа без имён',
	keyOneSource: 'Называет только одна статья (в рамке указано, какая)',
	csvHeaders: {
		event: 'Идентификатор контакта', event_date: 'Дата', account_of_name: 'По версии статьи', side: 'Сторона (код)', person: 'Идентификатор участника', name: 'Участник',
		role: 'Должность на эту дату', sector: 'Сфера (код)', unnamed: 'Не назван по имени (yes/no)', one_article_only: 'Только в одной статье (yes/no)', one_article_name: 'Единственная статья',
		sources: 'Источники', headlines: 'Заголовки статей (на английском)', quotes: 'Цитаты (на английском)', title_only_sources: 'Источники только должности', data_as_of: 'Данные сверены со статьями (дата)'
	}
};

const ar: typeof en = {
	title: 'مَن جلس إلى الطاولة',
	takeaway: 'تذكر المقالات أسماء {people} في {contacts}، وتتغير الأسماء من اجتماع إلى آخر.',
	/** After «أسماء» (genitive). */
	people: { one: 'شخص واحد', two: 'شخصين', few: '{n} أشخاص', many: '{n} شخصًا', other: '{n} شخص' },
	/** After «في» (genitive). */
	contacts: { one: 'اتصال واحد', two: 'اتصالين', few: '# اتصالات', many: '# اتصالًا', other: '# اتصال' },
	laterSame: 'ولا تسمّي المقالات مسؤولين من هذه القطاعات إلا في {months}: {sectors}.',
	laterApart: 'ولا تسمّي المقالات مسؤولين من بعض القطاعات إلا في أشهر بعينها: {list}.',
	laterEach: '{sector} في {months} فقط',
	split: 'وبالنسبة إلى {months}، تذكر {articles} تواريخ وأسماء مختلفة، وتُعرض رواية كل مقالة على حدة.',
	/** The subject (nominative). */
	articles: { one: 'مقالة واحدة', two: 'مقالتان', few: '# مقالات', many: '# مقالةً', other: '# مقالة' },
	noContacts: 'لا توجد اتصالات في البيانات.',
	intro: 'يعرض الرسم البياني، لكل اتصال روسي سوري، الأشخاص الذين تذكرهم المقالات.',
	sidesAt: 'روسيا على {russia} وسوريا على {syria}.',
	left: 'اليسار',
	right: 'اليمين',
	colours: 'تُبيّن الألوان قطاع كل شخص. وتُميّز علامة استفهام وملاحظة كلَّ من لا يرد اسمه إلا في مقالة واحدة.',
	separately: 'وحين تذكر مقالتان تاريخين مختلفين لاتصال واحد، يُعرض تاريخ كل مقالة والأشخاص الذين تذكرهم على حدة.',
	column: '{date}، {title}.',
	columnClaim: '{date}، {title}، كما ترويه {source}.',
	sideList: '{side}: {people}',
	noneNamed: 'لم يُذكر أحد بالاسم.',
	person: '{name} ({sector}).',
	personOne: '{name} ({sector}؛ {only}).',
	side: { russia: 'روسيا', syria: 'سوريا' },
	unnamed: 'من دون اسم: {group}',
	unnamedLine: 'من دون اسم:',
	namedOnly: 'لا يرد الاسم إلا في مقالة واحدة: {source}',
	mentionedOnly: 'لا تذكر ذلك إلا مقالة واحدة: {source}',
	namedOnlyInline: 'لا يرد الاسم إلا في مقالة واحدة: {source}',
	mentionedOnlyInline: 'لا تذكر ذلك إلا مقالة واحدة: {source}',
	target: '{date}، {side}: {name}، {sector}',
	targetOne: '{date}، {side}: {name}، {sector} ({only})',
	count: '{russian} · {syrian}',
	russianEntries: { one: 'روسيا: إدخال واحد', two: 'روسيا: إدخالان', few: 'روسيا: {n} إدخالات', many: 'روسيا: {n} إدخالًا', other: 'روسيا: {n} إدخال' },
	syrianEntries: { other: 'سوريا: {n}' },
	claimDate: '{date} ({source})',
	claimFrom: 'ابتداءً من {date} ({source})',
	claimFromWording: 'ابتداءً من {date} ({source}: بدأت الزيارة «{wording}»)',
	meeting: 'الاجتماع',
	meetingValue: '{title}، {date}',
	sideColumn: 'الجانب',
	sector: 'القطاع',
	role: 'المنصب في هذا التاريخ',
	roleNotGiven: '{role}: {why}',
	noTitle: 'لا يُذكر منصب في هذا التاريخ',
	claimLabel: 'التاريخ في هذه الرواية',
	claimValue: '«{wording}» ({source})؛ وتذكر المقالة الأخرى تاريخًا آخر',
	oneArticle: 'في مقالة واحدة فقط',
	no: 'لا',
	titleOnly: '{source} (المنصب فقط)',
	caption: 'المشاركون في كل اتصال روسي سوري، بحسب الجانب والقطاع، كما تسمّيهم كل مقالة',
	date: 'التاريخ',
	contact: 'الاتصال',
	participant: 'المشارك',
	sources: 'المصادر',
	stateSplit: '{month}، {title}: مَن شارك، بحسب الجانب والقطاع، كما ترويه كل واحدة من {articles}. والاتصالات الأخرى باللون الرمادي.',
	/** After «من» (genitive). */
	eachOf: { one: 'مقالة واحدة', two: 'مقالتين', few: '# مقالات', many: '# مقالةً', other: '# مقالة' },
	stateOne: '{date}، {title}: مَن شارك، بحسب الجانب والقطاع. والاتصالات الأخرى باللون الرمادي.',
	stateAll: 'مَن شارك في الاتصالات كلها ({contacts})، بحسب الجانب والقطاع.',
	allContacts: { one: 'اتصال واحد', two: 'اتصالان', few: '# اتصالات', many: '# اتصالًا', other: '# اتصال' },
	keySectors: 'القطاعات',
	keyUnnamed: 'مجموعة ذُكرت من دون أسماء',
	keyOneSource: 'لا يرد الاسم إلا في مقالة واحدة (يذكر المربع اسم المقالة)',
	csvHeaders: {
		event: 'معرّف الاتصال', event_date: 'التاريخ', account_of_name: 'بحسب رواية المقالة', side: 'الجانب (رمز)', person: 'معرّف المشارك', name: 'المشارك',
		role: 'المنصب في هذا التاريخ', sector: 'القطاع (رمز)', unnamed: 'من دون اسم (yes/no)', one_article_only: 'في مقالة واحدة فقط (yes/no)', one_article_name: 'المقالة الوحيدة',
		sources: 'المصادر', headlines: 'عناوين المقالات (بالإنجليزية)', quotes: 'الاقتباسات (بالإنجليزية)', title_only_sources: 'مصادر المنصب فقط', data_as_of: 'تاريخ مطابقة البيانات مع المقالات'
	}
};

export const delegationWords = checkedWords('src/lib/charts/delegations/words.ts', { en, ru, ar });
