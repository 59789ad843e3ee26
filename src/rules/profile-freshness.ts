/**
 * @file Checks that the headline and About (or the X bio) were refreshed within the guidelines' season (checklist:
 * plan ahead); it reads the history the extension keeps, never the clock. Only a change the history saw counts as a
 * refresh: a text first seen recently says nothing of when it was last edited, so it stays incomplete until a visit
 * sees it change (pass) or the same text has been seen for longer than the season allows (fail).
 */
import { z } from 'zod';
import { addDays, calendarDay, daysFromTo } from '../engine/dates';
import { defineRule, fail, incomplete, pass } from '../engine/define-rule';
import { LINKEDIN, X } from '../engine/fix-urls';
import { linkedInSlugOf } from '../snapshot/pages/linkedin';

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
      firstSeenToday:
        'First seen today, so Profile Coach cannot tell yet when this summary was last refreshed: it passes once a later visit finds it changed, and fails if it is still the same after {{maxDays}} days.',
      unchangedSoFar:
        'Seen unchanged since {{since}}: too soon to tell whether it was refreshed within the {{maxDays}} days the guidelines ask. It passes once a visit finds it changed, and fails if it is still the same on {{until}}.',
    },
    fix: ({ target, snapshot }, { t }) => {
      if (target === 'x-profile') return { label: t('fixBio'), url: X.editProfile };
      const slug = linkedInSlugOf(snapshot.url);
      return slug ? { label: t('fixAbout'), url: LINKEDIN.editAbout(slug) } : null;
    },
  },
  check(input, options, { guidelines, now, related, t }) {
    const history = related.summary;
    if (!history) return incomplete(t('noHistory'));
    const maxDays = options.maxDays ?? guidelines.checklist.refreshDays;
    const since = calendarDay(history.unchangedSince);
    const days = daysFromTo(since, calendarDay(now));
    if (days <= maxDays) {
      // A change seen within the season is a refresh; the same text seen for a while says nothing of its last edit.
      if (history.changeSeen) return pass();
      if (days <= 0) return incomplete(t('firstSeenToday', { maxDays }));
      return incomplete(t('unchangedSoFar', { since, maxDays, until: addDays(since, maxDays + 1) }));
    }
    const onX = input.target === 'x-profile';
    const text = onX ? input.fields.bio : input.fields.headline;
    const evidence = text === null ? [] : [{ field: onX ? 'bio' : 'headline', text }];
    // Partial credit shrinks as the wait grows: twice the allowed time earns half.
    return fail(onX ? 'staleBio' : 'staleLinkedIn', { since, days, maxDays }, evidence, maxDays / days);
  },
});
