import type { EditionNotes } from './classroom.editions';
import { sayFor, type Forms } from '$lib/i18n/say';
import { f as en } from './facts';
import { factsFor } from './facts.editions';
import { v, type Gap } from './values';

const s = sayFor('ru');
const f = factsFor('ru');

/** Noun forms for s.count, by case (as Story.ru.svx words them). */
const w = {
	contactsPrep: { one: '# контакте', few: '# контактах', many: '# контактах', other: '# контакта' },
	monthsGen: { one: '# месяца', few: '# месяцев', many: '# месяцев', other: '# месяца' },
	monthsNom: { one: '# месяц', few: '# месяца', many: '# месяцев', other: '# месяца' },
	daysGen: { one: '# дня', few: '# дней', many: '# дней', other: '# дня' },
	daysNom: { one: '# день', few: '# дня', many: '# дней', other: '# дня' },
	itemsAcc: { one: '# позицию', few: '# позиции', many: '# позиций', other: '# позиции' },
	basesAcc: { one: '# базу', few: '# базы', many: '# баз', other: '# базы' },
	yearsAcc: { one: '# год', few: '# года', many: '# лет', other: '# года' },
	placesPrep: { one: '# месте', few: '# местах', many: '# местах', other: '# места' },
	articlesPrep: { one: '# статье', few: '# статьях', many: '# статьях', other: '# статьи' }
} satisfies Record<string, Forms>;

/** A month as it reads in a date, in the genitive ("июля"): "в последний день июля". */
const monthInDate = (iso: string) => s.dayMonth(iso).split(/\s/).pop();
/** A gap as a range: "от 4 до 31 дня" (one number when the dates allow only one). */
const range = (g: Gap, gen: Forms, nom: Forms, about = '') =>
	g.min === g.max ? `${about}${s.count(g.max, about ? gen : nom)}` : `от ${s.num(g.min)} до ${s.count(g.max, gen)}`;

const january = s.when(v.dates.januaryVisit.slice(0, 7));
const july = s.when(v.dates.julySeed004.slice(0, 7));

/** The classroom notes in Russian, line for line with classroom.ts (classroom.editions.ts pairs them). */
export const notes: EditionNotes = {
	fall: {
		talkingPoints: [
			`По словам TRT World, Москва много лет была <q o="closest ally">ближайшим союзником</q> Асада. Его власть пала ${s.when(v.dates.fall)}, и теперь он живёт в изгнании в Москве.`,
			`Статьи расходятся в том, какую роль Россия сыграла в падении Асада. TRT World пишет, что Асад бежал <q o="reportedly with the assistance of Russian forces">по имеющимся данным, с помощью российских военных</q>; “A pragmatic rapprochement” («Прагматичное сближение») пишет, что <q o="recent revelations">недавние разоблачения</q> выявили тайные переговоры с группировкой аш-Шараа, благодаря которым Москва осталась <q o="neutral">нейтральной</q>.`,
			`Дамаск <q o="did not demand the immediate withdrawal of Russian forces">не потребовал немедленного вывода российских войск</q> (TRT World), а газета «Аш-Шарк аль-Аусат» сообщала, что, по словам аш-Шараа, базы <q o="might continue temporarily">могут временно остаться</q>. Но “A pragmatic rapprochement” пишет, что на потерю баз <q o="hinted at in a declaration from Damascus at the beginning of the year">намекнули в заявлении Дамаска в начале года</q>.`,
			`<q o="The first concrete example">Первый конкретный пример</q> пересмотра, как его называет TRT World, был экономическим: Сирия расторгла соглашение ${v.dates.portDealYear} года об управлении портом Тартус российской компанией.`
		],
		questions: [
			`Ахмед аш-Шараа руководил группировкой, которая воевала с силами, поддерживаемыми Россией, и всё же он сказал: <q o="We do not want Russia to leave Syria the way some others do.">Мы не хотим, чтобы Россия ушла из Сирии так, как этого хотят некоторые другие</q>. Опираясь на цитаты из статей, назовите две причины, по которым он мог так сказать.`,
			`Оба рассказа о бегстве Асада содержат оговорки (<q o="reportedly">по имеющимся данным</q>, <q o="recent revelations">недавние разоблачения</q>). Какие доказательства вам нужны, прежде чем решать, что сделала Россия?`
		]
	},
	meetings: {
		talkingPoints: [
			`Статьи сообщают о ${s.count(v.n.contacts, w.contactsPrep)} на высоком уровне в период с ${s.date(v.dates.januaryVisit)} по ${s.date(v.dates.summit)} — или на один больше, если две даты ${july} относятся к двум визитам: визит россиян, телефонный разговор, один или два июльских визита сирийских министров (две статьи называют разные дни) и саммит.`,
			`В контактах, о которых сообщают статьи, сначала россияне ездили в Дамаск, а затем сирийцы — в Москву. На личных встречах самый высокопоставленный участник с российской стороны поднялся от заместителя министра до президента.`,
			`Самый длинный промежуток — ${range(v.gaps.longestMonths, w.monthsGen, w.monthsNom, 'около ')} с ${monthInDate(v.gaps.longestFrom)} по ${s.month(v.gaps.longestTo)} — возможно, пробел в сообщениях статей, а не в самих переговорах.`
		],
		questions: [
			`TRT World датирует визит министров словами <q o="${en.julyWordingTrt}">в последний день ${monthInDate(v.dates.julyTrt)}</q>, а “A pragmatic rapprochement” называет ${s.dayMonth(v.dates.julySeed004)}. Что нужно знать, чтобы решить, какая дата верна и не было ли двух визитов?`,
			`Почему на графике каждый промежуток дан диапазоном дней (например, ${range(v.gaps.toCall, w.daysGen, w.daysNom)}), а не одним числом?`
		]
	},
	delegations: {
		talkingPoints: [
			`На переговорах ${january} обе статьи называют с российской стороны заместителя министра иностранных дел Богданова, и только TRT World — представителя президента Александра Лаврентьева. “${en.headlineSeed000}” добавляет неназванных <q o="representatives from several Russian and Syrian government agencies">представителей нескольких российских и сирийских государственных ведомств</q>. Ещё до визита газета «Аш-Шарк аль-Аусат» сообщала, что в делегацию <q o="will include representatives from the foreign and defense ministries, economic officials">войдут представители министерств иностранных дел и обороны, экономические чиновники</q>. Ни один из них не назван по имени.`,
			`По версии “A pragmatic rapprochement”, ${s.dayMonth(v.dates.julySeed004)} в Москве были министр обороны и глава разведки Сирии. Рассказывая о визите в конце ${monthInDate(v.dates.julyTrt)}, TRT World упоминает министра обороны, не называя его имени, а с российской стороны называет министра иностранных дел Лаврова и генерала Александра Зорина. На графике эти два списка показаны отдельно.`,
			`Махер аш-Шараа упоминается в разных должностях: ${january} — министр здравоохранения, а ${july} — уже генеральный секретарь администрации президента (TRT World).`,
			`О некоторых участниках сообщает только одна статья (всего таких случаев — ${s.num(v.n.oneSource)}): ${f.oneSourceNames}. Если одна статья сообщает об участии человека, а другая об этом молчит, это один источник, а не спор.`
		],
		questions: [
			`Что может означать, что ${july} статьи называют по имени представителей оборонного ведомства и разведки, а ${january} — ни одного? Чем ещё это можно объяснить?`,
			`Одна статья называет человека среди участников встречи, а другая — нет. Доказывает ли это, что вторая статья ошибается? Как это можно проверить?`
		]
	},
	agreements: {
		talkingPoints: [
			`Мы отслеживаем ${s.count(v.n.agreements, w.itemsAcc)}: контракты, ${s.count(v.n.bases, w.basesAcc)}, комиссию, пересмотр, просьбы и предложения.`,
			`Ни одна статья не сообщает о подписанном соглашении о базах. Богданов ${january} сказал: <q o="As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet">Насколько нам известно, статус российских объектов в Тартусе и Хмеймиме пока не изменился</q>; к лету TRT World писал, что присутствие России <q o="subject to negotiation rather than assumed consent">зависит от переговоров, а не от подразумеваемого согласия</q>.`,
			`“A pragmatic rapprochement” сообщает, что президент <q o="promised to respect all the previous agreements between the two countries">пообещал соблюдать все прежние соглашения между двумя странами</q>, а его министр иностранных дел назвал соглашения, заключённые при прежнем режиме, <q o="suspended and unacceptable">приостановленными и неприемлемыми</q>.`
		],
		questions: [
			`Аш-Шараа и аш-Шейбани, похоже, говорят о старых соглашениях противоположное. Предложите два возможных объяснения и назовите источник каждого утверждения.`,
			`Сирия расторгла контракт по порту в начале ${v.dates.annulmentYear} года, а ${january}, как сообщала газета «Аш-Шарк аль-Аусат», официальных просьб пересмотреть соглашения о базах не поступало. Почему новое правительство могло начать с делового контракта?`
		]
	},
	trade: {
		talkingPoints: [
			`Объём торговли дан только диапазоном — от ${s.money(v.trade.low)} до ${s.money(v.trade.high)} — без указания периода, поэтому нельзя сказать, растёт он или сокращается.`,
			`Статья MENAFN насчитывает ${f.projects} текущих инвестиционных проектов, но не говорит, во скольких из них участвуют российские компании. TRT World пишет, что в списке участников восстановления, который, <q o="has reportedly been compiled">как сообщается, был составлен</q>,, нет ни одной российской компании.`,
			`Поставки российской пшеницы возобновились ${s.when(v.dates.wheat)}, во время засухи в Сирии, которую статья MENAFN называет <q o="worst drought in 36 years">самой сильной за ${s.count(v.figures.droughtYears.value, w.yearsAcc)}</q>.`
		],
		questions: [
			`Какие дополнительные сведения превратили бы диапазон торговли в тенденцию? Где их можно поискать?`,
			`Статья MENAFN и TRT World по-разному описывают экономическую роль России. Что подчёркивает каждая из них и что показывает график?`
		]
	},
	unresolved: {
		talkingPoints: [
			`<q o="For the moment, the two Russian bases remain operational">Пока обе российские базы продолжают работать</q> — в Тартусе и Хмеймиме, — <q o="although they are less supplied in men and equipment than in recent years">хотя людьми и техникой они обеспечены хуже, чем в последние годы</q>, пишет “A pragmatic rapprochement”; в записке, которую приводит статья, говорится, что россияне укрепили третий объект, в Камышлы, <q o="during the summer">летом</q>. Ни одна статья не сообщает о подписанном соглашении об их будущем.`,
			`Сирия хочет, чтобы Асада вернули на родину и судили; статья MENAFN сообщает, что пресс-секретарь Кремля Дмитрий Песков сказал, что Москва <q o="sees no basis for this">не видит для этого оснований</q>.`,
			`Министр иностранных дел Сирии предложил, чтобы Россия выплатила репарации. Ни одна статья не сообщает об ответе России.`
		],
		questions: [
			`Василий Кузнецов говорит: <q o="Everyone knows that Moscow will not extradite him">Все знают, что Москва его не выдаст</q>, — и всё же аш-Шараа <q o="had to put that request and to make it known">должен был выдвинуть эту просьбу и предать её огласке</q>. Зачем выдвигать просьбу, если ожидаешь отказа?`,
			`Какой из нерешённых вопросов даёт больше всего рычагов Сирии, а какой — России? Обоснуйте ответ, опираясь на статьи.`
		]
	},
	disagreements: {
		talkingPoints: [
			`Статьи расходятся в ${s.count(v.n.disagreements, w.placesPrep)}; материал показывает каждую сторону с её источником, а не выбирает одну из них.`,
			`Одни расхождения касаются фактов (дата, кто присутствовал), другие — толкования (потеряла ли Россия влияние?). Иногда одна статья о чём-то сообщает, а остальные молчат: это один источник, а не спор.`,
			`Обращайте внимание на то, кто говорит: статья MENAFN наиболее благосклонна к Москве и не называет автора; «Аш-Шарк аль-Аусат» передаёт слова неназванного российского источника, причём в переводе, издатель которого <q o="has not verified the content of this story">не проверял содержание этого материала</q>; в ${s.count(v.n.unsigned, w.articlesPrep)} издание не указано.`
		],
		questions: [
			`Выберите одно расхождение. Оно касается факта или толкования? Какие доказательства могли бы его разрешить?`,
			`Статья MENAFN говорит об <q o="a reinforced strategic partnership">укрепившемся стратегическом партнёрстве</q>, а TRT World — о переходе <q o="from patron to negotiated partner">от роли покровителя к роли партнёра на договорной основе</q>. Какие факты на графиках подтверждают каждую из этих оценок?`
		]
	}
};
