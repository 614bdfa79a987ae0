// The handout is prerendered HTML with one small script of its own (see +page.svelte): no
// Svelte runtime, no hydration of its charts.
export const csr = false;
