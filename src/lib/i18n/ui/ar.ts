import type { UiWords } from './en';

export const ar: UiWords = {
	kicker: 'روسيا وسوريا، {years}',
	sectionsNav: 'الأقسام',
	footerBuilt: 'أُعدّ استنادًا إلى {articles}، مع الإحالة إلى مصدر كل معلومة.',
	allCharts: 'كل الرسوم البيانية (بالإنجليزية)',
	dataJson: 'البيانات (JSON)',
	skipLink: 'انتقل إلى المحتوى',
	editionsNav: 'لغات أخرى',
	suggest: { text: 'هذا التقرير متاح باللغة العربية.', link: 'اقرأه بالعربية', dismiss: 'إغلاق' },
	previewAlt: 'رسم بياني: {title}. {takeaway}',
	linkToStep: 'رابط هذه الخطوة',
	linkCopied: 'نُسخ الرابط',
	linkToStepLabel: 'رابط هذه الخطوة: {title}، الخطوة {n}',
	source: 'المصدر',
	sources: 'المصادر',
	note: 'الملاحظة',
	sourcesFor: 'مصادر {label}',
	noteCountOne: '(عدد الملاحظات: {n})',
	noteCountMany: '(عدد الملاحظات: {n})',
	whatWeCanSay: 'ما يمكن قوله:',
	noOutlet: 'لم يُذكر اسم وسيلة النشر في النص',
	published: 'تاريخ النشر: {date}',
	untitled: 'بلا عنوان؛ يبدأ النص بعبارة {quote}',
	relayTranslated: 'ترجمه وحرّره {outlet}، وينبّه إلى: {quote}',
	relaySyndicated: 'نشره {outlet}، الذي يعيد نشر محتوى مزوّدين آخرين ({quote})؛ ولا يُذكر اسم الكاتب.',
	ourTranslation: 'ترجمتنا',
	close: 'إغلاق',
	original: 'الأصل',
	unnamed: {
		both: 'مسؤولون لم تُذكر أسماؤهم من الجانبين',
		russia: 'مسؤولون روس لم تُذكر أسماؤهم',
		syria: 'مسؤولون سوريون لم تُذكر أسماؤهم'
	},
	visitFrom: 'الزيارة التي بدأت في {date}',
	aboutDate: 'نحو {date}',
	dates: {
		andOr: ' و/أو ',
		differentDays: { two: '(مقالتان بيومين مختلفين؛ زيارة واحدة أو زيارتان)', more: '({n} مقالات بأيام مختلفة؛ زيارة واحدة أو أكثر)' },
		differentDates: { two: '(مقالتان بتاريخين مختلفين؛ حدث واحد أو حدثان)', more: '({n} مقالات بتواريخ مختلفة؛ حدث واحد أو أكثر)' }
	},
	notFound: {
		title: 'الصفحة غير موجودة',
		text: 'لا شيء على هذا العنوان. ربما تبحث عن القصة أو عن أحد رسومها البيانية:',
		story: '«{title}»: القصة كاملة'
	},
	embed: {
		description: 'رسم بياني قابل للتضمين من قصة «{title}».',
		readStory: 'اقرأ القصة: «{title}»',
		asOf: 'البيانات حتى {date}',
		image: '· صورة:',
		noscript: 'يعرض هذا الرسم البياني حالته النهائية الكاملة. تحتاج تفاصيله وحالاته الأخرى إلى JavaScript؛ وجدول بياناته في الأعلى.'
	},
	families: {
		contested: 'لم تُحسم أو متنازع عليها أو معلّقة',
		pending: 'مقترحة أو موعودة أو مطلوبة أو أُفيد بتوقيعها أو قيد المراجعة',
		active: 'سارية أو متّفق عليها',
		ended: 'ملغاة أو منقولة أو مرفوضة'
	}
};
