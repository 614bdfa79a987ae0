// The guide is text, links and native <details>: it needs no JavaScript, so it ships none.
export const csr = false;
