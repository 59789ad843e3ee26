/**
 * @file Snapshot factories for rule tests: a valid, well-kept baseline per page type (an employee of the example
 * company, Brightwave Systems) plus overrides. Every snapshot is validated with the real schema, so a test can
 * never feed a rule something a reader could not produce.
 */
import {
  absent,
  type Connection,
  type FollowedAccount,
  type Invitation,
  LinkedInConnectionsSchema,
  type LinkedInConnectionsSnapshot,
  LinkedInInvitationsSchema,
  type LinkedInInvitationsSnapshot,
  LinkedInProfileSchema,
  type LinkedInProfileSnapshot,
  present,
  unreadable,
  XFollowingSchema,
  type XFollowingSnapshot,
  XProfileSchema,
  type XProfileSnapshot,
} from '../../src/snapshot';

export { absent, present, unreadable };

type Fields<S extends { fields: object }> = Partial<S['fields']>;

export function makeLinkedInProfile(
  fields: Fields<LinkedInProfileSnapshot> = {},
  top: Partial<Omit<LinkedInProfileSnapshot, 'fields'>> = {},
): LinkedInProfileSnapshot {
  return LinkedInProfileSchema.parse({
    site: 'linkedin',
    pageType: 'profile',
    url: 'https://www.linkedin.com/in/ada-vermeulen/',
    selfView: true,
    ...top,
    fields: {
      name: present('Ada Vermeulen'),
      headline: present('Head of Data Platform at Brightwave Systems · Reliable analytics for the energy transition'),
      about: present(
        'I build data platforms that energy companies and grid operators can trust. At Brightwave Systems I lead a team of nine ' +
          'working on data quality and observability for utilities moving to renewables. Before that: six years turning sensor ' +
          'data into maintenance plans for wind farms. Ask me about the Grid Data Summit #Brightwave. Views are my own.',
      ),
      location: present('Ghent, Flanders, Belgium'),
      photo: present(true),
      banner: present(true),
      connections: present(500),
      followers: present(1284),
      publicUrl: present({ slug: 'ada-vermeulen', custom: true }),
      openToWork: present(false),
      currentPositions: present([
        {
          title: 'Head of Data Platform',
          company: 'Brightwave Systems',
          companyPageUrl: 'https://www.linkedin.com/company/brightwave-systems/',
        },
      ]),
      skills: present(['Data engineering', 'Analytics', 'Energy transition']),
      featured: present(true),
      website: present('https://brightwave.example/team/ada'),
      ...fields,
    },
  });
}

export function makeXProfile(
  fields: Fields<XProfileSnapshot> = {},
  top: Partial<Omit<XProfileSnapshot, 'fields'>> = {},
): XProfileSnapshot {
  return XProfileSchema.parse({
    site: 'x',
    pageType: 'profile',
    url: 'https://x.com/adavermeulen',
    selfView: true,
    ...top,
    fields: {
      name: present('Ada Vermeulen'),
      handle: present('@adavermeulen'),
      bio: present('Data platforms for the energy transition at @BrightwaveSys. #Brightwave Views my own.'),
      location: present('Ghent'),
      website: present('brightwave.example/team/ada'),
      joined: present('2014-03'),
      followers: present(2310),
      following: present(412),
      photo: present(true),
      banner: present(true),
      pinnedPost: present('See you at the Grid Data Summit in December: three talks on grid data quality #GridDataSummit'),
      verified: present(false),
      ...fields,
    },
  });
}

let invitationSerial = 0;
export function makeInvitation(overrides: Partial<Invitation> = {}): Invitation {
  invitationSerial += 1;
  return {
    name: `Person ${invitationSerial}`,
    headline: 'Grid operations analyst at Stroomnet Oost',
    profileUrl: `https://www.linkedin.com/in/person-${invitationSerial}/`,
    mutualConnections: 3,
    message: 'Hi Ada, we met at the Grid Data meetup.',
    ageDays: 5,
    ...overrides,
  };
}

export function makeInvitations(
  direction: 'received' | 'sent',
  invitations: Invitation[] | ReturnType<typeof unreadable> | ReturnType<typeof absent>,
  totalCount: LinkedInInvitationsSnapshot['fields']['totalCount'] = Array.isArray(invitations)
    ? present(invitations.length)
    : unreadable(),
): LinkedInInvitationsSnapshot {
  return LinkedInInvitationsSchema.parse({
    site: 'linkedin',
    pageType: 'invitations',
    url: `https://www.linkedin.com/mynetwork/invitation-manager/${direction}/`,
    direction,
    fields: { invitations: Array.isArray(invitations) ? present(invitations) : invitations, totalCount },
  });
}

export function makeConnections(
  connections: Connection[] | ReturnType<typeof unreadable>,
): LinkedInConnectionsSnapshot {
  return LinkedInConnectionsSchema.parse({
    site: 'linkedin',
    pageType: 'connections',
    url: 'https://www.linkedin.com/mynetwork/invite-connect/connections/',
    fields: {
      connections: Array.isArray(connections) ? present(connections) : connections,
      totalCount: Array.isArray(connections) ? present(connections.length) : unreadable(),
    },
  });
}

export function makeFollowing(accounts: FollowedAccount[] | ReturnType<typeof unreadable>): XFollowingSnapshot {
  return XFollowingSchema.parse({
    site: 'x',
    pageType: 'following',
    url: 'https://x.com/adavermeulen/following',
    fields: { accounts: Array.isArray(accounts) ? present(accounts) : accounts },
  });
}

/**
 * A snapshot with fields replaced without validation: for rule tests that must hold past the caps a reader and the
 * schema set (src/snapshot/limits.ts), since the rules must stay bounded whatever they are given.
 */
export function withFieldsUnchecked<S extends { fields: object }>(snapshot: S, fields: Fields<S>): S {
  return { ...snapshot, fields: { ...snapshot.fields, ...fields } };
}
