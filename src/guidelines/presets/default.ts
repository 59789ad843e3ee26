/**
 * @file The built-in default guidelines: sound practice with no company data. Every rule runs with its default
 * options; the weights below say how much each rule moves the score, and why. Rules that need company data
 * (brand, themes, campaigns…) are "not applicable" until a company file provides it.
 */
import { GuidelinesSchema, type Guidelines, type ManualItem } from '../schema';
import { WEIGHTS_CLEAN_UP } from './weights-clean-up';
import { WEIGHTS_PLAN_AHEAD } from './weights-plan-ahead';
import { WEIGHTS_TEAM_UP_GUIDELINES } from './weights-team-up-guidelines';

export const DEFAULT_GUIDELINES: Guidelines = GuidelinesSchema.parse({});

/** The checklist items no page can verify (DOMAIN.md: clean up, plan ahead, team up). */
export const DEFAULT_MANUAL_ITEMS: readonly ManualItem[] = [
  {
    id: 'editorial-plan',
    step: 'plan-ahead',
    title: 'Wrote down the events and messages you will share in the coming months',
    why: 'An editorial plan turns a tidy profile into one that keeps speaking for the company.',
  },
  {
    id: 'talk-to-marketing',
    step: 'team-up',
    title: 'Asked marketing, communications and sales what is planned for the season',
    why: 'What you share carries further when it rides on the company’s own plan.',
  },
  {
    id: 'review-team-profiles',
    step: 'team-up',
    title: 'Looked at your own team’s profiles',
    why: 'Early adopters sitting next to you make the quick-win case to management.',
  },
  {
    id: 'book-manager-time',
    step: 'team-up',
    title: 'Booked time with your manager to talk about social media',
    why: 'A manager who knows your plan gives it time and backing.',
  },
];

/**
 * How much each rule moves the score, with the reason. The scale: 1 a nicety, 3 visible to every visitor,
 * 5 changes how the brand is seen, 8 a risk to the company (legal, commercial or reputational).
 */
export const DEFAULT_WEIGHTS: Readonly<Record<string, { weight: number; why: string }>> = {
  ...WEIGHTS_CLEAN_UP,
  ...WEIGHTS_PLAN_AHEAD,
  ...WEIGHTS_TEAM_UP_GUIDELINES,
};
