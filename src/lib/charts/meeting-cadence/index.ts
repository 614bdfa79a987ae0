/** The timeline of contacts: the chart's definition, listed in the registry. */
import { defineChart } from '../types';
import MeetingCadence from './MeetingCadence.svelte';
import { cadenceLayout, cadenceStates } from './layout';
import { cadenceRows } from './rows';
import { cadenceText } from './text';
import { cadenceWords } from './words';

export const meetingCadence = defineChart({
	slug: 'meeting-cadence',
	title: cadenceWords.en.title,
	csvHeaders: (lang) => cadenceWords[lang].csvHeaders,
	table: 'Contacts',
	states: cadenceStates,
	layout: cadenceLayout,
	text: cadenceText,
	rows: cadenceRows,
	View: MeetingCadence
});
