/**
 * @file How much each "team up" and "guidelines" rule moves the score, and why, on the scale of default.ts: 1 a
 * nicety, 3 visible to every visitor, 5 changes how the brand is seen, 8 a risk to the company. Holds no rule logic;
 * meant to be merged into DEFAULT_WEIGHTS.
 */
export const WEIGHTS_TEAM_UP_GUIDELINES: Readonly<Record<string, { weight: number; why: string }>> = {
  // Team up: the profile linked to the company's presence (DOMAIN.md: brand visibility grows as profiles carry its branding and link to its pages).
  'company-page-link': {
    weight: 5,
    why: 'The logo on the experience entry is the company’s branding on every profile view and the one link to its page that LinkedIn shows everyone; an unlinked or duplicate page loses both.',
  },
  'company-handle': {
    weight: 3,
    why: 'Seen by every visitor of the X profile and one tap to the company’s account, which can then find and amplify the person; a nicety below branding, since the bio may already name the company in words.',
  },
  'website-domain': {
    weight: 2,
    why: 'The one outbound link of a profile, but visited by few, and a personal site is not wrong in itself: a team or author page on the company’s site is the better choice, not a must.',
  },
  'brand-hashtags': {
    weight: 1,
    why: 'A nicety: a hashtag in a bio or About links the person to the company’s conversation, but few visitors follow it.',
  },
  'cross-site-consistency': {
    weight: 3,
    why: 'Only visitors who look at both profiles see a disagreement, and the rule reads roles from a small vocabulary; still, two employers or two jobs make both profiles doubtful.',
  },
  // Guidelines: what the company asks every employee to respect.
  'banned-terms': {
    weight: 8,
    why: 'A risk to the company: the guidelines ban these words because they promise what cannot be promised or touch what must not be touched, and a profile speaks in the company’s name.',
  },
  'confidential-terms': {
    weight: 8,
    why: 'A risk to the company: a leaked code name, client under NDA or unpublished result can cost a deal or break a legal duty, and cannot be taken back.',
  },
  'competitor-disparagement': {
    weight: 8,
    why: 'A risk to the company: running down a competitor in public reads as the company’s voice and can turn into a dispute.',
  },
  'required-disclosure': {
    weight: 5,
    why: 'It changes how every post is read: without it a personal opinion can pass for the company’s position; a risk only once something contentious is posted, so below the outright risks.',
  },
  'brand-spelling': {
    weight: 3,
    why: 'Visible to every visitor and to search: a name written several ways looks careless and splits the brand, though no one is misled about who the company is.',
  },
};
