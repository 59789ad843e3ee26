/**
 * @file How much each "clean up" rule moves the score, and why, on the scale of default.ts (1 a nicety, 3 visible to
 * every visitor, 5 changes how the brand is seen, 8 a risk to the company). Holds no rule logic; meant to be merged into DEFAULT_WEIGHTS.
 */
export const WEIGHTS_CLEAN_UP: Readonly<Record<string, { weight: number; why: string }>> = {
  'avoided-accounts': {
    weight: 5,
    why: 'Anyone can open a following list, and the company named these accounts itself: following one reads as the company’s endorsement. Not 8: a follow is a weaker statement than anything written on the profile.',
  },
  'following-relevance': {
    weight: 2,
    why: 'The follows shape what the person sees and shares, but visitors rarely open the list, and the share is measured on the accounts loaded so far, not the whole list.',
  },
  'invitation-backlog': {
    weight: 2,
    why: 'As with stale invitations: invisible to visitors, but a list that keeps growing buries the invitation that matters.',
  },
  'pending-invitation-age': {
    weight: 2,
    why: 'Stale invitations cost only the person’s own network, but a list that refills buries the one that matters.',
  },
  'invitation-relevance': {
    weight: 1,
    why: 'A nicety: ignoring cold invitations tidies the person’s own list; the judgement rests on what the page shows, which may miss a real acquaintance.',
  },
  'reconnect-candidates': {
    weight: 1,
    why: 'An opportunity, not a fault, and one that reaching out does not clear from the page: it should nudge, never sink the score.',
  },
  'sent-invitation-age': {
    weight: 1,
    why: 'Unseen by visitors; old pending requests only count against the person’s own standing with LinkedIn.',
  },
};
