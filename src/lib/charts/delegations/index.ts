/** Who the articles place at each contact: the chart's definition, listed in the registry. */
import { defineChart } from '../types';
import Delegations from './Delegations.svelte';
import { delegationsLayout, delegationStates } from './layout';
import { delegationRows } from './rows';
import { delegationsText } from './text';
import { delegationWords } from './words';

export const delegations = defineChart({
	slug: 'delegations',
	title: delegationWords.en.title,
	csvHeaders: (lang) => delegationWords[lang].csvHeaders,
	table: 'Delegations',
	states: delegationStates,
	layout: delegationsLayout,
	text: delegationsText,
	rows: delegationRows,
	View: Delegations
});
