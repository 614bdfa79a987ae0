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
	/** Said on an edition's pages until all of it is translated (they are not indexed until then). */
	editionInProgress: 'This edition is in progress: its charts, notes and classroom pages are still in English.',
	/** A story step's own address, under its card. */
	linkToStep: 'Link to this step',
	linkToStepLabel: 'Link to this step: {title}, step {n}',
	ourTranslation: 'Our translation',
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
	/** Status families as prose names them: "eight are unresolved, disputed or suspended". */
	families: {
		contested: 'unresolved, disputed or suspended',
		pending: 'proposed, promised, requested, reported or under review',
		active: 'in force or agreed',
		ended: 'annulled, transferred or refused'
	}
};

export type UiWords = typeof en;
