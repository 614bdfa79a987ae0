// Served by static hosts for any unknown path, at any depth: plain HTML, no client router.
export const csr = false;
