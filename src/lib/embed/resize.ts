/**
 * Tells the host page how tall the embed is, whenever that changes, in the two protocols
 * newsroom hosts use: pym.js child messages and the AMP `embed-size` message understood by
 * amp-iframe, @newswire/frames and our own /embed.js. Outgoing messages carry sizes only;
 * incoming ones are matched exactly and never evaluated or inserted.
 */
const PYM_WIDTH = /^pymxPYMx([A-Za-z0-9_-]{1,64})xPYMxwidthxPYMx(\d{1,6})$/;

export function autoHeight(root: HTMLElement, childId: string | null): () => void {
	if (window.parent === window) return () => {};
	let last = -1;
	const send = (force = false) => {
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (!force && height === last) return;
		last = height;
		window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
		if (childId) window.parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, '*');
	};
	const onMessage = (e: MessageEvent) => {
		if (e.source !== window.parent) return;
		const d: unknown = e.data;
		if (typeof d === 'string') {
			const m = PYM_WIDTH.exec(d);
			if (m && m[1] === childId) send(true);
		} else if (d && typeof d === 'object' && (d as { sentinel?: unknown }).sentinel === 'amp') {
			if ((d as { type?: unknown }).type === 'frames-init') send(true);
		}
	};
	const observer = new ResizeObserver(() => send());
	observer.observe(root);
	const onLoad = () => send(true);
	addEventListener('message', onMessage);
	addEventListener('load', onLoad);
	document.fonts?.ready.then(() => send());
	send(true);
	return () => {
		observer.disconnect();
		removeEventListener('message', onMessage);
		removeEventListener('load', onLoad);
	};
}
