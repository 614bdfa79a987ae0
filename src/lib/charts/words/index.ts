/** The charts' shared words in each edition, checked against English when the build loads them. */
import type { Lang } from '$lib/i18n/editions';
import { checkedWords } from '$lib/i18n/checked';
import { en, type ChartWords } from './en';
import { ru } from './ru';
import { ar } from './ar';

const BY_LANG = checkedWords<ChartWords>('src/lib/charts/words', { en, ru, ar });

export const chartWords = (lang: Lang): ChartWords => BY_LANG[lang];
export type { ChartWords };
