/** @file Flags received invitations with nothing that ties them to you or the strategy (checklist: clean up); it does not judge their age. */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { LINKEDIN } from '../engine/fix-urls';
import type { Invitation } from '../snapshot';
import { listEvidence } from './shared/evidence';

export default defineRule({
  meta: {
    id: 'invitation-relevance',
    step: 'clean-up',
    title: 'Every pending invitation shows a reason to accept it',
    failureTitle: 'Some invitations show no reason to accept them',
    description:
      'An invitation with no message, no shared contact and no link to your sectors rarely leads anywhere; ignoring it sends no alert and keeps the ones that matter in view.',
    severity: 'minor',
    requires: { 'linkedin-invitations-received': ['invitations'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      cold: 'Invitations with no message and no mutual connection shown, from people outside your target sectors: {{count}} of {{total}}; unless you know them, ignore them (they are not told).',
      coldNoSectors:
        'Invitations with no message and no mutual connection shown: {{count}} of {{total}} (your guidelines name no target sectors, so only these two were considered); unless you know them, ignore them (they are not told).',
    },
    texts: {
      fixInvitations: 'Open received invitations',
      noInvitations: 'No pending invitation.',
    },
    colleague: {
      description:
        'An invitation with no message, no shared contact and no link to the target sectors rarely leads anywhere; ignoring it sends no alert and keeps the ones that matter in view.',
      messages: {
        cold:
          'Invitations with no message and no mutual connection shown, from people outside the target sectors: {{count}} of {{total}}; unless they are known contacts, ignore them (they are not told).',
        coldNoSectors:
          'Invitations with no message and no mutual connection shown: {{count}} of {{total}} (the guidelines name no target sectors, so only these two were considered); unless they are known contacts, ignore them (they are not told).',
      },
    },
    fix: (_input, { t }) => ({ label: t('fixInvitations'), url: LINKEDIN.receivedInvitations }),
  },
  check({ fields: { invitations } }, _options, context) {
    const { matchers, t } = context;
    if (!invitations || invitations.length === 0) return notApplicable(t('noInvitations'));
    const judgeSectors = matchers.sectors.length > 0;

    const inSectorOrColleague = (invitation: Invitation): boolean => {
      const { headline } = invitation;
      if (headline === null) return false; // No headline: nothing shown ties the person to a sector.
      const tokens = matchers.tokens(headline);
      // A colleague's invitation is never one to ignore (team up), whatever their sector.
      if (matchers.brand.has(headline, tokens)) return true;
      return judgeSectors && matchers.sectors.some(({ matcher }) => matcher.has(headline, tokens));
    };

    // Readers give `mutualConnections: null` when the page shows no "N mutual connections" line, and by our
    // readers' contract that means unknown, not zero. The received list, however, prints no line at all when there
    // are none, so we cannot tell "none" from "not shown". We therefore judge what the person sees when deciding:
    // null and 0 both count as "no mutual connection shown", and the message says "shown", never "none".
    const cold = invitations.filter(
      (invitation) =>
        invitation.message === null &&
        (invitation.mutualConnections === null || invitation.mutualConnections === 0) &&
        !inSectorOrColleague(invitation),
    );
    if (cold.length === 0) return pass();

    const evidence = listEvidence(cold, (invitation) => ({
      field: 'invitations',
      text: invitation.headline ? `${invitation.name} · ${invitation.headline}` : invitation.name,
      ...(invitation.profileUrl ? { url: invitation.profileUrl } : {}),
    }), context, 'invitations');

    return fail(
      judgeSectors ? 'cold' : 'coldNoSectors',
      { count: cold.length, total: invitations.length },
      evidence,
      1 - cold.length / invitations.length,
    );
  },
});
