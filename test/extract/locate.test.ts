/**
 * @file The locators behind "Show on page", on the real fixture pages: each readable field points at an element of
 * the profile's own part holding that field's text, never at a decoy (nav bar, sidebars, "People also viewed",
 * hidden copies); each evidence link of a list points at that person's card.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/extract/dom';
import { ALL_READERS, readPage } from '../../src/extract';
import { locateWith } from '../../src/extract/readers';
import type { ShowTarget } from '../../src/snapshot/pages/page-type';
import { readXText } from '../../src/extract/x/profile';
import { X } from '../../src/engine/fix-urls';
import { fixturePaths, loadFixture, parseHtml } from '../helpers/fixtures';

type AnyField = { status: string; value?: unknown };

const fixtures = (folder: string) =>
  fixturePaths()
    .map(loadFixture)
    .filter((fixture) => fixture.name.startsWith(folder));

function setup(folder: string) {
  return fixtures(folder).map((fixture) => {
    const doc = parseHtml(fixture.html);
    const result = readPage(doc, fixture.url);
    if (!result) throw new Error(`${fixture.name}: no reader`);
    const fields = result.snapshot.fields as Record<string, AnyField>;
    const locate = (target: ShowTarget) => locateWith(ALL_READERS, doc, fixture.url, target);
    return { name: fixture.name, doc, fields, locate };
  });
}

/** The headings of the parts of a page built from the profile's markup that are not the profile. */
const DECOY_HEADING = /people also viewed|more profiles for you|autres profils consult|who to follow|you might like/i;

/** Never in the nav bar, a sidebar, an overlay, a hidden copy, or a card of other people. */
function expectNoDecoy(el: Element): void {
  expect(el.closest('nav, aside, header#global-nav, [hidden], [data-testid="sidebarColumn"], #layers')).toBeNull();
  for (let up: Element | null = el; up; up = up.parentElement) {
    if (up.matches('section, [componentkey]')) {
      expect(readText(up.querySelector('h2'))).not.toMatch(DECOY_HEADING);
    }
  }
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

const TOP_CARD = '[componentkey$="Topcard"], [componentkey$="TopCard"], section[data-member-id], .pv-top-card';
const TOP_CARD_FIELDS = ['name', 'headline', 'location', 'photo', 'banner', 'connections', 'followers', 'openToWork'];

describe('LinkedIn profile locator', () => {
  for (const { name, fields, locate } of setup('linkedin/profile/')) {
    it(`${name}: each readable field points into the profile's own part, with its text`, () => {
      let located = 0;
      for (const [field, state] of Object.entries(fields)) {
        if (state.status !== 'present' || field === 'publicUrl' || state.value === false) continue;
        const el = locate({ field });
        // Followers may be printed only in the Activity card's header: the top card is still the profile's own.
        expect(el, field).not.toBeNull();
        if (!el) continue;
        located += 1;
        expectNoDecoy(el);
        if (TOP_CARD_FIELDS.includes(field) || field === 'website') expect(el.closest(TOP_CARD), field).not.toBeNull();
        const text = normalize(readText(el));
        const value = state.value;
        if (field === 'name' || field === 'headline') expect(text, field).toBe(value);
        if (field === 'location') expect(text, field).toContain(value);
        if (field === 'about') expect(text).toContain(normalize(String(value)).slice(0, 40));
        if (field === 'skills') expect(text).toContain((value as string[])[0]);
        if (field === 'currentPositions') {
          for (const position of value as { title: string }[]) expect(text).toContain(position.title);
        }
        if (field === 'photo') expect(el.tagName).toBe('IMG');
      }
      expect(located).toBeGreaterThan(3);
    });
  }

  it('points at nothing for a field it does not know or an evidence link on a profile', () => {
    const [first] = setup('linkedin/profile/');
    expect(first?.locate({ field: 'campaigns' })).toBeNull();
    expect(first?.locate({ url: 'https://www.linkedin.com/in/someone-else/' })).toBeNull();
  });
});

describe('LinkedIn list locators', () => {
  for (const { name, fields, locate } of [...setup('linkedin/invitations/'), ...setup('linkedin/connections/')]) {
    it(`${name}: each person's link points at the card with their name`, () => {
      const people = (fields.invitations ?? fields.connections)?.value as { name: string; profileUrl: string | null }[];
      expect(people.length).toBeGreaterThan(0);
      const cards = new Set<Element>();
      for (const person of people) {
        if (!person.profileUrl) continue;
        const card = locate({ url: person.profileUrl });
        expect(card, person.name).not.toBeNull();
        expect(readText(card)).toContain(person.name);
        expectNoDecoy(card as Element);
        // One card per person (a card may name others as mutual connections, but it is not theirs).
        expect(cards.has(card as Element), person.name).toBe(false);
        cards.add(card as Element);
      }
      expect(locate({ url: 'https://www.linkedin.com/in/nobody-on-this-page/' })).toBeNull();
    });
  }
});

describe('X locators', () => {
  const TEST_IDS: Record<string, string> = {
    name: 'UserName',
    handle: 'UserName',
    bio: 'UserDescription',
    location: 'UserLocation',
    website: 'UserUrl',
    joined: 'UserJoinDate',
    pinnedPost: 'tweet',
  };
  for (const { name, doc, fields, locate } of setup('x/profile/')) {
    // A page without its primary column (2025-06-nl-no-column) is read from hooks found once in the document.
    const column = doc.querySelector('[data-testid="primaryColumn"]') ? '[data-testid="primaryColumn"]' : 'body';
    it(`${name}: each readable field points at its own data-testid in the profile's column`, () => {
      for (const [field, state] of Object.entries(fields)) {
        if (state.status !== 'present' || !(field in TEST_IDS || field === 'photo' || field === 'banner')) continue;
        if (field === 'banner' && state.value === false) continue;
        const el = locate({ field });
        expect(el, field).not.toBeNull();
        if (!el) continue;
        expectNoDecoy(el);
        expect(el.closest(column), field).not.toBeNull();
        if (TEST_IDS[field]) expect(el.getAttribute('data-testid')).toBe(TEST_IDS[field]);
        if (typeof state.value === 'string' && field !== 'joined') expect(readXText(el)).toContain(state.value);
      }
    });
  }

  for (const { name, fields, locate } of setup('x/following/')) {
    it(`${name}: each followed account's link points at its own cell`, () => {
      const accounts = fields.accounts?.value as { handle: string }[];
      expect(accounts.length).toBeGreaterThan(0);
      for (const { handle } of accounts) {
        const cell = locate({ url: X.profile(handle) });
        expect(cell?.getAttribute('data-testid'), handle).toBe('UserCell');
        expect(readXText(cell)).toContain(handle);
        expectNoDecoy(cell as Element);
      }
      expect(locate({ url: X.profile('@nobody_here') })).toBeNull();
    });
  }
});
