/** @file Flags a received-invitation list grown longer than the guidelines allow (checklist: clean up); it does not judge single invitations. */
import { z } from 'zod';
import { defineRule, fail, pass } from '../engine/define-rule';
import { LINKEDIN } from '../engine/fix-urls';

export default defineRule({
  meta: {
    id: 'invitation-backlog',
    step: 'clean-up',
    title: 'The invitation list is short enough to read',
    failureTitle: 'Too many invitations are pending',
    description:
      'A long pending list refills faster than anyone reads it and buries the invitation that matters; clearing it now keeps the next good one in sight.',
    severity: 'moderate',
    requires: { 'linkedin-invitations-received': ['invitations'] },
    options: z.strictObject({ maxPending: z.number().int().positive().optional().describe('Pending invitations allowed; defaults to checklist.backlogSize') }),
    defaultOptions: {},
    messages: {
      backlog:
        '{{count}} invitations are pending, more than the {{max}} your guidelines allow: accept the ones that matter and ignore the rest (they are not told).',
    },
    texts: {
      fixInvitations: 'Open received invitations',
    },
    colleague: {
      messages: {
        backlog:
          '{{count}} invitations are pending, more than the {{max}} the guidelines allow: accept the ones that matter and ignore the rest (they are not told).',
      },
    },
    fix: (_input, { t }) => ({ label: t('fixInvitations'), url: LINKEDIN.receivedInvitations }),
  },
  check({ snapshot, fields: { invitations } }, options, { guidelines }) {
    const max = options.maxPending ?? guidelines.checklist.backlogSize;
    // The page's own total ("Received (27)") counts invitations not loaded yet, so it wins when it was read; it is
    // not required, since the loaded list alone still tells a long backlog (the rule never goes incomplete for it).
    // A list cut to its bound (src/snapshot/limits.ts) counts every card the page showed (`seen`), not the ones kept.
    const list = snapshot.fields.invitations;
    const loaded = list.status === 'present' ? (list.seen ?? list.value.length) : (invitations?.length ?? 0);
    const { totalCount } = snapshot.fields;
    const count = totalCount.status === 'present' ? Math.max(totalCount.value, loaded) : loaded;
    if (count <= max) return pass();
    // Partial credit by how far over: 25 pending for 20 allowed scores 0.8, 40 scores 0.5.
    return fail('backlog', { count, max }, [], max / count);
  },
});
