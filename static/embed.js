/*
 * From patron to negotiated partner — embed loader. Add our <iframe data-patron-embed …> and
 * this script to a page; it sizes each of our frames to its content. It accepts only size
 * messages, only from frames it finds on the page that load from this script's own origin, and
 * never evaluates or inserts anything from a message.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || window.__patronEmbedLoader) return;
	window.__patronEmbedLoader = true;
	var origin = new URL(script.src, location.href).origin;

	function frames() {
		return document.querySelectorAll('iframe[data-patron-embed]');
	}
	function frameOf(source) {
		var list = frames();
		for (var i = 0; i < list.length; i++) if (list[i].contentWindow === source) return list[i];
		return null;
	}
	function ask(frame) {
		try {
			if (frame.contentWindow) frame.contentWindow.postMessage({ sentinel: 'amp', type: 'frames-init' }, origin);
		} catch (e) {
			/* not loaded yet: it reports its height when it loads */
		}
	}

	window.addEventListener('message', function (e) {
		if (e.origin !== origin) return;
		var frame = frameOf(e.source);
		var d = e.data;
		if (!frame || !d || typeof d !== 'object' || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
		var h = d.height;
		if (typeof h !== 'number' || !isFinite(h) || h < 0 || h > 100000) return;
		frame.style.height = Math.ceil(h) + 'px';
	});

	function init() {
		var list = frames();
		for (var i = 0; i < list.length; i++) {
			var f = list[i];
			if (!f.__patronSeen) {
				f.__patronSeen = true;
				f.style.border = f.style.border || '0';
				f.style.width = f.style.width || '100%';
				f.addEventListener('load', function (ev) {
					ask(ev.target);
				});
			}
			ask(f);
		}
	}
	init();
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
	window.addEventListener('load', init);
})();
