/** @file The only hosts the extension may touch; shared by the manifest, content scripts and tests. */
export const LINKEDIN_MATCHES = ['https://www.linkedin.com/*'] as const;
export const X_MATCHES = ['https://x.com/*', 'https://twitter.com/*'] as const;
/**
 * A pure call, not an array spread: a bundler keeps a top-level spread (iterating may run code), which put both
 * sites' addresses into each content script for nothing.
 */
export const HOST_PERMISSIONS: readonly string[] = /* @__PURE__ */ (LINKEDIN_MATCHES as readonly string[]).concat(X_MATCHES);
