/** @file The only hosts the extension may touch; shared by the manifest, content scripts and tests. */
export const LINKEDIN_MATCHES = ['https://www.linkedin.com/*'] as const;
export const X_MATCHES = ['https://x.com/*', 'https://twitter.com/*'] as const;
export const HOST_PERMISSIONS = [...LINKEDIN_MATCHES, ...X_MATCHES] as const;
