/**
 * The only script of /present: the page is prerendered and runs no Svelte. It shows one slide
 * at a time and moves with keys, a clicker, swipes and the buttons; keeps the slide number in
 * the hash; fits each slide to the screen; draws each slide's chart when the presenter comes
 * near (slide-charts.ts); and works the speaker notes (notes.ts) and the overview (overview.ts).
 * Without it every slide is stacked, readable top to bottom with its chart.
 */
import { workCites } from '$lib/cite/markers';
import { workOffline } from '$lib/offline/deck';
import { fitSlide } from './fit';
import { isControl, isEditable, keyAction, typedSlide, type DeckAction } from './keys';
import { deckNotes } from './notes';
import { deckOverview } from './overview';
import { deckChannel, deckView, openPresenter, presenterScreen } from './presenter';
import { slideCharts } from './slide-charts';
import { clampSlide, slideFromHash, slideHash, slideInfo } from './slides';
import { keepPlaceAcross } from '$lib/i18n/keep-place';

const deck = document.querySelector<HTMLElement>('[data-deck]');
const stage = deck?.querySelector<HTMLElement>('.stage');
if (deck && stage) start(deck, stage);

function start(deck: HTMLElement, stage: HTMLElement) {
	const find = <T extends HTMLElement>(sel: string) => deck.querySelector<T>(sel);
	// "Slide 3 of 19", in the page's edition (Deck.svelte).
	const slideOf = (n: number) => (deck.dataset.slideOf ?? '').replace('{n}', String(n)).replace('{total}', String(total));
	const slides = [...stage.querySelectorAll<HTMLElement>(':scope .slide[data-slide]')];
	const infos = slides.map(slideInfo);
	const total = slides.length;
	const slideEl = (n: number) => slides[n - 1] ?? null;
	const controls = find('[data-controls]');
	const button = (act: string) => controls?.querySelector<HTMLButtonElement>(`[data-act="${act}"]`) ?? null;
	// What the controls show: the slide number, or the digits typed so far; and the live region.
	const at = find('[data-controls] [data-at]');
	const position = find('[data-position]');
	const typedBox = find('[data-typed]');
	const digits = find('[data-digits]');
	const announcer = find('[data-announce]');
	const notes = deckNotes(find('[data-notes-panel]')!, stage);
	const overview = deckOverview(find<HTMLDialogElement>('[data-overview]')!, stage, slides, infos, (n) => go(n));
	const charts = slideCharts(slideEl, (n) => n === current && refit());
	// The projector's window, the presenter's (notes, next slide, clock) or a slide framed in it.
	const view = deckView();
	deck.classList.add(view);
	const presenter = view === 'presenter' ? presenterScreen(find('[data-presenter]')!, total) : null;
	const channel =
		view === 'preview'
			? null
			: deckChannel((m) => (m.type === 'go' ? go(m.n, true) : view === 'presenter' ? presenter?.blackout(m.on) : blackout(m.on, true)));

	let current = slideFromHash(location.hash, total) ?? 1;
	// The other editions' links (on the title slide) open the same slide.
	keepPlaceAcross(() => slideHash(current).slice(1));
	let typed = '';
	let typedTimer: ReturnType<typeof setTimeout> | undefined;
	let announceTimer: ReturnType<typeof setTimeout> | undefined;

	/** Shows slide `current`: the slide, the hash (no history entry, no scroll), controls, notes. */
	function render() {
		const n = current;
		slides.forEach((s, i) => s.toggleAttribute('data-current', i + 1 === n));
		if (location.hash !== slideHash(n)) history.replaceState(history.state, '', slideHash(n));
		if (at) at.textContent = String(n);
		button('prev')?.setAttribute('aria-disabled', String(n <= 1));
		button('next')?.setAttribute('aria-disabled', String(n >= total));
		notes.show(n, infos[n - 1]?.sections ?? [], slideEl(n));
		presenter?.show(n);
		if (presenter) return;
		watchChart();
		refit();
	}

	function setTyped(value: string) {
		typed = value;
		if (digits) digits.textContent = typed;
		if (typedBox) typedBox.hidden = !typed;
		if (position) position.hidden = !!typed;
		clearTimeout(typedTimer);
		if (typed) typedTimer = setTimeout(() => setTyped(''), 4000);
	}

	/** Goes to slide `n`; the deck's other windows follow unless the move came from one of them. */
	function go(n: number, fromOther = false) {
		const next = clampSlide(n, total);
		if (typed) setTyped('');
		if (next === current) return render();
		if (!fromOther) channel?.tell({ type: 'go', n: next });
		const hadFocus = slideEl(current)?.contains(document.activeElement);
		if (!presenter) charts.visit(next);
		current = next;
		render();
		if (hadFocus) stage.focus();
		if (!announcer) return;
		announcer.textContent = slideOf(next);
		clearTimeout(announceTimer);
		announceTimer = setTimeout(() => (announcer.textContent = ''), 2000);
	}

	let frame = 0;
	function refit() {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			const el = slideEl(current);
			if (!el) return;
			fitSlide(el);
			charts.measure(current);
		});
	}

	// Charts grow when a mark is selected (detail panel): refit the slide on screen.
	const grown = new ResizeObserver(refit);
	function watchChart() {
		grown.disconnect();
		const fig = slideEl(current)?.querySelector('figure[data-chart]');
		if (fig) grown.observe(fig);
	}

	function toggleFullscreen() {
		if (!document.fullscreenEnabled) return;
		const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
		done?.catch(() => {});
	}

	function toggleNotes(open?: boolean) {
		notes.toggle(open);
		button('notes')?.setAttribute('aria-expanded', String(notes.open));
	}

	/**
	 * A black screen over the projected slide (B or .): any of those keys or Escape brings the
	 * slide back, in whichever window they are pressed; the presenter's window only says so.
	 */
	const black = find('[data-blackout]');
	let blacked = false;
	function blackout(on: boolean, fromOther = false) {
		if (blacked === on) return;
		blacked = on;
		if (!fromOther) channel?.tell({ type: 'blackout', on });
		presenter?.blackout(on);
		if (black && !presenter) black.hidden = !on;
		if (announcer) announcer.textContent = on ? (deck.dataset.blacked ?? '') : slideOf(current);
	}

	/** S: the presenter's window; where the browser refuses it, the notes here, saying why. */
	function present() {
		if (view !== 'projector') return;
		const opened = openPresenter(current);
		const blocked = find('[data-popup-blocked]');
		if (blocked) blocked.hidden = opened;
		toggleNotes(!opened);
	}

	function run(action: DeckAction) {
		if (blacked) return blackout(!['blackout', 'escape'].includes(action.type));
		if (overview.open) {
			// The overview's own grid handles arrows and Enter; only O and Esc close it here.
			if (action.type === 'overview' || action.type === 'escape') overview.close();
			return;
		}
		switch (action.type) {
			case 'next':
				return go(current + 1);
			case 'prev':
				return go(current - 1);
			case 'first':
				return go(1);
			case 'last':
				return go(total);
			case 'digit':
				return setTyped(action.digit === 'Backspace' ? typed.slice(0, -1) : (typed + action.digit).slice(-4));
			case 'enter': {
				const n = typedSlide(typed, total);
				setTyped('');
				if (n) go(n);
				return;
			}
			case 'fullscreen':
				return toggleFullscreen();
			case 'overview':
				toggleNotes(false);
				return overview.show(current);
			case 'presenter':
				return present();
			case 'notes':
				return toggleNotes();
			case 'blackout':
				return blackout(true);
			case 'escape':
				// The presenter's notes stay open.
				return typed ? setTyped('') : presenter || toggleNotes(false);
		}
	}

	addEventListener('keydown', (e) => {
		// A framed preview follows the presenter's window, never keys of its own.
		if (e.defaultPrevented || view === 'preview') return;
		const action = keyAction({
			key: e.key,
			ctrlKey: e.ctrlKey,
			altKey: e.altKey,
			metaKey: e.metaKey,
			shiftKey: e.shiftKey,
			editable: isEditable(e.target),
			onControl: isControl(e.target),
			typing: typed !== ''
		});
		if (!action) return;
		e.preventDefault();
		run(action);
	});

	// The buttons of the controls and the notes panel say what they do (`data-act`).
	const ACTS: Record<string, DeckAction> = {
		prev: { type: 'prev' },
		next: { type: 'next' },
		overview: { type: 'overview' },
		notes: { type: 'notes' },
		presenter: { type: 'presenter' },
		fullscreen: { type: 'fullscreen' }
	};
	deck.addEventListener('click', (e) => {
		const act = (e.target as Element).closest<HTMLElement>('[data-controls] [data-act], [data-notes-panel] [data-act]')?.dataset.act;
		if (act && ACTS[act]) run(ACTS[act]);
	});

	// Touch: a horizontal swipe of 50 px or more turns the page.
	let touch: { x: number; y: number } | null = null;
	stage.addEventListener(
		'touchstart',
		(e) => (touch = e.touches.length === 1 ? { x: e.touches[0]!.clientX, y: e.touches[0]!.clientY } : null),
		{ passive: true }
	);
	stage.addEventListener(
		'touchend',
		(e) => {
			const t = e.changedTouches[0];
			if (!touch || !t) return;
			const dx = t.clientX - touch.x;
			const dy = t.clientY - touch.y;
			touch = null;
			if (Math.abs(dx) < 50 || Math.abs(dx) <= 1.5 * Math.abs(dy)) return;
			// A swipe that ends on a link must not also follow it (no synthetic click). While the
			// page scrolls the event cannot be cancelled (and there is no click to stop).
			if (e.cancelable) e.preventDefault();
			go(current + (dx < 0 ? 1 : -1));
		},
		{ passive: false }
	);

	addEventListener('hashchange', () => go(slideFromHash(location.hash, total) ?? 1));
	new ResizeObserver(refit).observe(stage);

	const fullscreen = button('fullscreen');
	if (fullscreen && document.fullscreenEnabled) {
		fullscreen.hidden = false;
		document.addEventListener('fullscreenchange', () => fullscreen.setAttribute('aria-pressed', String(!!document.fullscreenElement)));
	}

	if (presenter) toggleNotes(true);
	else charts.visit(current);
	render();
	if (controls) {
		workOffline(controls, async (progress) => {
			await charts.prepareAll(fitSlide, progress);
			// A chart whose states could not be fetched says so on its slide.
			return !slides.some((s) => s.querySelector('[data-states-status]')?.textContent);
		});
		controls.hidden = false;
	}
	deck.classList.add('live');
}

workCites('/present');
