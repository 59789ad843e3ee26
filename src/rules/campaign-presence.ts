/** @file Checks that campaigns running now or starting soon show on the profile (checklist: plan ahead: the editorial plan); it does not judge how they are presented. */
import { z } from 'zod';
import { addDays, calendarDay } from '../engine/dates';
import { defineRule, type Evidence, fail, notApplicable, pass } from '../engine/define-rule';
import { LINKEDIN, X } from '../engine/fix-urls';
import { linkedInSlugOf } from '../snapshot/pages/linkedin';
import type { Campaign } from '../guidelines/schema';
import { evidenceOf } from './shared/profile-texts';

const describeCampaign = (campaign: Campaign) =>
  `${campaign.name}, ${campaign.start} → ${campaign.end}${campaign.hashtag ? ` (${campaign.hashtag})` : ''}`;

export default defineRule({
  meta: {
    id: 'campaign-presence',
    step: 'plan-ahead',
    title: 'The coming campaigns show on the profile',
    failureTitle: 'A coming campaign does not show on the profile',
    description:
      'A campaign reaches further when the people who know the subject carry it: a pinned post, a Featured link or a hashtag puts it in front of your own network.',
    severity: 'moderate',
    requires: { 'linkedin-profile': ['featured', 'headline', 'about'], 'x-profile': ['pinnedPost', 'bio'] },
    options: z.strictObject({
      lookaheadDays: z.number().int().min(0).max(365).describe('How many days ahead a campaign counts as coming'),
    }),
    defaultOptions: { lookaheadDays: 30 },
    messages: {
      missingLinkedIn:
        'Campaigns running or starting within {{lookaheadDays}} days that do not show on the profile: {{campaigns}} ({{count}} of {{total}}): add the campaign page to a Featured section, or mention it in the About section or headline.',
      missingX:
        'Campaigns running or starting within {{lookaheadDays}} days that neither the pinned post nor the bio mention: {{campaigns}} ({{count}} of {{total}}): pin a post about it, or add its hashtag to the bio.',
    },
    texts: {
      fixXHashtag: 'Add the campaign hashtag to the bio',
      fixFeatured: 'Add the campaign to Featured',
      noCampaigns: 'The guidelines list no campaigns.',
      nextCampaign: 'No campaign is running or starts in the next {{days}} days; the next one, {{name}}, starts on {{start}}.',
      noCampaignComing: 'No campaign is running or coming up.',
      featuredSection: 'Featured section',
    },
    colleague: {
      description:
        'A campaign reaches further when the people who know the subject carry it: a pinned post, a Featured link or a hashtag puts it in front of the person’s own network.',
    },
    fix: ({ target, snapshot }, { t }) => {
      if (target === 'x-profile') return { label: t('fixXHashtag'), url: X.editProfile };
      const slug = linkedInSlugOf(snapshot.url);
      return slug ? { label: t('fixFeatured'), url: LINKEDIN.addFeatured(slug) } : null;
    },
  },
  check(input, { lookaheadDays }, { matchers, now, t }) {
    if (matchers.campaigns.length === 0) return notApplicable(t('noCampaigns'));
    const today = calendarDay(now);
    const horizon = addDays(today, lookaheadDays);
    const coming = matchers.campaigns.filter(({ campaign }) => campaign.end >= today && campaign.start <= horizon);
    if (coming.length === 0) {
      const next = matchers.campaigns
        .map(({ campaign }) => campaign)
        .filter((campaign) => campaign.start > horizon)
        .sort((a, b) => a.start.localeCompare(b.start))[0];
      return notApplicable(
        next ? t('nextCampaign', { days: lookaheadDays, name: next.name, start: next.start }) : t('noCampaignComing'),
      );
    }

    const onX = input.target === 'x-profile';
    // LinkedIn's Featured section is where a campaign page is shown; the reader cannot list what it holds, so
    // having one counts for every campaign.
    if (!onX && input.fields.featured === true) return pass([{ field: 'featured', text: t('featuredSection') }]);
    const texts = (
      onX
        ? [
            ['pinnedPost', input.fields.pinnedPost],
            ['bio', input.fields.bio],
          ]
        : [
            ['headline', input.fields.headline],
            ['about', input.fields.about],
          ]
    ) as ReadonlyArray<readonly [string, string | null]>;

    // The campaign's name, keywords and hashtag (without its #, so "#GridDataSummit" is found) are its matcher's terms.
    const shown: Evidence[] = [];
    const missing: Campaign[] = [];
    for (const { campaign, matcher } of coming) {
      let found = false;
      for (const [field, text] of texts) {
        if (text === null) continue;
        const matches = matcher.find(text, matchers.tokens(text));
        if (matches.length === 0) continue;
        found = true;
        shown.push(...evidenceOf(field, text, matches.map((match): [number, number] => [match.start, match.end])));
      }
      if (!found) missing.push(campaign);
    }
    if (missing.length === 0) return pass(shown);
    return fail(
      onX ? 'missingX' : 'missingLinkedIn',
      { count: missing.length, total: coming.length, lookaheadDays, campaigns: missing.map((campaign) => campaign.name).join(', ') },
      missing.map((campaign) => ({ field: 'campaigns', text: describeCampaign(campaign), ...(campaign.link ? { url: campaign.link } : {}) })),
      1 - missing.length / coming.length,
    );
  },
});
