// The browser scripts (src/lib/**/static, client code) run here on server-rendered HTML: one
// jsdom window whose globals the scripts see, while components still render for the server
// (this project's modules are transformed as on the server, where prerendering runs them).
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://127.0.0.1/', pretendToBeVisual: true });
const names = ['window', 'document', 'location', 'navigator', 'Node', 'Element', 'HTMLElement', 'HTMLButtonElement', 'HTMLTemplateElement', 'HTMLDetailsElement',
	'HTMLTextAreaElement', 'SVGElement', 'MutationObserver', 'Event', 'KeyboardEvent', 'FocusEvent', 'MouseEvent', 'requestAnimationFrame', 'cancelAnimationFrame', 'getComputedStyle'] as const;
for (const name of names) Object.defineProperty(globalThis, name, { value: name === 'window' ? window : (window as unknown as Record<string, unknown>)[name], configurable: true, writable: true });
// jsdom has no CSS.escape; marks are looked up by keys such as "tartus-base:0".
Object.defineProperty(globalThis, 'CSS', { value: { escape: (s: string) => s.replace(/([^\w-])/g, '\\$1') }, configurable: true });
