import type { EditionNotes } from './classroom.editions';
import { sayFor, type Forms } from '$lib/i18n/say';
import { f as en } from './facts';
import { factsFor } from './facts.editions';
import { v, type Gap } from './values';

const s = sayFor('ar');
const f = factsFor('ar');

/** Nouns for s.count, by Arabic plural category and case (as Story.ar.svx words them). */
const w = {
	/** "(report) N high-level contacts": accusative. */
	contacts: { zero: '# اتصال رفيع المستوى', one: 'اتصالًا واحدًا رفيع المستوى', two: 'اتصالين رفيعَي المستوى', few: '# اتصالات رفيعة المستوى', many: '# اتصالًا رفيع المستوى', other: '# اتصال رفيع المستوى' },
	/** "(to) N months": genitive. */
	months: { zero: '# شهر', one: 'شهر واحد', two: 'شهرين', few: '# أشهر', many: '# شهرًا', other: '# شهر' },
	/** "(to) N days": genitive. */
	days: { zero: '# يوم', one: 'يوم واحد', two: 'يومين', few: '# أيام', many: '# يومًا', other: '# يوم' },
	/** "(since) N years": genitive. */
	years: { zero: '# عام', one: 'عام واحد', two: 'عامين', few: '# أعوام', many: '# عامًا', other: '# عام' },
	/** "(we track) N items": accusative. */
	itemsAcc: { zero: '# بند', one: 'بندًا واحدًا', two: 'بندين', few: '# بنود', many: '# بندًا', other: '# بند' },
	/** "(and) N bases" in that list: accusative. */
	basesAcc: { zero: '# قاعدة', one: 'قاعدة واحدة', two: 'قاعدتين', few: '# قواعد', many: '# قاعدة', other: '# قاعدة' },
	/** "(differ in) N places": genitive. */
	places: { zero: '# موضع', one: 'موضع واحد', two: 'موضعين', few: '# مواضع', many: '# موضعًا', other: '# موضع' },
	/** "N articles (name no outlet)": nominative, after its verb. */
	unsigned: { zero: '# مقالة', one: 'مقالة واحدة', two: 'مقالتان', few: '# مقالات', many: '# مقالة', other: '# مقالة' }
} satisfies Record<string, Forms>;

/** A gap as a range: "من 4 إلى 31 يومًا" (one number when the dates allow only one). */
const range = (g: Gap, forms: Forms, about = '') => (g.min === g.max ? `${about}${s.count(g.max, forms)}` : `من ${s.num(g.min)} إلى ${s.count(g.max, forms)}`);

const january = s.month(v.dates.januaryVisit);
const july = s.month(v.dates.julyTrt);

/** The classroom notes in Arabic, line for line with classroom.ts (classroom.editions.ts pairs them). */
export const notes: EditionNotes = {
	fall: {
		talkingPoints: [
			`تصف تي آر تي وورلد موسكو بأنها كانت لسنوات <q o="closest ally">أقرب حليف</q> للأسد. وقد سقطت حكومته ${s.when(v.dates.fall)}، وهو يعيش الآن في المنفى في موسكو.`,
			`تختلف المقالات حول دور روسيا في سقوط الأسد: تقول تي آر تي وورلد إنه فرّ <q o="reportedly with the assistance of Russian forces">بمساعدة القوات الروسية، بحسب التقارير</q>؛ وتقول مقالة \u2068“A pragmatic rapprochement”\u2069 (أي «تقارب براغماتي») إنّ <q o="recent revelations">معلومات كُشفت مؤخرًا</q> تُظهر مفاوضات سرية مع جماعة الشرع أبقت موسكو <q o="neutral">محايدة</q>.`,
			`دمشق <q o="did not demand the immediate withdrawal of Russian forces">لم تطالب بانسحاب فوري للقوات الروسية</q> (تي آر تي وورلد)، وأفادت صحيفة الشرق الأوسط بأنّ الشرع أشار إلى أنّ القواعد <q o="might continue temporarily">قد تستمر مؤقتًا</q>. لكنّ مقالة \u2068“A pragmatic rapprochement”\u2069 تقول إنّ خسارة القواعد <q o="hinted at in a declaration from Damascus at the beginning of the year">لُمِّح إليها في تصريح صادر عن دمشق في بداية العام</q>.`,
			`ما تسمّيه تي آر تي وورلد <q o="The first concrete example">أول مثال ملموس</q> على إعادة التقييم كان اقتصاديًا: فقد ألغت سوريا اتفاق عام ${v.dates.portDealYear} الذي كان يمنح شركة روسية إدارة ميناء طرطوس.`
		],
		questions: [
			`قاد أحمد الشرع جماعة قاتلت قواتٍ كانت روسيا تدعمها، ومع ذلك قال: <q o="We do not want Russia to leave Syria the way some others do.">لا نريد أن تخرج روسيا من سوريا بالشكل الذي يريده البعض</q>. مستعينًا باقتباسات المقالات، اذكر سببين قد يدفعانه إلى قول ذلك.`,
			`تتضمّن الروايتان عن فرار الأسد كلتاهما عبارات تحفّظ (<q o="reportedly">بحسب التقارير</q>، <q o="recent revelations">معلومات كُشفت مؤخرًا</q>). ما الأدلة التي تريدها قبل أن تحكم على ما فعلته روسيا؟`
		]
	},
	meetings: {
		talkingPoints: [
			`تذكر المقالات ${s.count(v.n.contacts, w.contacts)} بين ${s.date(v.dates.januaryVisit)} و${s.date(v.dates.summit)}، أو اتصالًا إضافيًا إذا كان تاريخا ${july} لزيارتين منفصلتين: زيارة روسية، واتصالًا هاتفيًا، وزيارة أو زيارتين لوزراء سوريين في ${july} (تذكر مقالتان يومين مختلفين)، وقمة.`,
			`في الاتصالات التي تذكرها المقالات، ذهب الروس أولًا إلى دمشق، ثم ذهب السوريون إلى موسكو. وفي الاجتماعات المباشرة، ارتفع مستوى أرفع مسؤول روسي من نائب وزير إلى الرئيس.`,
			`قد تكون أطول فجوة، ${range(v.gaps.longestMonths, w.months, 'نحو ')} بين ${s.month(v.gaps.longestFrom)} و${s.month(v.gaps.longestTo)}، فجوةً في التغطية الصحفية لا في المحادثات.`
		],
		questions: [
			`تؤرّخ تي آر تي وورلد الزيارة بعبارة <q o="${en.julyWordingTrt}">في اليوم الأخير من ${s.month(v.dates.julyTrt)}</q>، بينما تقول مقالة \u2068“A pragmatic rapprochement”\u2069 إنها كانت في ${s.dayMonth(v.dates.julySeed004)}. ما الذي تحتاج إليه لتحكم أيّ التاريخين صحيح، أو ما إذا كانت هناك زيارتان؟`,
			`لماذا يعطي الرسم البياني كل فاصل زمني على شكل مدى من الأيام (مثلًا ${range(v.gaps.toCall, w.days)}) بدلًا من رقم واحد؟`
		]
	},
	delegations: {
		talkingPoints: [
			`في ${january}، تذكر الروايتان كلتاهما نائب وزير الخارجية بوغدانوف عن الجانب الروسي، ولا تذكر المبعوث الرئاسي ألكسندر لافرنتييف إلا تي آر تي وورلد. وتضيف مقالة \u2068“${en.headlineSeed000}”\u2069 <q o="representatives from several Russian and Syrian government agencies">ممثلين عن عدة جهات حكومية روسية وسورية</q> من دون أسماء. وقبل الزيارة، أفادت صحيفة الشرق الأوسط بأنّ الوفد <q o="will include representatives from the foreign and defense ministries, economic officials">سيضم ممثلين عن وزارتي الخارجية والدفاع، ومسؤولين اقتصاديين</q>. ولم يُذكر اسم أيّ منهم.`,
			`في ${s.dayMonth(v.dates.julySeed004)}، تضع مقالة \u2068“A pragmatic rapprochement”\u2069 وزير الدفاع السوري ورئيس الاستخبارات في موسكو. أمّا عن الزيارة في نهاية ${july}، فتذكر تي آر تي وورلد وزير الدفاع من دون أن تسمّيه، وتسمّي عن الجانب الروسي وزير الخارجية لافروف وجنرالًا هو ألكسندر زورين. ويُبقي الرسم البياني القائمتين منفصلتين.`,
			`يظهر ماهر الشرع في مناصب مختلفة: وزير الصحة في ${january}، والأمين العام لمكتب الرئاسة بحلول ${july} (تي آر تي وورلد).`,
			`بعض حالات الحضور لا تذكرها إلا مقالة واحدة (وعددها ${s.num(v.n.oneSource)} في المجموع): ${f.oneSourceNames}. وإذا ذكرت مقالة حضور شخص وسكتت عنه أخرى، فهذا مصدر واحد، لا خلاف.`
		],
		questions: [
			`ماذا قد يعني أنّ المقالات تسمّي مسؤولين من الدفاع والاستخبارات في ${july} ولا تسمّي أحدًا منهم في ${january}؟ وما الذي يمكن أن يفسّر ذلك أيضًا؟`,
			`تذكر مقالة شخصًا في اجتماع ولا تذكره مقالة أخرى. هل يثبت ذلك أنّ المقالة الثانية مخطئة؟ وكيف يمكنك التحقق؟`
		]
	},
	agreements: {
		talkingPoints: [
			`نتتبّع ${s.count(v.n.agreements, w.itemsAcc)}: عقودًا، و${s.count(v.n.bases, w.basesAcc)}، ولجنة، ومراجعة، وطلبات وعروضًا.`,
			`لا تذكر أي مقالة اتفاقًا موقّعًا بشأن القواعد. ففي ${january} قال بوغدانوف: <q o="As far as we know, the status of Russian facilities in Tartus and Khmeimim has not changed yet">على حدّ علمنا، لم يتغيّر وضع المنشآت الروسية في طرطوس وحميميم حتى الآن</q>؛ وبحلول الصيف كتبت تي آر تي وورلد أنّ وجود روسيا <q o="subject to negotiation rather than assumed consent">خاضع للتفاوض لا لموافقة مفترضة</q>.`,
			`تقول مقالة \u2068“A pragmatic rapprochement”\u2069 إنّ الرئيس <q o="promised to respect all the previous agreements between the two countries">وعد باحترام جميع الاتفاقات السابقة بين البلدين</q>، في حين قال وزير خارجيته إنّ الاتفاقات المبرمة في عهد النظام السابق <q o="suspended and unacceptable">معلّقة وغير مقبولة</q>.`
		],
		questions: [
			`يبدو أنّ الشرع والشيباني يقولان أمرين متناقضين بشأن الاتفاقات القديمة. اذكر تفسيرين محتملين، وسمِّ مصدر كل تصريح.`,
			`ألغت سوريا عقد الميناء في مطلع عام ${v.dates.annulmentYear}؛ وفي ${january}، بحسب ما أفادت صحيفة الشرق الأوسط، لم يكن قد قُدّم أي طلب رسمي لمراجعة الاتفاقات الخاصة بالقواعد. لماذا قد تبدأ حكومة جديدة بعقد تجاري؟`
		]
	},
	trade: {
		talkingPoints: [
			`لا تُذكر التجارة إلا على شكل نطاق، من ${s.money(v.trade.low)} إلى ${s.money(v.trade.high)}، من دون تحديد الفترة، ولذلك لا يمكننا أن نعرف إن كانت تنمو أم تتقلّص.`,
			`تحصي مقالة MENAFN مشاريع استثمارية جارية يبلغ عددها ${f.projects}، من دون أن تذكر كم منها تشارك فيه شركات روسية. وتقول تي آر تي وورلد إنّ قائمة لإعادة الإعمار <q o="has reportedly been compiled">أُعدّت، بحسب التقارير</q>، ليس فيها شركة روسية واحدة.`,
			`استُؤنفت شحنات القمح الروسية ${s.when(v.dates.wheat)}، في ظلّ ما تصفه مقالة MENAFN بأنه <q o="worst drought in 36 years">أسوأ جفاف منذ ${s.count(v.figures.droughtYears.value, w.years)}</q> تشهده سوريا.`
		],
		questions: [
			`ما المعلومات الإضافية التي تحوّل نطاق التجارة إلى اتجاه؟ وأين يمكن أن تبحث عنها؟`,
			`ترسم مقالة MENAFN وتي آر تي وورلد صورتين مختلفتين للدور الاقتصادي لروسيا. ما الذي تركّز عليه كلٌّ منهما، وماذا يُظهر الرسم البياني؟`
		]
	},
	unresolved: {
		talkingPoints: [
			`<q o="For the moment, the two Russian bases remain operational">لا تزال القاعدتان الروسيتان تعملان في الوقت الحالي</q>، أي طرطوس وحميميم، <q o="although they are less supplied in men and equipment than in recent years">وإن كانتا أقل تزويدًا بالرجال والعتاد مما كانتا عليه في السنوات الأخيرة</q>، كما تقول مقالة \u2068“A pragmatic rapprochement”\u2069؛ وتقول مذكرة تنقلها المقالة إنّ الروس عزّزوا موقعًا ثالثًا، هو القامشلي، <q o="during the summer">خلال الصيف</q>. ولا تذكر أي مقالة اتفاقًا موقّعًا بشأن مستقبلها.`,
			`تريد سوريا إعادة الأسد إليها لمحاكمته؛ وتفيد مقالة MENAFN بأنّ المتحدث باسم الكرملين دميتري بيسكوف قال إنّ موسكو <q o="sees no basis for this">لا ترى أساسًا لذلك</q>.`,
			`اقترح وزير الخارجية السوري أن تدفع روسيا تعويضات. ولا تذكر أي مقالة ردًّا روسيًا.`
		],
		questions: [
			`يقول فاسيلي كوزنيتسوف: <q o="Everyone knows that Moscow will not extradite him">الجميع يعلم أنّ موسكو لن تسلّمه</q>، ومع ذلك فإنّ الشرع <q o="had to put that request and to make it known">كان عليه أن يقدّم هذا الطلب وأن يعلنه</q>. لماذا تقدّم طلبًا تتوقّع أن يُرفض؟`,
			`أيّ المسائل غير المحسومة تمنح سوريا أكبر قدر من النفوذ، وأيّها يمنح روسيا أكبر قدر منه؟ ادعم إجابتك بما ورد في المقالات.`
		]
	},
	disagreements: {
		talkingPoints: [
			`تختلف المقالات في ${s.count(v.n.disagreements, w.places)}؛ ويعرض التقرير كل رواية مع مصدرها بدلًا من الترجيح بينها.`,
			`بعض الاختلافات يتعلق بالوقائع (تاريخ، أو مَن كان حاضرًا)، وبعضها بالتفسير (هل فقدت روسيا نفوذها؟). وأحيانًا تذكر مقالة واحدة أمرًا وتسكت عنه المقالات الأخرى: وهذا مصدر واحد، لا خلاف.`,
			`انتبه إلى مَن يتكلّم: مقالة MENAFN هي الأكثر إيجابيةً تجاه موسكو ولا تذكر اسم كاتبها؛ وصحيفة الشرق الأوسط تنقل عن مصدر روسي لم يُذكر اسمه، في ترجمة يقول ناشرها إنه <q o="has not verified the content of this story">لم يتحقق من مضمون هذا التقرير</q>؛ ولا تذكر ${s.count(v.n.unsigned, w.unsigned)} اسم وسيلة النشر.`
		],
		questions: [
			`اختر خلافًا واحدًا. هل يتعلق بواقعة أم بتفسير؟ وما الأدلة التي يمكن أن تحسمه؟`,
			`تتحدث مقالة MENAFN عن <q o="a reinforced strategic partnership">شراكة استراتيجية معزَّزة</q>، وتتحدث تي آر تي وورلد عن انتقال <q o="from patron to negotiated partner">من راعٍ إلى شريك يُتفاوَض معه</q>. ما الوقائع في الرسوم البيانية التي تدعم كل قراءة؟`
		]
	}
};
