/**
 * The site's own words (buttons, labels, notes), in English: the source every edition's file
 * translates key for key (`ui/ru.ts`, `ui/ar.ts`). Words about the data live with the data
 * (data/editions), the narrative in its .svx files.
 */
export const en = {
	/** The page around the story: masthead, navigation, footer. */
	kicker: 'Russia and Syria, {years}',
	sectionsNav: 'Sections',
	footerBuilt: 'Built from {articles}, each cited record by record.',
	allCharts: 'All charts',
	dataJson: 'Data (JSON)',
	skipLink: 'Skip to content',
	editionsNav: 'Other languages',
	/** Suggested once, on the English story, to a reader whose browser prefers this language. */
	suggest: { text: 'This story is also in English.', link: 'Read it in English', dismiss: 'Dismiss' },
	/** A link preview image, in words (og:image:alt). */
	previewAlt: 'Chart: {title}. {takeaway}',
	/** A story step's own address, under its card. */
	linkToStep: 'Link to this step',
	linkCopied: 'Link copied',
	linkToStepLabel: 'Link to this step: {title}, step {n}',
	/** Source markers and their notes ("Sources: TRT World. Note 3"). */
	source: 'Source',
	sources: 'Sources',
	note: 'Note',
	sourcesFor: 'Sources for {label}',
	noteCountOne: '({n} note)',
	noteCountMany: '({n} notes)',
	/** Before the note that closes each disagreement. */
	whatWeCanSay: 'What we can say:',
	/** The list of the articles (Sources and method). */
	noOutlet: 'No outlet named in the text',
	published: 'published {date}',
	untitled: 'no headline; it opens {quote}',
	relayTranslated: 'Translated and edited by {outlet}, which says: {quote}',
	relaySyndicated: 'Published by {outlet}, which syndicates other providers’ content ({quote}); no author is named.',
	ourTranslation: 'Our translation',
	/** Closes a source note or a chosen mark's facts (the page's script makes the button). */
	close: 'Close',
	original: 'Original',
	/** Who an article places at a contact without naming them, as a list of names says it. */
	unnamed: {
		both: 'unnamed officials of both sides',
		russia: 'unnamed Russian officials',
		syria: 'unnamed Syrian officials'
	},
	/** A date as an article gives it: only the visit's start, or roughly. */
	visitFrom: 'the visit from {date}',
	aboutDate: 'about {date}',
	/** A date two articles give differently: "3 July and/or 31 July 2025 (two articles, …)". */
	dates: {
		andOr: ' and/or ',
		differentDays: { two: '(two articles, different days; one visit or two)', more: '({n} articles, different days; one visit or {n})' },
		differentDates: { two: '(two articles, different dates; one event or two)', more: '({n} articles, different dates; one event or {n})' }
	},
	/** The page for an address with nothing at it (`404.html`, one per edition). */
	notFound: {
		title: 'Page not found',
		text: 'There is nothing at this address. You may be looking for the story or one of its charts:',
		story: '{title} — the story'
	},
	/** An embedded chart's page (`/embed/SLUG`). */
	embed: {
		description: 'An embeddable chart from the story “{title}”.',
		readStory: 'Read the story: {title}',
		asOf: 'Data as of {date}',
		image: '· Image:',
		noscript: 'This chart shows its complete final state. Its details and states need JavaScript; its data table is above.'
	},
	/** Status families as prose names them: "eight are unresolved, disputed or suspended". */
	families: {
		contested: 'unresolved, disputed or suspended',
		pending: 'proposed, promised, requested, reported or under review',
		active: 'in force or agreed',
		ended: 'annulled, transferred or refused'
	}
};

export type UiWords = typeof en;
