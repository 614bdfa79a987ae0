import type { ChartWords } from './en';

export const ar: ChartWords = {
	labels: {
		direction: { 'to-damascus': 'الروس إلى دمشق', 'to-moscow': 'السوريون إلى موسكو', phone: 'اتصال هاتفي', other: 'الخلفية' },
		/** The same inside a sentence ("(اتصال هاتفي، وزراء)"). */
		directionInline: { 'to-damascus': 'الروس إلى دمشق', 'to-moscow': 'السوريون إلى موسكو', phone: 'اتصال هاتفي', other: 'خلفية' },
		level: { 'head-of-state': 'كبار القادة', minister: 'الوزراء', 'deputy-minister': 'نائب وزير', none: '—' },
		levelInline: { 'head-of-state': 'كبار القادة', minister: 'وزراء', 'deputy-minister': 'نائب وزير', none: '—' },
		sector: {
			presidency: 'الرئاسة',
			'foreign-affairs': 'الشؤون الخارجية',
			defence: 'الدفاع',
			intelligence: 'الاستخبارات',
			economy: 'الاقتصاد والتجارة',
			health: 'الصحة',
			other: 'مسؤولون آخرون'
		},
		family: {
			active: 'سارية أو متّفق عليها',
			pending: 'مقترحة أو موعودة أو مطلوبة أو أُفيد بتوقيعها أو قيد المراجعة',
			contested: 'لم تُحسم أو متنازع عليها أو معلّقة',
			ended: 'ملغاة أو منقولة أو مرفوضة'
		},
		status: {
			'in-force': 'سارية',
			agreed: 'متّفق عليها',
			proposed: 'مقترحة',
			promised: 'وُعد باحترامها',
			requested: 'مطلوبة',
			reported: 'أُفيد بتوقيعها',
			'under-review': 'قيد المراجعة',
			unresolved: 'لم تُحسم',
			disputed: 'متنازع عليها',
			suspended: 'معلّقة',
			annulled: 'ملغاة',
			transferred: 'منقولة',
			refused: 'مرفوضة'
		}
	},
	/** Under the chart title: how to reach a mark's facts, with and without a script. */
	hint: 'انقر على علامة، أو انتقل إلى الرسم البياني بمفتاح Tab واستخدم مفاتيح الأسهم، لتعرض معلوماتها ومصدرها.',
	tableHint: 'معلومات كل علامة ومصادرها موجودة في الجدول تحت «عرض البيانات».',
	/** The same, where the table is further down the page ("below the last chart"). */
	tableHintAt: 'معلومات كل علامة ومصادرها موجودة في الجدول تحت «عرض البيانات» {at}.',
	/** The same, for a story chart (its table follows the text that goes with it). */
	tableHintStory: 'معلومات كل علامة ومصادرها موجودة في الجدول تحت «عرض البيانات»، بعد النص المرافق لهذا الرسم البياني.',
	/** What a screen reader calls a chart's key. */
	key: 'مفتاح الرموز',
	/** Said by a screen reader when a story step changes the chart's state. */
	now: '{title}، الآن: {state}',
	/** The marks' toolbar, as a screen reader names it. */
	marks: '{title}: العلامات. استخدم مفاتيح الأسهم للتنقّل، ومفتاح Escape لإلغاء التحديد.',
	marksInRows: '{title}: العلامات. استخدم السهمين لأعلى ولأسفل للتنقّل بين الصفوف، والسهمين لليمين ولليسار للتنقّل داخل الصف الواحد، ومفتاح Escape لإلغاء التحديد.',
	sourceOne: 'المصدر: {names}.',
	sourceMany: 'المصادر: {names}.',
	/** A span of days in a sentence, when the dates allow more than one value: "من 4 إلى 31". */
	daysRange: 'من {min} إلى {max}',
	/** Between the names of a source line. */
	namesSep: '؛ ',
	/** Before a mark's quote, in its detail panel. */
	detailSource: 'المصدر: {from}',
	showData: 'عرض البيانات',
	scrollable: '{caption} (قابل للتمرير)',
	downloadData: 'تنزيل البيانات:',
	imageOfState: 'صورة لهذه الحالة من الرسم البياني:',
	imageOfStateIn: 'صورة لهذه الحالة من الرسم البياني ({theme}):',
	themes: { light: 'الوضع الفاتح', dark: 'الوضع الداكن' },
	png2x: 'PNG بدقة 2× (للطباعة)',
	embed: 'تضمين هذا الرسم البياني',
	embedHow: 'الصق هذا الرمز في صفحتك؛ يتكيّف حجم الإطار تلقائيًا مع الرسم البياني.',
	copyCode: 'نسخ الرمز',
	copied: 'نُسخ رمز التضمين.',
	selectToCopy: 'حُدِّد الرمز: اضغط Ctrl+C (أو ⌘C على ماك) لنسخه.',
	embedBuilder: 'حالة أخرى أو وضع ألوان آخر، أو من دون عنوان أو مفتاح الرموز: أداة إعداد التضمين'
};
