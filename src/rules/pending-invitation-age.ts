/** @file Flags received invitations left waiting longer than the guidelines allow (checklist: clean up). */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { LINKEDIN } from '../engine/fix-urls';
import { listEvidence } from './shared/evidence';
import { sharedText } from './shared/texts';

export default defineRule({
  meta: {
    id: 'pending-invitation-age',
    step: 'clean-up',
    title: 'No invitation has been waiting too long',
    failureTitle: 'Invitations are waiting for an answer',
    description:
      'An unanswered invitation is a person left waiting; declining sends them no alert, and a clean list keeps the next good invitation in sight.',
    severity: 'moderate',
    requires: { 'linkedin-invitations-received': ['invitations'] },
    options: z.strictObject({
      maxDays: z.number().int().positive().optional().describe('days; the guidelines’ checklist.staleInvitationDays when not set'),
    }),
    defaultOptions: {},
    messages: {
      stale: 'Invitations waiting for more than {{maxDays}} days: {{count}} of {{total}}; accept the ones that matter, ignore the rest.',
    },
    texts: {
      fixInvitations: 'Open received invitations',
      noInvitations: 'No pending invitation.',
    },
    colleague: {
      description:
        'An unanswered invitation is a person left waiting; declining sends them no alert, and a clean list keeps the next good invitation in sight.',
    },
    fix: (_input, { t }) => ({ label: t('fixInvitations'), url: LINKEDIN.receivedInvitations }),
  },
  check({ fields: { invitations } }, options, context) {
    const { guidelines, t } = context;
    if (!invitations || invitations.length === 0) return notApplicable(t('noInvitations'));
    const maxDays = options.maxDays ?? guidelines.checklist.staleInvitationDays;
    // An invitation whose age the page did not show is not counted as stale: unknown is not old.
    const stale = invitations.filter((invitation) => invitation.ageDays !== null && invitation.ageDays > maxDays);
    if (stale.length === 0) return pass();
    return fail(
      'stale',
      { count: stale.length, total: invitations.length, maxDays },
      listEvidence(
        stale,
        (invitation) => ({
          field: 'invitations',
          text: sharedText(context, 'daysWaiting', { name: invitation.name, days: String(invitation.ageDays) }),
          ...(invitation.profileUrl ? { url: invitation.profileUrl } : {}),
        }),
        context,
        'invitations',
      ),
      1 - stale.length / invitations.length,
    );
  },
});
