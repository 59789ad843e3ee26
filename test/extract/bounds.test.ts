/**
 * @file Huge pages are read within the snapshot's bounds (src/snapshot/limits.ts): a list keeps its first entries
 * with the number of cards the page showed (`seen`) and `truncated`; a 5 MB About is cut and marked; reading stops
 * at the bound, counted in DOM queries (never in time: timings are in `npm run bench`). Huge lists are made by
 * cloning the cards of a generated page, since parsing thousands of cards is slow in the test DOM.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boundListField, boundSnapshot, cutText } from '../../src/extract/bound';
import { readText } from '../../src/extract/dom';
import { readLinkedInInvitations } from '../../src/extract/linkedin/invitations';
import { readLinkedInProfile } from '../../src/extract/linkedin/profile';
import { MAX_PEOPLE, MAX_TEXT, SnapshotSchema } from '../../src/snapshot';
import { MAX_ANY_TEXT } from '../../src/snapshot/limits';
import { fixturePaths, loadFixture, parseHtml } from '../helpers/fixtures';
import { generateInvitations, invitationPageHtml } from '../helpers/generate-invitations';
import { makeFollowing } from '../helpers/snapshots';

const RECEIVED = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
const GENERATED = 40;

/** A received-invitations page whose list holds `count` cards: the generated cards repeated in order. */
function hugePage(count: number): Document {
  const doc = parseHtml(invitationPageHtml(GENERATED, { seed: 11 }));
  const list = doc.querySelector('.mn-invitation-list') as Element;
  const cards = Array.from(list.querySelectorAll('li.invitation-card'));
  for (let index = GENERATED; index < count; index++) list.append((cards[index % GENERATED] as Element).cloneNode(true));
  return doc;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a list longer than its bound', () => {
  it(`keeps the first ${MAX_PEOPLE} invitations of 1,200, with seen and truncated`, () => {
    const generated = generateInvitations(GENERATED, { seed: 11 });
    const { snapshot } = readLinkedInInvitations(hugePage(1_200), RECEIVED);
    const list = snapshot.fields.invitations;
    expect(list).toMatchObject({ status: 'present', truncated: true, seen: 1_200 });
    const value = list.status === 'present' ? list.value : [];
    expect(value).toHaveLength(MAX_PEOPLE);
    expect(value).toEqual(Array.from({ length: MAX_PEOPLE }, (_, i) => generated[i % GENERATED]?.expected));
    expect(SnapshotSchema.safeParse(snapshot).error).toBeUndefined();
  }, 120_000);

  it('reads a list at its bound whole, without marks', () => {
    const { snapshot } = readLinkedInInvitations(hugePage(MAX_PEOPLE), RECEIVED);
    const list = snapshot.fields.invitations;
    expect(list.status === 'present' && list.value.length).toBe(MAX_PEOPLE);
    expect(list).not.toHaveProperty('truncated');
    expect(list).not.toHaveProperty('seen');
  }, 120_000);

  it('stops reading cards at the bound: twice the cards, the same number of DOM queries', () => {
    const small = hugePage(MAX_PEOPLE + 100);
    const large = hugePage(2 * (MAX_PEOPLE + 100));
    const one = vi.spyOn(Element.prototype, 'querySelector');
    const all = vi.spyOn(Element.prototype, 'querySelectorAll');
    const queries = (doc: Document) => {
      one.mockClear();
      all.mockClear();
      const { snapshot } = readLinkedInInvitations(doc, RECEIVED);
      expect(snapshot.fields.invitations).toMatchObject({ truncated: true });
      return one.mock.calls.length + all.mock.calls.length;
    };
    const onSmall = queries(small);
    expect(onSmall).toBeGreaterThan(MAX_PEOPLE);
    expect(queries(large)).toBe(onSmall);
  }, 120_000);
});

describe('the cards of a long list, found in one scan', () => {
  it('tells the layouts apart without matching a selector again on every hook: no `matches` per card', () => {
    const doc = hugePage(MAX_PEOPLE + 100);
    const matches = vi.spyOn(Element.prototype, 'matches');
    const { snapshot } = readLinkedInInvitations(doc, RECEIVED);
    expect(snapshot.fields.invitations).toMatchObject({ seen: MAX_PEOPLE + 100 });
    // The few left are the list's header places (countPlaces); 3 per card once went to the strategies' filters.
    expect(matches.mock.calls.length).toBeLessThan(100);
  }, 120_000);
});

describe('a text longer than its bound', () => {
  it('cuts a 5 MB About to its bound and marks it', () => {
    const fixture = loadFixture(fixturePaths().find((path) => path.endsWith('2024-06-artdeco-en-self.html')) as string);
    const doc = parseHtml(fixture.html);
    const about = (fixture.expected as { fields: { about: { value: string } } }).fields.about.value;
    // The innermost element that shows the About text.
    const showing = Array.from(doc.body.querySelectorAll('*')).filter((candidate) => readText(candidate) === about);
    const el = showing.find((candidate) => !showing.some((other) => other !== candidate && candidate.contains(other)));
    expect(el).toBeDefined();
    (el as Element).textContent = 'Brightwave helps teams ship. '.repeat(180_000);
    const { snapshot } = readLinkedInProfile(doc, fixture.url);
    const field = snapshot.fields.about;
    expect(field).toMatchObject({ status: 'present', truncated: true });
    expect(field.status === 'present' && field.value.length).toBeLessThanOrEqual(MAX_TEXT.about);
    expect(field.status === 'present' && field.value.startsWith('Brightwave helps teams ship. Brightwave')).toBe(true);
  }, 120_000);
});

describe('boundSnapshot', () => {
  it('never splits an emoji', () => {
    expect(cutText('ab😀', 3)).toBe('ab');
    expect(cutText('ab😀', 4)).toBe('ab😀');
  });

  it('marks a list whose entries all came through but with a text cut', () => {
    const bio = 'x'.repeat(MAX_TEXT.bio + 10);
    const bounded = boundSnapshot(makeFollowing([{ handle: '@ada', name: 'Ada', bio: 'short', followsYou: false }]));
    expect(bounded.fields.accounts).not.toHaveProperty('truncated');
    const field = boundListField(
      { status: 'present', value: [{ handle: '@ada', name: 'Ada', bio, followsYou: false }] },
      MAX_PEOPLE,
      (account, cuts) => ({ ...account, bio: account.bio && account.bio.length > MAX_TEXT.bio ? ((cuts.any = true), account.bio.slice(0, MAX_TEXT.bio)) : account.bio }),
    );
    expect(field).toMatchObject({ status: 'present', truncated: true, seen: 1 });
  });

  it('drops an address too long to keep rather than cut it', () => {
    const snapshot = boundSnapshot({
      site: 'linkedin',
      pageType: 'connections',
      url: 'https://www.linkedin.com/mynetwork/invite-connect/connections/',
      fields: {
        connections: {
          status: 'present',
          value: [{ name: 'Ada', headline: null, profileUrl: `https://www.linkedin.com/in/${'a'.repeat(3_000)}/`, connectedDaysAgo: 1 }],
        },
        totalCount: { status: 'present', value: 1 },
      },
    });
    expect(snapshot.fields.connections).toMatchObject({ truncated: true, seen: 1, value: [{ profileUrl: null }] });
  });
});

describe('MAX_ANY_TEXT', () => {
  it('is the largest text bound, so normalising never stops short of a field’s bound', () => {
    expect(MAX_ANY_TEXT).toBe(Math.max(...Object.values(MAX_TEXT)));
  });
});
