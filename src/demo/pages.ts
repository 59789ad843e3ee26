/**
 * @file The demo's pages: whole invented LinkedIn and X pages (src/demo/pages/, derived from the test fixtures) of a
 * Brightwave Systems employee, Lotte Verhaegen, and of a colleague, Ruben Achterberg: invented people of the example
 * company. They are served in place of the real sites; they are not in the extension's build (unlike assets/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DemoPage {
  id: 'own-profile' | 'colleague' | 'invitations' | 'x-profile';
  /** What the page is, in the terminal's words. */
  title: string;
  /** The address it poses as. */
  url: string;
  /** Its file in src/demo/pages. */
  file: string;
}

export const DEMO_PAGES_DIR = join(import.meta.dirname, 'pages');

export const DEMO_PAGES: readonly DemoPage[] = [
  {
    id: 'own-profile',
    title: 'Lotte Verhaegen’s own LinkedIn profile (as she sees it: “Edit intro” and all)',
    url: 'https://www.linkedin.com/in/lotte-verhaegen/',
    file: 'linkedin-own.html',
  },
  {
    id: 'colleague',
    title: 'A colleague’s LinkedIn profile, Ruben Achterberg (2025 layout)',
    url: 'https://www.linkedin.com/in/rubenachterberg/',
    file: 'linkedin-colleague.html',
  },
  {
    id: 'invitations',
    title: 'Lotte’s LinkedIn invitations, received',
    url: 'https://www.linkedin.com/mynetwork/invitation-manager/received/',
    file: 'linkedin-invitations.html',
  },
  {
    id: 'x-profile',
    title: 'Lotte’s own X profile',
    url: 'https://x.com/lotteverhaegen',
    file: 'x-profile.html',
  },
];

export const DEMO_OWN_PROFILE = DEMO_PAGES[0] as DemoPage;

export const demoPagePath = (page: DemoPage) => join(DEMO_PAGES_DIR, page.file);

export function demoPageBody(page: DemoPage): string {
  return readFileSync(demoPagePath(page), 'utf8');
}

/** The demo page at a request's address (host and path; the query is ignored), or undefined. */
export function demoPageFor(requestUrl: string): DemoPage | undefined {
  const wanted = new URL(requestUrl);
  return DEMO_PAGES.find((page) => {
    const url = new URL(page.url);
    return url.host === wanted.host && url.pathname.replace(/\/$/, '') === wanted.pathname.replace(/\/$/, '');
  });
}

const SITES = new Set(['www.linkedin.com', 'linkedin.com', 'x.com', 'twitter.com']);

/**
 * What the demo serves for a request: a demo page, or for any other LinkedIn or X address a local page saying it is
 * not part of the demo (with links to the ones that are), so clicking around never reaches the real sites. Anything
 * else (images, other hosts): undefined, and the request is refused.
 */
export function demoResponse(requestUrl: string): string | undefined {
  const page = demoPageFor(requestUrl);
  if (page) return demoPageBody(page);
  const url = new URL(requestUrl);
  if (!SITES.has(url.host) || url.protocol !== 'https:') return undefined;
  const links = DEMO_PAGES.map((demo) => `<li><a href="${demo.url}">${escapeHtml(demo.title)}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not part of the demo</title></head><body><main><h1>Not part of the demo</h1><p>Profile Coach's demo serves only these pages, from your machine: nothing reaches ${escapeHtml(url.host)}.</p><ul>${links}</ul></main></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
