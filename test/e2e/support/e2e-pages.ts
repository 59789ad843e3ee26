/** @file The fixture pages the end-to-end tests open, and the URLs they pose as. */
import { canonicalUrl } from '../../helpers/fixtures';
import { pageBody, type ServedPage } from './pages';

function fixturePage(fixture: string): ServedPage {
  const url = canonicalUrl(pageBody({ url: '', fixture }));
  if (!url) throw new Error(`${fixture} has no canonical link`);
  return { url, fixture };
}

export const E2E_PAGES = {
  linkedinProfile: fixturePage('linkedin/profile/2024-06-artdeco-en-self.html'),
  xProfile: fixturePage('x/profile/2025-01-en-self.html'),
  // Issue 13 items 4 and 5: flag and keycap emoji drawn as images; an X build without its column wrappers.
  xProfileEmoji: fixturePage('x/profile/2025-05-fr-emoji.html'),
  xProfileNoColumn: fixturePage('x/profile/2025-06-nl-no-column.html'),
  xFollowingNoLabel: fixturePage('x/following/2025-06-de-no-timeline-label.html'),
  // A colleague's profile (the reader sees it is not the viewer's own): the colleague view and coaching sessions.
  linkedinColleague: fixturePage('linkedin/profile/2025-05-sdui-en-other.html'),
  // A LinkedIn page the coach does not read: any markup will do, the URL decides.
  linkedinFeed: { url: 'https://www.linkedin.com/feed/', fixture: 'linkedin/profile/2024-06-artdeco-en-self.html' },
} as const satisfies Record<string, ServedPage>;
