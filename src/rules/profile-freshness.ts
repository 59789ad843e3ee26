/** @file Checks that the headline and About (or the X bio) were refreshed within the guidelines' season (checklist: plan ahead); it reads the history the extension keeps, never the clock. */
import { z } from 'zod';
import { calendarDay, daysFromTo } from '../engine/dates';
import { defineRule, fail, incomplete, pass } from '../engine/define-rule';
import { LINKEDIN, linkedinSlugOf, X } from '../engine/fix-urls';

export default defineRule({
  meta: {
    id: 'profile-freshness',
    step: 'plan-ahead',
    title: 'The profile was refreshed this season',
    failureTitle: 'The profile has not been refreshed for a while',
    description:
      'The strategy moves every season; a summary last touched long ago speaks for a company that no longer exists in that form.',
    severity: 'moderate',
    requires: { 'linkedin-profile': ['headline'], 'x-profile': ['bio'] },
    options: z.strictObject({
      maxDays: z.number().int().positive().max(3650).optional().describe('Days without change before a refresh is due; defaults to checklist.refreshDays'),
    }),
    defaultOptions: {},
    messages: {
      staleLinkedIn:
        'Headline and About not refreshed since {{since}}, {{days}} days ago (the guidelines ask for a fresh look every {{maxDays}} days): reread them against this season’s strategy.',
      staleBio:
        'Bio not refreshed since {{since}}, {{days}} days ago (the guidelines ask for a fresh look every {{maxDays}} days): reread it against this season’s strategy.',
    },
    texts: {
      fixBio: 'Edit the bio',
      fixAbout: 'Reread and edit the About section',
      noHistory: 'No earlier visit to compare with yet.',
    },
    fix: ({ target, snapshot }, { t }) => {
      if (target === 'x-profile') return { label: t('fixBio'), url: X.editProfile };
      const slug = linkedinSlugOf(snapshot.url);
      return slug ? { label: t('fixAbout'), url: LINKEDIN.editAbout(slug) } : null;
    },
  },
  check(input, options, { guidelines, now, related, t }) {
    if (!related.unchangedSince) return incomplete(t('noHistory'));
    const maxDays = options.maxDays ?? guidelines.checklist.refreshDays;
    const since = calendarDay(related.unchangedSince);
    const days = daysFromTo(since, calendarDay(now));
    if (days <= maxDays) return pass();
    const onX = input.target === 'x-profile';
    const text = onX ? input.fields.bio : input.fields.headline;
    const evidence = text === null ? [] : [{ field: onX ? 'bio' : 'headline', text }];
    // Partial credit shrinks as the wait grows: twice the allowed time earns half.
    return fail(onX ? 'staleBio' : 'staleLinkedIn', { since, days, maxDays }, evidence, maxDays / days);
  },
});
