/**
 * @file Where things are fixed on LinkedIn and X: the addresses "Fix" buttons open. Kept in one place because the
 * sites move them; each was the address of the page or edit form in 2025. The slug they take comes from the
 * profile's address through the one slug parser, `linkedInSlugOf` (src/snapshot/pages/linkedin.ts).
 */
const LI = 'https://www.linkedin.com';

export const LINKEDIN = {
  receivedInvitations: `${LI}/mynetwork/invitation-manager/received/`,
  sentInvitations: `${LI}/mynetwork/invitation-manager/sent/`,
  connections: `${LI}/mynetwork/invite-connect/connections/`,
  /** Public profile settings, where the custom /in/ address is chosen. */
  publicProfileSettings: `${LI}/public-profile/settings`,
  /** The intro form: name, headline, current position, website. */
  editIntro: (slug: string) => `${LI}/in/${encodeURIComponent(slug)}/edit/intro/`,
  editAbout: (slug: string) => `${LI}/in/${encodeURIComponent(slug)}/add-edit/SUMMARY/`,
  editContactInfo: (slug: string) => `${LI}/in/${encodeURIComponent(slug)}/edit/contact-info/`,
  addFeatured: (slug: string) => `${LI}/in/${encodeURIComponent(slug)}/add-edit/FEATURED/`,
  editPositions: (slug: string) => `${LI}/in/${encodeURIComponent(slug)}/details/experience/`,
  profile: (slug: string) => `${LI}/in/${encodeURIComponent(slug)}/`,
} as const;

export const X = {
  /** The edit-profile dialog: name, bio, location, website, photo and banner. */
  editProfile: 'https://x.com/settings/profile',
  following: (handle: string) => `https://x.com/${encodeURIComponent(handle.replace(/^@/, ''))}/following`,
  profile: (handle: string) => `https://x.com/${encodeURIComponent(handle.replace(/^@/, ''))}`,
} as const;
