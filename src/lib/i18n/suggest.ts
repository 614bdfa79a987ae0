/**
 * Offers the reader's language once (LanguageSuggestion.svelte): when the browser's first
 * language with an edition is not English. Shown once per browser, whatever the reader does;
 * never a redirect. Private modes without storage simply get no offer.
 */
const KEY = 'edition-offered';

export function suggestEdition() {
	const offers = [...document.querySelectorAll<HTMLElement>('[data-suggest]')];
	if (!offers.length) return;
	try {
		if (localStorage.getItem(KEY)) return;
		const wanted = navigator.languages.map((l) => l.toLowerCase().split('-')[0]).find((l) => l === 'en' || offers.some((o) => o.dataset.suggest === l));
		const offer = offers.find((o) => o.dataset.suggest === wanted);
		if (!offer) return;
		localStorage.setItem(KEY, '1');
		offer.hidden = false;
		offer.querySelector('[data-dismiss]')?.addEventListener('click', () => (offer.hidden = true));
	} catch {
		// No storage: no offer (it could not be shown only once).
	}
}
