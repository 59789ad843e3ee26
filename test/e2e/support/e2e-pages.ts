/** @file The fixture pages the end-to-end tests open, and the URLs they pose as. */
import type { ServedPage } from './pages';

export const E2E_PAGES = {
  linkedinProfile: {
    url: 'https://www.linkedin.com/in/ada-vermeulen/',
    fixture: 'linkedin/profile/PLACEHOLDER.html',
  },
  xProfile: {
    url: 'https://x.com/brightwave_ada',
    fixture: 'x/profile/2025-01-en-self.html',
  },
} as const satisfies Record<string, ServedPage>;
