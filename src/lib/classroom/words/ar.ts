import type { ClassroomWords } from './en';

/**
 * The classroom's own words (slides, notes, presenter view, overview, handout, guide) in Arabic.
 * `{placeholders}` are filled with `fill` (`$lib/i18n/checked`). Each edition keeps the same keys
 * (ru.ts, ar.ts); index.ts checks them at build.
 */
export const ar: ClassroomWords = {
	/** The pages' titles and descriptions (search and share). */
	pages: {
		slides: 'الشرائح · {title}',
		slidesDescription: 'التقرير التفسيري عن روسيا وسوريا ما بعد الأسد في شرائح للصف: خطوة واحدة في كل شريحة مع رسمها البياني، وملاحظات للمتحدث.',
		slidesHeading: '{title}: الشرائح',
		teach: 'دليل المعلّم · {title}',
		teachDescription:
			'كيف تُدرّس التقرير التفسيري عن روسيا وسوريا ما بعد الأسد: الأهداف، وخطط دروس مدتها 30 و50 دقيقة، ومسرد للمصطلحات، وأسئلة للنقاش مع ما تقوله المصادر، وتمرين لتقييم المصادر.',
		handout: 'ورقة العمل · {title}',
		handoutDescription:
			'ورقة عمل قابلة للطباعة من التقرير التفسيري عن روسيا وسوريا ما بعد الأسد: كل خطوة بجانب رسمها البياني، والمصادر، وأسئلة للنقاش مع مساحة للكتابة.'
	},
	/** Slide numbers: "Slide 3", "slide 3", "slides 2–7", "Slide 3 of 19". */
	slide: 'الشريحة {n}',
	slideLower: 'الشريحة {n}',
	slideRange: 'الشرائح {from}–{to}',
	slideOf: 'الشريحة {n} من {total}',
	/** A step slide's chart state, in the overview of all slides. */
	chartState: 'حالة الرسم البياني {n}',
	/** The title slide. */
	titleKicker: 'روسيا وسوريا، {years}',
	/** The noun forms assume {charts} = 4 («4 رسوم بيانية») and {articles} = 5 («5 مقالات إخبارية»): the plural for 3–10. */
	titleDek:
		'كيف تعاملت روسيا والسلطات السورية الجديدة إحداهما مع الأخرى بعد سقوط الأسد: تصف تي آر تي وورلد موسكو بأنها راعٍ عليه أن يصبح «شريكًا يُتفاوَض معه». يروي التقرير ذلك في {charts} رسوم بيانية مبنية على {articles} مقالات إخبارية لا تتفق دائمًا فيما بينها.',
	/** ArrowRight is Next even in this right-to-left deck, so the key is named in words. */
	titleHow: 'اضغط مفتاح السهم الأيمن أو المسافة للبدء · S للملاحظات · O لكل الشرائح',
	/** The closing slide. */
	discuss: 'للنقاش',
	theseQuestions: 'هذه الأسئلة',
	/** The noun form assumes {articles} = 5 («5 مقالات إخبارية»). */
	endCredit: 'كل ما في هذه الشرائح مأخوذ من {articles} مقالات إخبارية، مع الإحالة إلى مصدر كل معلومة. اقرأ القصة كاملة ومصادرها ومواضع اختلافها في {story}؛ واطبع {handout}.',
	theExplainer: 'التقرير التفسيري',
	theHandout: 'ورقة العمل',
	/** The bar under the slide. */
	controls: {
		label: 'الشرائح',
		previous: 'السابقة',
		next: 'التالية',
		slideWord: 'الشريحة',
		ofWord: 'من',
		goTo: 'الانتقال إلى الشريحة',
		allSlides: 'كل الشرائح',
		presenterView: 'وضع المقدّم',
		offline: 'إتاحة العرض دون اتصال',
		update: 'نسخة أحدث جاهزة، وستُحمَّل عند فتح الشرائح في المرة القادمة.',
		loadNow: 'حمّلها الآن',
		fullScreen: 'ملء الشاشة'
	},
	/** What the deck's script says (a live region). */
	blackedOut: 'الشاشة سوداء. اضغط B لإظهار الشريحة.',
	/** Speaker notes. */
	notes: {
		heading: 'الملاحظات · الشريحة {n} من {total}',
		close: 'إغلاق',
		closeWhat: 'الملاحظات',
		blocked:
			'لم يفتح المتصفح نافذة المقدّم، لذا تظهر الملاحظات هنا حيث يراها الصف. اسمح بالنوافذ المنبثقة لهذا الموقع لتبقى الملاحظات على شاشتك أنت.',
		stepInFull: 'الخطوة كاملة',
		talkingPoints: 'نقاط للحديث',
		askTheClass: 'اسأل الصف',
		none: 'لا ملاحظات لهذه الشريحة.',
		theseNotes: 'هذه الملاحظات',
		keys: 'المفاتيح'
	},
	/** The keys, as the notes list them: what to press, and what it does. */
	keys: [
		['→ Space PageDown N', 'التالية'],
		['← PageUp P Backspace', 'السابقة'],
		['Home / End', 'الأولى / الأخيرة'],
		['الرقم، Enter', 'الانتقال إلى شريحة'],
		['O', 'كل الشرائح'],
		['S', 'وضع المقدّم'],
		['B أو .', 'شاشة سوداء'],
		['F', 'ملء الشاشة'],
		['Esc', 'إغلاق']
	] as [string, string][],
	/** The overview of all slides. */
	overview: {
		heading: 'كل الشرائح',
		hint: 'مفاتيح الأسهم للتنقل، ومفتاح Enter للفتح، ومفتاح Esc للإغلاق.',
		close: 'إغلاق',
		closeWhat: 'عرض كل الشرائح'
	},
	/** The presenter's window. */
	presenter: {
		label: 'وضع المقدّم',
		slide: 'الشريحة',
		of: 'من',
		elapsed: 'الوقت المنقضي',
		restart: 'إعادة الضبط',
		clock: 'الساعة',
		black: 'الشاشة المعروضة سوداء: اضغط B لإعادة الشريحة.',
		now: 'الآن على الشاشة',
		nowTitle: 'الشريحة الحالية كما تُعرض',
		next: 'التالية',
		nextTitle: 'الشريحة التالية',
		last: 'هذه هي الشريحة الأخيرة.'
	},
	/** The handout (the printed page). */
	handout: {
		kicker: 'ورقة عمل للصف · روسيا وسوريا، {years}',
		name: 'الاسم',
		class: 'الصف',
		date: 'التاريخ',
		/** The noun form assumes {articles} = 5 («5 مقالات إخبارية»). */
		intro:
			'كيف تعاملت روسيا والسلطات السورية الجديدة إحداهما مع الأخرى بعد سقوط بشار الأسد، خطوة خطوة: اقرأ كل فقرة مع رسمها البياني. كل معلومة مأخوذة من {articles} مقالات إخبارية مُدرجة في النهاية، وبعدها أسئلة مع مساحة لإجاباتك.',
		print: 'اطبع ورقة العمل هذه',
		printNote: 'تُطبع على ثماني صفحات على الأكثر بحجم A4 أو Letter، ويظهر كل رسم بياني مرة واحدة، كاملًا، بعد خطواته. وانظر أيضًا:',
		slides: 'الشرائح',
		guide: 'دليل المعلّم',
		story: 'القصة كاملة',
		questions: 'أسئلة للنقاش',
		numberedNotes: 'الملاحظات المرقّمة'
	},
	/** The handout's list of sources. */
	sources: {
		heading: 'المصادر',
		intro: 'كل معلومة مأخوذة من هذه المقالات الـ{articles}، وتذكرها الملاحظات المرقّمة بأسمائها المختصرة المكتوبة بالخط العريض.',
		published: '{credit}، تاريخ النشر: {when}.',
		data: 'البيانات، مع مصدر واقتباس لكل سجلّ:',
		json: 'ملف البيانات كاملًا (JSON)'
	},
	/** The teacher's guide: its header, contents and footer. */
	guide: {
		kicker: 'مواد الصف · روسيا وسوريا، {years}',
		heading: 'دليل المعلّم',
		onThisPage: 'في هذه الصفحة',
		toc: {
			materials: 'المواد',
			objectives: 'الأهداف',
			plans: 'خطط الدروس',
			glossary: 'مسرد المصطلحات',
			questions: 'الأسئلة',
			'source-exercise': 'تمرين المصادر'
		},
		story: 'القصة',
		slides: 'الشرائح',
		handout: 'ورقة العمل',
		allCharts: 'كل الرسوم البيانية (بالإنجليزية)'
	},
	/** The guide's questions, section by section. */
	teachQuestions: {
		onScreen: 'على الشاشة:',
		titleSlide: 'شريحة العنوان',
		notesOnly: '(في الملاحظات فقط)',
		closingSlide: 'الشريحة الختامية',
		inTheStory: 'في القصة:',
		ask: 'اسأل',
		listenFor: 'ما ينبغي الانتباه إليه',
		sourcesSay: 'ما تقوله المصادر: {heading}',
		weCanSay: 'ما يمكن قوله:'
	},
	/** The source-evaluation exercise. */
	exercise: {
		claim: 'الادعاء {letter}: {who}',
		published: '{credit}، تاريخ النشر: {when}',
		clues: 'قرائن أخرى في المقالات',
		reveal: 'ما تخلص إليه البيانات (اكشفه بعد النقاش)',
		more: 'نقاط خلاف أخرى ({n}) يمكن العمل عليها بالطريقة نفسها'
	},
	/** The offline button's messages (src/lib/offline/deck.ts). */
	offline: {
		preparing: 'جارٍ التحضير…',
		storing: 'جارٍ حفظ الرسوم البيانية: الشريحة {n} من {total}…',
		ready: 'جاهز للعمل دون اتصال على هذه الشاشة.',
		readyKept: 'جاهز للعمل دون اتصال على هذه الشاشة: حُفظ {size} على هذا الجهاز.',
		megabytes: '{n} ميغابايت',
		failed: 'تعذّر حفظ بعض الرسوم البيانية (هل الشبكة منقطعة؟). أعد المحاولة عند الاتصال.'
	}
};
