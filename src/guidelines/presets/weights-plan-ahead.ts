/**
 * @file How much each "plan ahead" rule moves the score, and why, on the scale of default.ts: 1 a nicety, 3 visible
 * to every visitor, 5 changes how the brand is seen, 8 a risk to the company. It holds no rule logic.
 */
export const WEIGHTS_PLAN_AHEAD: Readonly<Record<string, { weight: number; why: string }>> = {
  'about-keywords': {
    weight: 4,
    why: 'The summary is where a curious visitor checks what you stand for; when it speaks the strategy, each visit carries the company’s message.',
  },
  'about-length': {
    weight: 3,
    why: 'Every visitor who opens the About or reads the bio sees it; an empty one wastes the visit, but length alone carries no message.',
  },
  'campaign-presence': {
    weight: 3,
    why: 'A campaign the people around it do not show reaches only the company’s own followers; one visible link or hashtag widens it, for a few weeks.',
  },
  'current-position-company': {
    weight: 5,
    why: 'The current position is how search, recruiters and clients tie the person to the company; without it, or under an old name, the profile adds nothing to the brand.',
  },
  'headline-keywords': {
    weight: 5,
    why: 'The headline follows the name into every search, comment and invitation: the most-seen words of the profile decide how the company’s expertise is seen.',
  },
  'profile-banner': {
    weight: 2,
    why: 'Every visitor sees it, but a custom banner only helps the brand when it carries the company’s visual; we cannot tell what it shows.',
  },
  'profile-freshness': {
    weight: 3,
    why: 'A summary untouched for a season likely misses the current strategy; age is only a hint, which the keyword rules judge directly.',
  },
  'profile-photo': {
    weight: 3,
    why: 'The placeholder is seen by every visitor and beside every comment; a real face makes what the person shares trusted.',
  },
  'public-url': {
    weight: 1,
    why: 'A nicety: a clean address reads better on a card or in a signature, and changes nothing for visitors who click.',
  },
  'retired-messages': {
    weight: 4,
    why: 'An old company name or last season’s slogan tells every visitor the profile is out of date, and confuses them after a rebrand.',
  },
  'website-link': {
    weight: 2,
    why: 'A link lets interested visitors take the next step; which site it points to matters more (website-domain).',
  },
};
