import type { ClassroomWords } from './en';

/**
 * The classroom's own words (slides, notes, presenter view, overview, handout, guide) in Russian.
 * `{placeholders}` are filled with `fill` (`$lib/i18n/checked`). Each edition keeps the same keys
 * (ru.ts, ar.ts); index.ts checks them at build.
 */
export const ru: ClassroomWords = {
	/** The pages' titles and descriptions (search and share). */
	pages: {
		slides: 'Слайды · {title}',
		slidesDescription: 'Материал о России и Сирии после Асада в виде слайдов для урока: по одному шагу на слайд, у каждого свой график, и заметки докладчика.',
		slidesHeading: '{title}: слайды',
		teach: 'Пособие для учителя · {title}',
		teachDescription:
			'Как провести урок по материалу о России и Сирии после Асада: цели, планы уроков на 30 и 50 минут, глоссарий, вопросы для обсуждения с тем, что говорят источники, и упражнение на оценку источников.',
		handout: 'Раздаточный материал · {title}',
		handoutDescription:
			'Раздаточный материал для печати о России и Сирии после Асада: каждый шаг рядом со своим графиком, источники и вопросы для обсуждения с местом для ответов.'
	},
	/** Slide numbers: "Slide 3", "slide 3", "slides 2–7", "Slide 3 of 19". */
	slide: 'Слайд {n}',
	slideLower: 'слайд {n}',
	slideRange: 'слайды {from}–{to}',
	slideOf: 'Слайд {n} из {total}',
	/** A step slide's chart state, in the overview of all slides. */
	chartState: 'состояние графика {n}',
	/** The title slide. */
	titleKicker: 'Россия и Сирия, {years}',
	/** The noun forms assume {charts} = 4 («4 графика») and {articles} = 5 («5 новостных статей»). */
	titleDek:
		'Как Россия и новые власти Сирии выстраивали отношения после падения Асада: TRT World называет Москву покровителем, которому нужно стать «партнёром на договорной основе». В материале {charts} графика по данным из {articles} новостных статей, которые не всегда согласны друг с другом.',
	titleHow: 'Нажмите → или пробел, чтобы начать · S — заметки · O — все слайды',
	/** The closing slide. */
	discuss: 'Обсудим',
	theseQuestions: 'эти вопросы',
	/** The noun form assumes {articles} = 5 («5 новостных статей»). */
	endCredit: 'Всё на этих слайдах взято из {articles} новостных статей, и у каждой записи есть ссылка на источник. Полный текст, его источники и то, в чём они расходятся, — в {story}; распечатайте {handout}.',
	theExplainer: 'самом материале',
	theHandout: 'раздаточный материал',
	/** The bar under the slide. */
	controls: {
		label: 'Слайды',
		previous: 'Предыдущий',
		next: 'Следующий',
		slideWord: 'Слайд',
		ofWord: 'из',
		goTo: 'Перейти к слайду',
		allSlides: 'Все слайды',
		presenterView: 'Режим докладчика',
		offline: 'Сохранить для работы офлайн',
		update: 'Готова новая версия; она загрузится при следующем открытии слайдов.',
		loadNow: 'Загрузить сейчас',
		fullScreen: 'Во весь экран'
	},
	/** What the deck's script says (a live region). */
	blackedOut: 'Экран затемнён. Нажмите B, чтобы показать слайд.',
	/** Speaker notes. */
	notes: {
		heading: 'Заметки · слайд {n} из {total}',
		close: 'Закрыть',
		closeWhat: 'заметки',
		blocked:
			'Браузер не открыл окно докладчика, поэтому заметки показаны здесь, где их видит класс. Разрешите всплывающие окна для этого сайта, чтобы заметки оставались на вашем экране.',
		stepInFull: 'Шаг целиком',
		talkingPoints: 'Тезисы',
		askTheClass: 'Вопросы классу',
		none: 'Для этого слайда заметок нет.',
		theseNotes: 'эти заметки',
		keys: 'Клавиши'
	},
	/** The keys, as the notes list them: what to press, and what it does. */
	keys: [
		['→ Space PageDown N', 'вперёд'],
		['← PageUp P Backspace', 'назад'],
		['Home / End', 'первый / последний'],
		['номер, Enter', 'перейти к слайду'],
		['O', 'все слайды'],
		['S', 'режим докладчика'],
		['B или .', 'чёрный экран'],
		['F', 'во весь экран'],
		['Esc', 'закрыть']
	] as [string, string][],
	/** The overview of all slides. */
	overview: {
		heading: 'Все слайды',
		hint: 'Стрелки — перемещение, Enter — открыть, Esc — закрыть.',
		close: 'Закрыть',
		closeWhat: 'обзор слайдов'
	},
	/** The presenter's window. */
	presenter: {
		label: 'Режим докладчика',
		slide: 'Слайд',
		of: 'из',
		elapsed: 'Прошло',
		restart: 'Сбросить',
		clock: 'Часы',
		black: 'На проекторе чёрный экран: B возвращает слайд.',
		now: 'Сейчас на экране',
		nowTitle: 'Текущий слайд, как его видит класс',
		next: 'Следующий',
		nextTitle: 'Следующий слайд',
		last: 'Это последний слайд.'
	},
	/** The handout (the printed page). */
	handout: {
		kicker: 'Раздаточный материал для урока · Россия и Сирия, {years}',
		name: 'Имя',
		class: 'Класс',
		date: 'Дата',
		/** The noun form assumes {articles} = 5 («5 новостных статей»). */
		intro:
			'Как Россия и новые власти Сирии выстраивали отношения после падения Башара Асада, шаг за шагом: читайте каждый абзац вместе с его графиком. Все факты взяты из {articles} новостных статей, перечисленных в конце; в вопросах после них оставлено место для ваших ответов.',
		print: 'Распечатать раздаточный материал',
		printNote: 'Занимает не больше восьми страниц A4 или Letter; каждый график печатается один раз, целиком, после своих шагов. См. также:',
		slides: 'слайды',
		guide: 'пособие для учителя',
		story: 'полный материал',
		questions: 'Вопросы для обсуждения',
		numberedNotes: 'нумерованные примечания'
	},
	/** The handout's list of sources. */
	sources: {
		heading: 'Источники',
		/** The noun form assumes {articles} = 5 («этих 5 статей»). */
		intro: 'Все факты взяты из этих {articles} статей; в нумерованных примечаниях они названы краткими именами, выделенными жирным.',
		published: '{credit}, опубликовано: {when}.',
		data: 'Данные, с источником и цитатой для каждой записи:',
		json: 'Весь файл данных (JSON)'
	},
	/** The teacher's guide: its header, contents and footer. */
	guide: {
		kicker: 'Материалы для урока · Россия и Сирия, {years}',
		heading: 'Пособие для учителя',
		onThisPage: 'На этой странице',
		toc: {
			materials: 'Материалы',
			objectives: 'Цели',
			plans: 'Планы уроков',
			glossary: 'Глоссарий',
			questions: 'Вопросы',
			'source-exercise': 'Работа с источниками'
		},
		story: 'Материал',
		slides: 'Слайды',
		handout: 'Раздаточный материал',
		allCharts: 'Все графики (на английском)'
	},
	/** The guide's questions, section by section. */
	teachQuestions: {
		onScreen: 'На экране:',
		titleSlide: 'титульный слайд',
		notesOnly: '(только в заметках)',
		closingSlide: 'заключительный слайд',
		inTheStory: 'В материале:',
		ask: 'Спросите',
		listenFor: 'На что обратить внимание',
		sourcesSay: 'Что говорят источники: {heading}',
		weCanSay: 'Что можно сказать:'
	},
	/** The source-evaluation exercise. */
	exercise: {
		claim: 'Утверждение {letter}: {who}',
		published: '{credit}, опубликовано: {when}',
		clues: 'Другие подсказки в статьях',
		reveal: 'Вывод по данным (показать после обсуждения)',
		more: 'Ещё расхождения ({n}), которые можно разобрать так же'
	},
	/** The offline button's messages (src/lib/offline/deck.ts). */
	offline: {
		preparing: 'Подготовка…',
		storing: 'Сохраняем графики: слайд {n} из {total}…',
		ready: 'Готово к работе офлайн на этом экране.',
		readyKept: 'Готово к работе офлайн на этом экране: на устройстве сохранено {size}.',
		megabytes: '{n} МБ',
		failed: 'Не удалось сохранить некоторые графики (нет сети?). Попробуйте снова, когда появится подключение.'
	}
};
