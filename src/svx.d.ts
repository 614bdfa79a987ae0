// mdsvex documents (.svx) as Svelte components. Ambient: this file has no imports or exports.
declare module '*.svx' {
	const content: import('svelte').Component;
	export default content;
	/** Talking points and discussion questions per story section (classroom mode). */
	export const classroom: {
		sections: import('$lib/cite/line').NoteSection[];
	};
}
