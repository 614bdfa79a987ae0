/** Trade as a range, the investment projects and the reconstruction list: the chart's definition, listed in the registry. */
import { defineChart } from '../types';
import TradeRange from './TradeRange.svelte';
import { tradeLayout, tradeStates } from './layout';
import { tradeRows } from './rows';
import { tradeText } from './text';
import { tradeWords } from './words';

export const tradeRange = defineChart({
	slug: 'trade-range',
	title: tradeWords.en.title,
	csvHeaders: (lang) => tradeWords[lang].csvHeaders,
	table: 'Money and reconstruction',
	states: tradeStates,
	layout: tradeLayout,
	text: tradeText,
	rows: tradeRows,
	View: TradeRange
});
