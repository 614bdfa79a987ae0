/**
 * The presenter view of /present, as reveal.js has it: `S` opens a second window (on the
 * teacher's laptop) with the current slide, the next one, the notes and a clock, while the
 * projected window shows only the slide. Both are the same prerendered page: `?view=presenter`
 * is the presenter's window and `?view=preview` a slide shown inside it (an <iframe>, drawn at
 * the projector's size and scaled down). The windows keep in step over a BroadcastChannel (same
 * origin, no server): a key or clicker in either moves both.
 */
import { slideHash } from './slides';

type DeckView = 'projector' | 'presenter' | 'preview';

export function deckView(): DeckView {
	const v = new URLSearchParams(location.search).get('view');
	return v === 'presenter' || v === 'preview' ? v : 'projector';
}

type Message = { type: 'go'; n: number } | { type: 'blackout'; on: boolean };

/** The deck's channel between its windows; `tell` reaches every other window of the deck. */
export function deckChannel(hear: (m: Message) => void) {
	const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('present-deck') : null;
	channel?.addEventListener('message', (e: MessageEvent<Message>) => hear(e.data));
	return { tell: (m: Message) => channel?.postMessage(m) };
}

/** Opens (or brings forward) the presenter window at slide `n`; false when the browser refused. */
export function openPresenter(n: number): boolean {
	const win = open(`${location.pathname}?view=presenter${slideHash(n)}`, 'present-presenter', 'popup,width=1280,height=800');
	win?.focus();
	return !!win;
}

const pad = (n: number) => String(n).padStart(2, '0');
function elapsed(ms: number) {
	const s = Math.floor(ms / 1000);
	const h = Math.floor(s / 3600);
	return `${h ? `${h}:${pad(Math.floor(s / 60) % 60)}` : Math.floor(s / 60)}:${pad(s % 60)}`;
}

/**
 * The presenter's screen (prerendered hidden by Presenter.svelte): the current and next slide
 * as the projector shows them, the time since the view opened and the clock.
 */
export function presenterScreen(panel: HTMLElement, total: number) {
	panel.hidden = false;
	const find = <T extends HTMLElement>(sel: string) => panel.querySelector<T>(sel);
	const end = find('[data-end]');
	const at = find('[data-at]');
	// Slides are drawn at the projector's size (the window that opened this one), then scaled.
	const size = { w: opener?.innerWidth || 1280, h: opener?.innerHeight || 720 };
	const screen = (which: string) => {
		const box = find(`[data-screen="${which}"]`);
		if (!box) return null;
		const frame = document.createElement('iframe');
		frame.dataset.frame = which;
		frame.title = box.dataset.title ?? '';
		box.style.aspectRatio = `${size.w} / ${size.h}`;
		frame.style.width = `${size.w}px`;
		frame.style.height = `${size.h}px`;
		new ResizeObserver(() => frame.style.setProperty('--scale', String(box.clientWidth / size.w))).observe(box);
		box.append(frame);
		return frame;
	};
	const frames = { now: screen('now'), next: screen('next') };
	const show = (frame: HTMLIFrameElement | null, n: number) => {
		if (!frame) return;
		frame.hidden = n > total;
		// Only the hash changes after the first load: the framed deck turns its page.
		if (n <= total) frame.src = `${location.pathname}?view=preview${slideHash(n)}`;
	};

	// Made here, not when the module loads: a date format costs a projector's deck ~100 ms on a slow phone.
	const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
	let since = Date.now();
	const timer = find('[data-elapsed]');
	const now = find('[data-clock]');
	const tick = () => {
		if (timer) timer.textContent = elapsed(Date.now() - since);
		if (now) now.textContent = clock.format(new Date());
	};
	tick();
	setInterval(tick, 1000);
	find('[data-restart]')?.addEventListener('click', () => {
		since = Date.now();
		tick();
	});

	const black = find('[data-black]');
	return {
		/** The deck is at slide `n`. */
		show(n: number) {
			if (at) at.textContent = String(n);
			show(frames.now, n);
			show(frames.next, n + 1);
			if (end) end.hidden = n < total;
		},
		/** The projected screen is black (or not). */
		blackout(on: boolean) {
			if (black) black.hidden = !on;
		}
	};
}
