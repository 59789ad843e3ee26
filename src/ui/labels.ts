/** @file Human-readable names for page types. English only until the i18n issue moves them to _locales. */
import type { PageType } from '../extract/page-type';

export const PAGE_TYPE_LABELS: Readonly<Record<PageType, string>> = {
  'linkedin-profile': 'LinkedIn profile',
  'linkedin-invitations-received': 'LinkedIn invitations received',
  'linkedin-invitations-sent': 'LinkedIn invitations sent',
  'linkedin-connections': 'LinkedIn connections',
  'x-profile': 'X profile',
  'x-following': 'X following list',
  unsupported: 'A page Profile Coach does not read',
};

/** Where the coach works, for the "unsupported page" state. */
export const SUPPORTED_PAGES: readonly { label: string; url: string }[] = [
  { label: 'Your LinkedIn profile', url: 'https://www.linkedin.com/in/me/' },
  { label: 'LinkedIn invitations received', url: 'https://www.linkedin.com/mynetwork/invitation-manager/received/' },
  { label: 'LinkedIn invitations sent', url: 'https://www.linkedin.com/mynetwork/invitation-manager/sent/' },
  { label: 'LinkedIn connections', url: 'https://www.linkedin.com/mynetwork/invite-connect/connections/' },
  { label: 'X: your profile or following list (open it from the menu)', url: 'https://x.com/home' },
];
