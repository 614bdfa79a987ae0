/**
 * The site's own words in each edition, checked key for key against English when the build
 * loads them (`checked.ts`).
 */
import type { Lang } from '../editions';
import { checkedWords } from '../checked';
import { en, type UiWords } from './en';
import { ru } from './ru';
import { ar } from './ar';

const BY_LANG = checkedWords<UiWords>('src/lib/i18n/ui', { en, ru, ar });

export const ui = (lang: Lang): UiWords => BY_LANG[lang];
