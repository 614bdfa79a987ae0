/** The status of each agreement, base, request and offer over time: the chart's definition, listed in the registry. */
import { defineChart } from '../types';
import Agreements from './Agreements.svelte';
import { agreementsLayout, agreementStateKeys } from './layout';
import { agreementRows } from './rows';
import { agreementsText } from './text';
import { agreementsWords } from './words';

export const agreements = defineChart({
	slug: 'agreements',
	title: agreementsWords.en.title,
	csvHeaders: (lang) => agreementsWords[lang].csvHeaders,
	table: 'Agreements',
	states: agreementStateKeys,
	layout: agreementsLayout,
	text: agreementsText,
	rows: agreementRows,
	View: Agreements
});
