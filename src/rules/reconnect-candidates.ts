/** @file Points out long-standing connections in the target sectors worth getting back in touch with (checklist: clean up); an opportunity, not a fault. */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { LINKEDIN } from '../engine/fix-urls';
import { listEvidence } from './shared/evidence';

/** Sorted, de-duplicated ranges moved past the name: two sectors may both name the same word ("energy"). */
function highlightsOf(ranges: ReadonlyArray<[number, number]>, shift: number): Array<[number, number]> {
  const highlights: Array<[number, number]> = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = highlights.at(-1);
    if (last && last[0] === start + shift && last[1] === end + shift) continue;
    highlights.push([start + shift, end + shift]);
  }
  return highlights;
}

export default defineRule({
  meta: {
    id: 'reconnect-candidates',
    step: 'clean-up',
    title: 'Your connections in the target sectors are recent',
    failureTitle: 'Old connections in your target sectors are worth a message',
    description:
      'A contact in a sector the company targets is worth more than a new one, but only if the relationship is alive: a short message after a long silence often reopens a door.',
    severity: 'minor',
    requires: { 'linkedin-connections': ['connections'] },
    options: z.strictObject({ reconnectDays: z.number().int().positive().optional().describe('Days after which a connection in a target sector is worth a new message; defaults to checklist.reconnectDays') }),
    defaultOptions: {},
    messages: {
      reconnect:
        '{{count}} of the {{inSector}} connections in your target sectors loaded so far date from more than {{days}} days ago: pick a few and get back in touch.',
    },
    texts: {
      fixConnections: 'Open your connections',
      noSectors: 'The guidelines name no target sectors.',
      noConnections: 'No connection is listed.',
      noneInSector: 'None of the connections loaded so far is in a target sector.',
    },
    colleague: {
      title: 'The connections in the target sectors are recent',
      failureTitle: 'Old connections in the target sectors are worth a message',
      messages: {
        reconnect:
          '{{count}} of the {{inSector}} connections in the target sectors loaded so far date from more than {{days}} days ago: pick a few and get back in touch.',
      },
      texts: {
        fixConnections: 'Open the connections',
      },
    },
    fix: (_input, { t }) => ({ label: t('fixConnections'), url: LINKEDIN.connections }),
  },
  check({ fields: { connections } }, options, context) {
    const { guidelines, matchers, t } = context;
    if (matchers.sectors.length === 0) return notApplicable(t('noSectors'));
    if (!connections || connections.length === 0) return notApplicable(t('noConnections'));
    const days = options.reconnectDays ?? guidelines.checklist.reconnectDays;

    let inSector = 0;
    const candidates: Array<{ name: string; headline: string; url: string | null; age: number; ranges: Array<[number, number]> }> = [];
    for (const connection of connections) {
      const { headline } = connection;
      if (headline === null) continue;
      const tokens = matchers.tokens(headline);
      const ranges = matchers.sectors.flatMap(({ matcher }) => matcher.find(headline, tokens).map((m): [number, number] => [m.start, m.end]));
      if (ranges.length === 0) continue;
      inSector += 1;
      // An unknown connection date is not counted: unknown is not old.
      if (connection.connectedDaysAgo === null || connection.connectedDaysAgo <= days) continue;
      candidates.push({ name: connection.name, headline, url: connection.profileUrl, age: connection.connectedDaysAgo, ranges });
    }
    if (inSector === 0) return notApplicable(t('noneInSector'));
    if (candidates.length === 0) return pass();

    candidates.sort((a, b) => b.age - a.age);
    const evidence = listEvidence(candidates, ({ name, headline, url, ranges }) => {
      const prefix = `${name} · `;
      return {
        field: 'connections',
        text: `${prefix}${headline}`,
        highlights: highlightsOf(ranges, prefix.length),
        ...(url ? { url } : {}),
      };
    }, context, 'connections');
    // An opportunity, and one that reaching out does not clear from the page (the connection date stays): the score
    // never drops below 0.5, so it nudges without ever dominating the report.
    return fail('reconnect', { count: candidates.length, inSector, days }, evidence, 1 - 0.5 * (candidates.length / inSector));
  },
});
