// mdsvex documents (.svx) as Svelte components. Ambient: this file has no imports or exports.
declare module '*.svx' {
	// Teach.svx takes the slide plan; Story.svx takes nothing.
	const content: import('svelte').Component<{ plan?: import('$lib/classroom/plan').SlidePlan }>;
	export default content;
}
