// The story is prerendered HTML with one small script of its own (see +page.svelte): no Svelte
// runtime, no hydration.
export const csr = false;
