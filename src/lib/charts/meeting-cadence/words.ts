/**
 * The timeline's words in each edition, key for key with English (checked when the build loads
 * them). Placeholders in braces are filled by `text.ts` and `layout.ts`: dates, numbers and counts
 * already in the edition's form, the data's titles and places already translated.
 */
import { checkedWords } from '$lib/i18n/checked';
import type { Forms } from '$lib/i18n/say';

const en = {
	title: 'How often Russia and Syria met',
	/** {contacts}: the count with its noun; {upTo}: `upToSplit`/`upToApart` or nothing. */
	takeaway: 'The articles report {contacts}{upTo}. The first was {firstWhere} on {firstDate}, with {firstWho}. The last was {lastWhere} on {lastDate}, with {lastWho}.',
	contacts: { one: '# high-level contact', other: '# high-level contacts' } as Forms,
	/** {total}: a number; {k}: how many dates one contact has, in words; {month}: "July". */
	upToSplit: ' ({total} if the {k} {month} dates are {k} visits)',
	upToApart: ' ({total} if the differently dated contacts are separate visits)',
	inPlace: 'in {place}',
	aCall: 'a call',
	who: { 'head-of-state': 'top leaders', minister: 'ministers', 'deputy-minister': 'a deputy minister', none: 'no level given' },
	noContacts: 'No contacts in the data.',
	/** The long description, a sentence at a time. */
	span: 'This timeline runs from {from} to {to}.',
	rows: 'It has a row for each level of contact: top leaders, ministers and deputy minister. It also has a row of context events.',
	contact: '{date}: {title} ({direction}, {level}).',
	gapsSplit: 'Days between contacts, if the {k} {month} dates are one visit: {gaps}. If they are {k} visits: {apart}.',
	gaps: 'Days between contacts: {gaps}.',
	contextEvents: 'Context events: {events}',
	contextEvent: '{date}: {title}.',
	disputed: 'The articles give different dates for one contact ({title}). {says}. The chart draws both dates, joined by a dashed line. The articles do not say whether this was one visit or two.',
	/** "TRT World gives 31 July 2025", joined by `saysSep`. */
	gives: '{source} gives {date}',
	saysSep: '; ',
	/** A mark's detail panel and the table's columns. */
	date: 'Date',
	place: 'Place',
	direction: 'Direction',
	level: 'Level',
	daysSince: 'Days since previous contact',
	first: 'First',
	event: 'Event',
	isContact: 'Contact?',
	yes: 'Yes',
	noContext: 'No, context',
	sourcesColumn: 'Sources',
	caption: 'Russia–Syria contacts and context events, {from} to {to}',
	/** One sentence per state. */
	stateContext: 'Only the context events are shown. The first is in {date}: {title}.',
	stateContextNone: 'Only the context events are shown.',
	stateContact: 'Contact {i} of {n}: {date}, {title} ({direction}).',
	earlierGrey: ' Earlier contacts are in grey.',
	stateAll: 'All {contacts}, with the days between them.',
	allContacts: { one: '# contact', other: '# contacts' } as Forms,
	/** On the plot. */
	/** A gap's days on the plot ({days}: "76", "4–31"), in the form its largest number takes. */
	gapDays: { other: '{days} days' } as Forms,
	markContext: '{date}: {title} (context)',
	markContact: '{date}: {title} ({direction}, {level})',
	twoDates: 'Two dates: the articles differ',
	keyContext: 'Context event',
	contextLane: 'Context',
	/** The CSV's header row, a label per column key (English: the keys themselves; csv.ts). */
	csvHeaders: {
		id: 'id', title: 'title', kind: 'kind', contact: 'contact', date: 'date', plotted_at: 'plotted_at', claimed_dates: 'claimed_dates', disputed: 'disputed',
		direction: 'direction', level: 'level', place: 'place', days_since_previous_contact: 'days_since_previous_contact', sources: 'sources', headlines: 'headlines', quotes: 'quotes', data_as_of: 'data_as_of'
	}
};

const ru: typeof en = {
	title: 'Как часто общались Россия и Сирия',
	takeaway: 'Статьи сообщают о {contacts}{upTo}. Первый из них: {firstDate}, {firstWhere}, {firstWho}. Последний: {lastDate}, {lastWhere}, {lastWho}.',
	contacts: {
		one: '# контакте на высоком уровне',
		few: '# контактах на высоком уровне',
		many: '# контактах на высоком уровне',
		other: '# контакта на высоком уровне'
	},
	upToSplit: ' (или о {total}, если каждая из {k} дат за {month} — отдельный визит)',
	upToApart: ' (или о {total}, если разные даты, которые статьи называют для одного контакта, — это отдельные визиты)',
	inPlace: 'место — {place}',
	aCall: 'телефонный разговор',
	who: { 'head-of-state': 'на уровне первых лиц', minister: 'на уровне министров', 'deputy-minister': 'на уровне заместителя министра', none: 'уровень не указан' },
	noContacts: 'В данных нет контактов.',
	span: 'Временная шкала охватывает период {from} – {to}.',
	rows: 'На ней есть ряд для каждого уровня контактов: первые лица, министры и заместитель министра. Ещё один ряд — фоновые события.',
	contact: '{date}: {title} ({direction}, {level}).',
	gapsSplit: 'Промежутки между контактами в днях, если все даты за {month} (их {k}) относятся к одному визиту: {gaps}. Если каждая из {k} дат — отдельный визит: {apart}.',
	gaps: 'Промежутки между контактами в днях: {gaps}.',
	contextEvents: 'Фоновые события: {events}',
	contextEvent: '{date}: {title}.',
	disputed: 'Статьи называют разные даты одного контакта ({title}). {says}. На графике показаны обе даты, соединённые пунктирной линией. В статьях не сказано, был ли это один визит или два.',
	gives: '{date} — по данным {source}',
	saysSep: '; ',
	date: 'Дата',
	place: 'Место',
	direction: 'Направление',
	level: 'Уровень',
	daysSince: 'Дней после предыдущего контакта',
	first: 'Впервые',
	event: 'Событие',
	isContact: 'Контакт?',
	yes: 'Да',
	noContext: 'Нет, фоновое событие',
	sourcesColumn: 'Источники',
	caption: 'Контакты России и Сирии и фоновые события, {from} – {to}',
	stateContext: 'Показаны только фоновые события. Первое из них — {date}: {title}.',
	stateContextNone: 'Показаны только фоновые события.',
	stateContact: 'Контакт {i} из {n}: {date}, {title} ({direction}).',
	earlierGrey: ' Более ранние контакты показаны серым.',
	stateAll: 'Все {contacts} и промежутки между ними в днях.',
	allContacts: { one: '# контакт', few: '# контакта', many: '# контактов', other: '# контакта' },
	gapDays: { other: '{days} дн.' },
	markContext: '{date}: {title} (фоновое событие)',
	markContact: '{date}: {title} ({direction}, {level})',
	twoDates: 'Две даты: статьи расходятся',
	keyContext: 'Фоновое событие',
	contextLane: 'Фон',
	csvHeaders: {
		id: 'Идентификатор события', title: 'Событие', kind: 'Тип события (код)', contact: 'Контакт (yes/no)', date: 'Дата', plotted_at: 'Точка на графике (ГГГГ-ММ-ДД)',
		claimed_dates: 'Даты, как их дают статьи (ISO)', disputed: 'Статьи расходятся в дате (yes/no)', direction: 'Направление (код)', level: 'Уровень (код)', place: 'Место',
		days_since_previous_contact: 'Дней после предыдущего контакта', sources: 'Источники', headlines: 'Заголовки статей (на английском)', quotes: 'Цитаты (на английском)', data_as_of: 'Данные сверены со статьями (дата)'
	}
};

const ar: typeof en = {
	title: 'كم مرة التقت روسيا وسوريا',
	/** {contacts}: the count with its noun (accusative, after «تذكر»); {upTo}: `upToSplit`/`upToApart` or nothing. */
	takeaway: 'تذكر المقالات {contacts}{upTo}. كان أولها {firstWhere} في {firstDate}، على مستوى {firstWho}. وكان آخرها {lastWhere} في {lastDate}، على مستوى {lastWho}.',
	contacts: { zero: '# اتصال رفيع المستوى', one: 'اتصالًا واحدًا رفيع المستوى', two: 'اتصالين رفيعَي المستوى', few: '# اتصالات رفيعة المستوى', many: '# اتصالًا رفيع المستوى', other: '# اتصال رفيع المستوى' },
	/** {total}: a number; {k}: how many dates one contact has, as digits; {month}: «يوليو». */
	upToSplit: ' (أو {total} إذا عُدّ كلٌّ من تواريخ شهر {month}، وعددها {k}، زيارةً منفصلة)',
	upToApart: ' (أو {total} إذا كانت الاتصالات التي تختلف تواريخها زياراتٍ منفصلة)',
	inPlace: 'في {place}',
	aCall: 'اتصالًا هاتفيًا',
	/** After «على مستوى». */
	who: { 'head-of-state': 'كبار القادة', minister: 'الوزراء', 'deputy-minister': 'نائب وزير', none: 'غير مذكور' },
	noContacts: 'لا توجد اتصالات في البيانات.',
	/** The long description, a sentence at a time. */
	span: 'يمتد هذا الخط الزمني من {from} إلى {to}.',
	rows: 'فيه صف لكل مستوى من مستويات الاتصال: كبار القادة والوزراء ونائب الوزير. وفيه أيضًا صف لأحداث الخلفية.',
	contact: '{date}: {title} ({direction}، {level}).',
	gapsSplit: 'عدد الأيام بين الاتصالات، إذا عُدّت تواريخ شهر {month}، وعددها {k}، زيارةً واحدة: {gaps}. وإذا عُدّ كلٌّ منها زيارةً منفصلة: {apart}.',
	gaps: 'عدد الأيام بين الاتصالات: {gaps}.',
	contextEvents: 'أحداث الخلفية: {events}',
	contextEvent: '{date}: {title}.',
	disputed: 'تذكر المقالات تواريخ مختلفة لاتصال واحد ({title}). {says}. ويُظهر الرسم البياني التاريخين كليهما، ويصل بينهما خط متقطع. ولا تذكر المقالات إن كانت هذه زيارة واحدة أم زيارتين.',
	/** "بحسب تي آر تي وورلد: 31 يوليو 2025", joined by `saysSep`. */
	gives: 'بحسب {source}: {date}',
	saysSep: '؛ ',
	/** A mark's detail panel and the table's columns. */
	date: 'التاريخ',
	place: 'المكان',
	direction: 'الاتجاه',
	level: 'المستوى',
	daysSince: 'الأيام منذ الاتصال السابق',
	first: 'الأول من نوعه',
	event: 'الحدث',
	isContact: 'اتصال؟',
	yes: 'نعم',
	noContext: 'لا، حدث خلفية',
	sourcesColumn: 'المصادر',
	caption: 'الاتصالات الروسية السورية وأحداث الخلفية، من {from} إلى {to}',
	/** One sentence per state. */
	stateContext: 'لا تظهر إلا أحداث الخلفية. أولها في {date}: {title}.',
	stateContextNone: 'لا تظهر إلا أحداث الخلفية.',
	stateContact: 'الاتصال {i} من {n}: {date}، {title} ({direction}).',
	earlierGrey: ' والاتصالات السابقة باللون الرمادي.',
	stateAll: 'الاتصالات كلها ({contacts})، مع عدد الأيام الفاصلة بينها.',
	allContacts: { zero: '# اتصال', one: 'اتصال واحد', two: 'اتصالان', few: '# اتصالات', many: '# اتصالًا', other: '# اتصال' },
	/** On the plot. */
	gapDays: { one: '{days} يوم', two: '{days} يوم', few: '{days} أيام', many: '{days} يومًا', other: '{days} يوم' },
	markContext: '{date}: {title} (خلفية)',
	markContact: '{date}: {title} ({direction}، {level})',
	twoDates: 'تاريخان: المقالات تختلف',
	keyContext: 'حدث خلفية',
	contextLane: 'الخلفية',
	csvHeaders: {
		id: 'معرّف الحدث', title: 'الحدث', kind: 'نوع الحدث (رمز)', contact: 'اتصال (yes/no)', date: 'التاريخ', plotted_at: 'الموضع على الرسم البياني (تاريخ ISO)',
		claimed_dates: 'التواريخ كما تذكرها المقالات (ISO)', disputed: 'اختلاف المقالات في التاريخ (yes/no)', direction: 'الاتجاه (رمز)', level: 'المستوى (رمز)', place: 'المكان',
		days_since_previous_contact: 'الأيام منذ الاتصال السابق', sources: 'المصادر', headlines: 'عناوين المقالات (بالإنجليزية)', quotes: 'الاقتباسات (بالإنجليزية)', data_as_of: 'تاريخ مطابقة البيانات مع المقالات'
	}
};

export const cadenceWords = checkedWords('src/lib/charts/meeting-cadence/words.ts', { en, ru, ar });
