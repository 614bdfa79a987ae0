/** Size of a link preview (og:image): what social networks and messaging apps expect. */
export const PREVIEW = { width: 1200, height: 630 } as const;
