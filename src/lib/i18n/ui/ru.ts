import type { UiWords } from './en';

export const ru: UiWords = {
	kicker: 'Россия и Сирия, {years}',
	sectionsNav: 'Разделы',
	footerBuilt: 'Собрано из {articles}; каждая запись снабжена ссылкой на источник.',
	allCharts: 'Все графики',
	dataJson: 'Данные (JSON)',
	skipLink: 'Перейти к тексту',
	editionsNav: 'Другие языки',
	editionInProgress: 'Это издание готовится: графики и материалы для уроков пока на английском.',
	linkToStep: 'Ссылка на этот шаг',
	linkCopied: 'Ссылка скопирована',
	linkToStepLabel: 'Ссылка на этот шаг: {title}, шаг {n}',
	source: 'Источник',
	sources: 'Источники',
	note: 'Примечание',
	sourcesFor: 'Источники: {label}',
	noteCountOne: '(примечаний: {n})',
	noteCountMany: '(примечаний: {n})',
	whatWeCanSay: 'Что можно сказать:',
	noOutlet: 'Издание в тексте не названо',
	published: 'опубликовано: {date}',
	untitled: 'Заголовка нет; текст начинается словами {quote}',
	relayTranslated: 'Перевод и редактура: {outlet}; издание предупреждает: {quote}',
	relaySyndicated: 'Опубликовано {outlet}: издание распространяет материалы других поставщиков ({quote}); автор не назван.',
	ourTranslation: 'Перевод редакции',
	original: 'Оригинал',
	unnamed: {
		both: 'неназванные официальные лица обеих сторон',
		russia: 'неназванные российские официальные лица',
		syria: 'неназванные сирийские официальные лица'
	},
	visitFrom: 'визит, начавшийся {date}',
	aboutDate: 'около {date}',
	families: {
		contested: 'не урегулированы, оспариваются или приостановлены',
		pending: 'предложены, обещаны, запрошены, по сообщениям подписаны или рассматриваются',
		active: 'действуют или согласованы',
		ended: 'аннулированы, переданы или отклонены'
	}
};
