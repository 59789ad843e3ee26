/**
 * @file Every rule's evidence and message stay bounded on a huge page: 100,000 invitations (received and sent),
 * 100,000 followed accounts, 100,000 connections, a profile whose About repeats every listed term. The snapshots are
 * built as plain objects, past any cap a reader or the schema may set, since the rules must hold whatever they get.
 */
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../../src/engine';
import { MAX_EVIDENCE } from '../../src/rules/shared/evidence';
import type { Snapshot } from '../../src/snapshot';
import { makeGuidelines, NOW } from '../helpers/guidelines';
import { makeLinkedInProfile, makeXProfile, present, withFieldsUnchecked } from '../helpers/snapshots';

const COUNT = 100_000;
const person = (i: number) => `Person ${i} ${'Longname'.repeat(i % 3 === 0 ? 40 : 1)}`;

function huge(): Array<[string, Snapshot]> {
  const invitations = (ageDays: number) =>
    Array.from({ length: COUNT }, (_, i) => ({
      name: person(i),
      headline: i % 2 ? 'Grid operations analyst at Stroomnet Oost' : 'Crypto trader, DM for signals',
      profileUrl: `https://www.linkedin.com/in/person-${i}/`,
      mutualConnections: i % 2 ? 3 : 0,
      message: null,
      ageDays,
    }));
  const invitationPage = (direction: 'received' | 'sent') =>
    ({
      site: 'linkedin',
      pageType: 'invitations',
      url: `https://www.linkedin.com/mynetwork/invitation-manager/${direction}/`,
      direction,
      fields: { invitations: present(invitations(400)), totalCount: present(COUNT) },
    }) as unknown as Snapshot;
  const following = {
    site: 'x',
    pageType: 'following',
    url: 'https://x.com/adavermeulen/following',
    fields: {
      accounts: present(
        Array.from({ length: COUNT }, (_, i) => ({ handle: `@p${i}`, name: person(i), bio: 'Crypto and memes', followsYou: false })),
      ),
    },
  } as unknown as Snapshot;
  const connections = {
    site: 'linkedin',
    pageType: 'connections',
    url: 'https://www.linkedin.com/mynetwork/invite-connect/connections/',
    fields: {
      connections: present(
        Array.from({ length: COUNT }, (_, i) => ({
          name: person(i),
          headline: 'Grid operations analyst at Stroomnet Oost',
          profileUrl: `https://www.linkedin.com/in/person-${i}/`,
          connectedDaysAgo: 2000,
        })),
      ),
      totalCount: present(COUNT),
    },
  } as unknown as Snapshot;
  const guidelines = makeGuidelines();
  const everyTerm = [
    ...guidelines.confidentiality.banned,
    ...guidelines.confidentiality.confidential.map(({ term }) => term),
    ...guidelines.confidentiality.competitors.map(({ name }) => name),
    ...guidelines.confidentiality.disparaging,
    ...guidelines.strategy.pastMessages,
    ...(guidelines.brand?.retiredNames ?? []),
    'Brightwave systems',
  ].map((term, i) => `${term.replace(/\*$/, `x${i}`)} `);
  const about = Array.from({ length: 3_000 }, (_, i) => `${everyTerm.join('')}${i} Brightwave${i % 7 ? '' : 'x'}. `).join('');
  return [
    ['received invitations', invitationPage('received')],
    ['sent invitations', invitationPage('sent')],
    ['followed accounts', following],
    ['connections', connections],
    ['LinkedIn profile', withFieldsUnchecked(makeLinkedInProfile(), { about: present(about), headline: present(about.slice(0, 5_000)) })],
    ['X profile', withFieldsUnchecked(makeXProfile(), { bio: present(about), pinnedPost: present(about) })],
  ];
}

describe('evidence and messages on a huge page', () => {
  it.each(huge())('stay bounded for every rule on %s', (_name, snapshot) => {
    const { findings } = checkSnapshot(snapshot, { guidelines: makeGuidelines(), now: NOW });
    for (const finding of findings) {
      expect.soft(finding.evidence.length, finding.ruleId).toBeLessThanOrEqual(MAX_EVIDENCE + 1);
      expect.soft(finding.message?.length ?? 0, finding.ruleId).toBeLessThan(4_000);
      expect.soft(JSON.stringify(finding).length, finding.ruleId).toBeLessThan(64_000);
    }
  });
});
