/**
 * The classroom's own words (slides, notes, presenter view, overview, handout, guide) in English.
 * `{placeholders}` are filled with `fill` (`$lib/i18n/checked`). Each edition keeps the same keys
 * (ru.ts, ar.ts); index.ts checks them at build.
 */
export const en = {
	/** The pages' titles and descriptions (search and share). */
	pages: {
		slides: 'Slides · {title}',
		slidesDescription: 'The explainer on Russia and post-Assad Syria as slides for the classroom: one step per slide, each with its chart, and speaker notes.',
		slidesHeading: '{title}: slides',
		teach: 'Teacher’s guide · {title}',
		teachDescription:
			'How to teach the explainer on Russia and post-Assad Syria: objectives, 30- and 50-minute lesson plans, a glossary, discussion questions with what the sources say, and a source-evaluation exercise.',
		handout: 'Handout · {title}',
		handoutDescription:
			'A printable handout of the explainer on Russia and post-Assad Syria: each step beside its chart, the sources, and discussion questions with space to write.'
	},
	/** Slide numbers: "Slide 3", "slide 3", "slides 2–7", "Slide 3 of 19". */
	slide: 'Slide {n}',
	slideLower: 'slide {n}',
	slideRange: 'slides {from}–{to}',
	slideOf: 'Slide {n} of {total}',
	/** A step slide's chart state, in the overview of all slides. */
	chartState: 'chart state {n}',
	/** The title slide. */
	titleKicker: 'Russia and Syria, {years}',
	titleDek:
		'How Russia and Syria’s new authorities dealt with each other after Assad’s fall: TRT World calls Moscow a patron that must become a “negotiated partner”. Told with {charts} charts built from {articles} news articles that do not always agree.',
	titleHow: 'Press → or Space to begin · S for notes · O for all slides',
	/** The closing slide. */
	discuss: 'Discuss',
	theseQuestions: 'these questions',
	endCredit: 'Everything in these slides comes from {articles} news articles, each cited record by record. Read the full story, its sources and where they disagree at {story}; print {handout}.',
	theExplainer: 'the explainer',
	theHandout: 'the handout',
	/** The bar under the slide. */
	controls: {
		label: 'Slides',
		previous: 'Previous',
		next: 'Next',
		slideWord: 'Slide',
		ofWord: 'of',
		goTo: 'Go to slide',
		allSlides: 'All slides',
		presenterView: 'Presenter view',
		offline: 'Make available offline',
		update: 'A newer version is ready; it loads when the slides are next opened.',
		loadNow: 'Load it now',
		fullScreen: 'Full screen'
	},
	/** What the deck's script says (a live region). */
	blackedOut: 'Screen blacked out. Press B to show the slide.',
	/** Speaker notes. */
	notes: {
		heading: 'Notes · slide {n} of {total}',
		close: 'Close',
		closeWhat: 'notes',
		blocked:
			'The browser did not open the presenter window, so the notes are here, where the class can see them. Allow pop-ups for this site to keep them on your own screen.',
		stepInFull: 'The step in full',
		talkingPoints: 'Talking points',
		askTheClass: 'Ask the class',
		none: 'No notes for this slide.',
		theseNotes: 'these notes',
		keys: 'Keys'
	},
	/** The keys, as the notes list them: what to press, and what it does. */
	keys: [
		['→ Space PageDown N', 'next'],
		['← PageUp P Backspace', 'previous'],
		['Home / End', 'first / last'],
		['number, Enter', 'go to slide'],
		['O', 'all slides'],
		['S', 'presenter view'],
		['B or .', 'black screen'],
		['F', 'full screen'],
		['Esc', 'close']
	] as [string, string][],
	/** The overview of all slides. */
	overview: {
		heading: 'All slides',
		hint: 'Arrow keys to move, Enter to open, Esc to close.',
		close: 'Close',
		closeWhat: 'all slides'
	},
	/** The presenter's window. */
	presenter: {
		label: 'Presenter view',
		slide: 'Slide',
		of: 'of',
		elapsed: 'Elapsed',
		restart: 'Restart',
		clock: 'Clock',
		black: 'The projected screen is black: B brings the slide back.',
		now: 'Now on the screen',
		nowTitle: 'The current slide, as projected',
		next: 'Next',
		nextTitle: 'The next slide',
		last: 'This is the last slide.'
	},
	/** The handout (the printed page). */
	handout: {
		kicker: 'Classroom handout · Russia and Syria, {years}',
		name: 'Name',
		class: 'Class',
		date: 'Date',
		intro:
			'How Russia and Syria’s new authorities dealt with each other after Bashar al-Assad’s fall, step by step: read each paragraph with its chart. Every fact comes from {articles} news articles, listed at the end; the questions after them have space for your answers.',
		print: 'Print this handout',
		printNote: 'Prints on at most eight A4 or Letter pages, with each chart once, whole, after its steps. Also:',
		slides: 'slides',
		guide: 'teacher’s guide',
		story: 'the full story',
		questions: 'Questions for discussion',
		numberedNotes: 'the numbered notes'
	},
	/** The handout's list of sources. */
	sources: {
		heading: 'Sources',
		intro: 'Every fact comes from these {articles} articles; numbered notes name them by the short names in bold.',
		published: '{credit}, published {when}.',
		data: 'Data, with a source and a quote for every record:',
		json: 'Whole data file (JSON)'
	},
	/** The teacher's guide: its header, contents and footer. */
	guide: {
		kicker: 'Classroom · Russia and Syria, {years}',
		heading: 'Teacher’s guide',
		onThisPage: 'On this page',
		toc: {
			materials: 'Materials',
			objectives: 'Objectives',
			plans: 'Lesson plans',
			glossary: 'Glossary',
			questions: 'Questions',
			'source-exercise': 'Source exercise'
		},
		story: 'The story',
		slides: 'Slides',
		handout: 'Handout',
		allCharts: 'All charts'
	},
	/** The guide's questions, section by section. */
	teachQuestions: {
		onScreen: 'On screen:',
		titleSlide: 'the title slide',
		notesOnly: '(notes only)',
		closingSlide: 'the closing slide',
		inTheStory: 'In the story:',
		ask: 'Ask',
		listenFor: 'Listen for',
		sourcesSay: 'What the sources say: {heading}',
		weCanSay: 'What we can say:'
	},
	/** The source-evaluation exercise. */
	exercise: {
		claim: 'Claim {letter}: {who}',
		published: '{credit}, published {when}',
		clues: 'Other clues in the articles',
		reveal: 'What the data concludes (reveal after the discussion)',
		more: '{n} more disagreements to work on the same way'
	},
	/** The offline button's messages (src/lib/offline/deck.ts). */
	offline: {
		preparing: 'Preparing…',
		storing: 'Storing the charts: slide {n} of {total}…',
		ready: 'Ready offline on this screen.',
		readyKept: 'Ready offline on this screen: {size} stored on this device.',
		megabytes: '{n} MB',
		failed: 'Some charts could not be stored (is the network down?). Try again when connected.'
	}
};

export type ClassroomWords = typeof en;
