/** @file Flags sent invitations left unanswered longer than the guidelines allow, to withdraw (checklist: clean up). */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { LINKEDIN } from '../engine/fix-urls';
import { sharedText } from './shared/texts';
import { listEvidence } from './shared/evidence';

export default defineRule({
  meta: {
    id: 'sent-invitation-age',
    step: 'clean-up',
    title: 'No sent invitation has been left hanging',
    failureTitle: 'Old sent invitations are still pending',
    description:
      'An invitation unanswered for weeks will most likely never be accepted, and a pile of pending requests counts against you with LinkedIn; withdrawing it is silent.',
    severity: 'minor',
    requires: { 'linkedin-invitations-sent': ['invitations'] },
    options: z.strictObject({ maxDays: z.number().int().positive().optional().describe('Days before a sent invitation should be withdrawn; defaults to checklist.withdrawSentDays') }),
    defaultOptions: {},
    messages: {
      old: 'Sent invitations waiting for more than {{maxDays}} days: {{count}} of {{total}}; withdraw them (the person is not told) and reach out another way if it matters.',
    },
    texts: {
      fixSent: 'Open sent invitations',
      noInvitations: 'No sent invitation is pending.',
    },
    colleague: {
      description:
        'An invitation unanswered for weeks will most likely never be accepted, and a pile of pending requests counts against the account with LinkedIn; withdrawing it is silent.',
    },
    fix: (_input, { t }) => ({ label: t('fixSent'), url: LINKEDIN.sentInvitations }),
  },
  check({ fields: { invitations } }, options, context) {
    const { guidelines, t } = context;
    if (!invitations || invitations.length === 0) return notApplicable(t('noInvitations'));
    const maxDays = options.maxDays ?? guidelines.checklist.withdrawSentDays;
    // An invitation whose age the page did not show is not counted: unknown is not old.
    const old = invitations
      .filter((invitation) => invitation.ageDays !== null && invitation.ageDays > maxDays)
      .sort((a, b) => (b.ageDays ?? 0) - (a.ageDays ?? 0));
    if (old.length === 0) return pass();
    const evidence = listEvidence(old, (invitation) => ({
      field: 'invitations',
      text: sharedText(context, 'daysWaiting', { name: invitation.name, days: String(invitation.ageDays) }),
      ...(invitation.profileUrl ? { url: invitation.profileUrl } : {}),
    }), context, 'invitations');
    return fail('old', { count: old.length, total: invitations.length, maxDays }, evidence, 1 - old.length / invitations.length);
  },
});
