/** @file The invitation-manager and connections readers: their fixture pages, decoys, empty and odd pages, a generated long list. */
import { describe, expect, it } from 'vitest';
import { readLinkedInConnections } from '../../src/extract/linkedin/connections';
import { profileUrlOf, readLinkedInInvitations, readMessage } from '../../src/extract/linkedin/invitations';
import { LinkedInConnectionsSchema, LinkedInInvitationsSchema } from '../../src/snapshot';
import { LANGUAGES } from '../../src/snapshot/languages';
import { fixturePaths, loadFixture, parseHtml } from '../helpers/fixtures';
import { generateInvitations, invitationPageHtml } from '../helpers/generate-invitations';

const RECEIVED = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
const SENT = 'https://www.linkedin.com/mynetwork/invitation-manager/sent/';
const CONNECTIONS = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';

const page = (body: string, lang = 'en') =>
  parseHtml(`<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`);

describe('invitation and connections fixture pages', () => {
  const mine = fixturePaths().filter((path) => /linkedin[\\/](invitations|connections)[\\/]/.test(path));

  it('include at least four pages', () => {
    expect(mine.length).toBeGreaterThanOrEqual(4);
  });

  for (const path of mine) {
    const fixture = loadFixture(path);
    it(`reads ${fixture.name} as its expected snapshot`, () => {
      const doc = parseHtml(fixture.html);
      const isConnections = fixture.name.includes('connections');
      const result = isConnections
        ? readLinkedInConnections(doc, fixture.url)
        : readLinkedInInvitations(doc, fixture.url);
      const schema = isConnections ? LinkedInConnectionsSchema : LinkedInInvitationsSchema;
      expect(schema.safeParse(fixture.expected).error, 'expected JSON is not a valid snapshot').toBeUndefined();
      expect(schema.safeParse(result.snapshot).error).toBeUndefined();
      expect(result.snapshot).toEqual(fixture.expected);
      expect(LANGUAGES).toContain(result.diagnostics.language);
      expect(result.diagnostics.layout).toMatch(/^(artdeco-2024|sdui-2025)$/);
    });
  }
});

describe('readLinkedInInvitations', () => {
  it('takes the direction from the URL', () => {
    expect(readLinkedInInvitations(page('<main></main>'), SENT).snapshot.direction).toBe('sent');
    expect(readLinkedInInvitations(page('<main></main>'), RECEIVED).snapshot.direction).toBe('received');
    expect(
      readLinkedInInvitations(page('<main></main>'), 'https://www.linkedin.com/mynetwork/invitation-manager/').snapshot
        .direction,
    ).toBe('received');
  });

  it('reports an empty list as present [] when the page says there are no invitations', () => {
    const doc = page(`<main><div role="tablist"><a role="tab" aria-selected="true">Received</a></div>
      <section class="artdeco-empty-state"><h2 class="artdeco-empty-state__headline">No pending invitations</h2></section>
      <section><h2>People you may know</h2><ul><li><a href="/in/decoy/"><span>Decoy Person</span></a>
      <p>Ann Smith is a mutual connection</p><button aria-label="Invite Decoy Person to connect">Connect</button></li></ul></section></main>`);
    const { snapshot, diagnostics } = readLinkedInInvitations(doc, RECEIVED);
    expect(snapshot.fields.invitations).toEqual({ status: 'present', value: [] });
    expect(snapshot.fields.totalCount).toEqual({ status: 'unreadable', reason: 'no-match' });
    expect(diagnostics.fields.invitations?.strategy).toBe('empty-state');
  });

  it('is unreadable, not empty, when the list cannot be found (only decoys on the page)', () => {
    const doc = page(`<header id="global-nav"><a href="/in/ada-vermeulen/">Ada Vermeulen</a></header><main>
      <section><h2>People you may know</h2><ul><li><a href="/in/decoy/"><p>Decoy Person</p></a><p>Designer</p>
      <p>Ann Smith and 3 other mutual connections</p><p>2 weeks ago</p>
      <button aria-label="Invite Decoy Person to connect">Connect</button></li></ul></section></main>`);
    const { snapshot } = readLinkedInInvitations(doc, RECEIVED);
    expect(snapshot.fields.invitations).toEqual({ status: 'unreadable', reason: 'no-match' });
    expect(snapshot.fields.totalCount).toEqual({ status: 'unreadable', reason: 'no-match' });
  });

  it('never throws on an empty or odd document', () => {
    expect(() => readLinkedInInvitations(new DOMParser().parseFromString('', 'text/html'), RECEIVED)).not.toThrow();
    expect(() =>
      readLinkedInInvitations(page('<main><li><a href="javascript:alert(1)">x</a></li></main>'), 'not a url'),
    ).not.toThrow();
  });

  it('finds cards by their aria-labels alone, in any of the three languages', () => {
    const card = (label: string, name: string, age: string) =>
      `<li><a href="https://www.linkedin.com/in/${name.toLowerCase().replace(/ /g, '-')}/"><p>${name}</p></a>
       <p>Engineer</p><p>${age}</p><button aria-label="${label}">x</button></li>`;
    const doc = page(
      `<main><ul>${card('Accepter l’invitation d’Anne Roy', 'Anne Roy', 'il y a 2 semaines')}
       ${card('Uitnodiging van Jan de Wit accepteren', 'Jan de Wit', '3 dagen geleden')}
       ${card('Accept Ann Smith’s invitation', 'Ann Smith', '1 month ago')}</ul></main>`,
      '',
    );
    const { snapshot, diagnostics } = readLinkedInInvitations(doc, RECEIVED);
    expect(diagnostics.fields.invitations?.strategy).toBe('aria-label:invitation-actions');
    expect(diagnostics.language).toBe('fr');
    expect(snapshot.fields.invitations).toMatchObject({
      status: 'present',
      value: [
        { name: 'Anne Roy', headline: 'Engineer', ageDays: 14, mutualConnections: null },
        { name: 'Jan de Wit', ageDays: 3 },
        { name: 'Ann Smith', ageDays: 30 },
      ],
    });
  });

  it('takes the name from the Accept button when the card shows no name link', () => {
    const doc = page(`<main><div role="list"><div role="listitem"><div data-view-name="pending-invitation">
      <p>Chef de produit</p><p>il y a 3 jours</p>
      <button data-view-name="invitation-action" aria-label="Accepter l’invitation de Léon Petit">Accepter</button>
      </div></div></div></main>`);
    const { snapshot } = readLinkedInInvitations(doc, RECEIVED);
    expect(snapshot.fields.invitations).toEqual({
      status: 'present',
      value: [
        {
          name: 'Léon Petit',
          headline: 'Chef de produit',
          profileUrl: null,
          mutualConnections: null,
          message: null,
          ageDays: 3,
        },
      ],
    });
  });

  it('keeps flag and keycap emoji drawn as images in a name and a headline, and drops a photo’s alt', () => {
    const doc = page(`<main><div role="list"><div role="listitem"><div data-view-name="pending-invitation">
      <a href="/in/lotte-peeters/"><img alt="Lotte Peeters’ profile photo" src="https://media.licdn.example/p.jpg"></a>
      <a href="/in/lotte-peeters/"><p>Lotte Peeters <img alt="🇧🇪" src="https://static.licdn.example/emoji/1f1e7-1f1ea.png"></p></a>
      <p>Product lead <img alt="1️⃣" src="https://static.licdn.example/emoji/31-20e3.png"> Ghent</p><p>2 days ago</p>
      <button data-view-name="invitation-action" aria-label="Accept Lotte Peeters’s invitation">Accept</button>
      </div></div></div></main>`);
    const { snapshot } = readLinkedInInvitations(doc, RECEIVED);
    expect(snapshot.fields.invitations).toMatchObject({
      status: 'present',
      value: [{ name: 'Lotte Peeters 🇧🇪', headline: 'Product lead 1️⃣ Ghent', ageDays: 2 }],
    });
  });

  it('does not read a Dutch headline with "hier" as an age', () => {
    const doc = page(
      `<main><div role="listitem" data-view-name="pending-invitation">
      <a href="/in/kim-aerts/"><p>Kim Aerts</p></a><p>Ik werk hier graag</p><p>gisteren</p>
      <button data-view-name="invitation-action" aria-label="Uitnodiging van Kim Aerts accepteren">Accepteren</button>
      </div></main>`,
      'nl',
    );
    const { snapshot } = readLinkedInInvitations(doc, RECEIVED);
    expect(snapshot.fields.invitations).toMatchObject({ value: [{ headline: 'Ik werk hier graag', ageDays: 1 }] });
  });

  it.each([
    ['en', '<div class="mn-invitation-manager__filters"><button aria-pressed="false">All</button><button aria-pressed="true">People (12)</button><button aria-pressed="false">Newsletters (3)</button></div>', 'Received'],
    ['fr', '<div role="group" aria-label="Filtrer les invitations"><button aria-pressed="true">Personnes (12)</button><button aria-pressed="false">Pages (2)</button></div>', 'Reçues'],
    ['nl', '<div><button type="button" aria-pressed="true">Personen (1.012)</button><button type="button" aria-pressed="false">Evenementen (4)</button></div>', 'Ontvangen'],
  ])('reads the total from the People filter pill when it is the only count on the page (%s)', (lang, pills, tab) => {
    const doc = page(
      `<main><div role="tablist"><a role="tab" aria-selected="true" href="/mynetwork/invitation-manager/">${tab}</a></div>${pills}
      <ul class="mn-invitation-list"><li class="invitation-card"><a href="/in/x-y/"><span>X Y</span></a><p>Designer</p><time>2 weeks ago</time>
      <button aria-label="Ignore an invitation to connect from X Y">Ignore</button><button aria-label="Accept X Y’s invitation">Accept</button></li></ul></main>`,
      lang,
    );
    const { snapshot, diagnostics } = readLinkedInInvitations(doc, RECEIVED);
    expect(snapshot.fields.invitations).toMatchObject({ status: 'present', value: [{ name: 'X Y' }] });
    expect(snapshot.fields.totalCount).toEqual({ status: 'present', value: lang === 'nl' ? 1012 : 12 });
    expect(diagnostics.fields.totalCount?.strategy).toBe('pill:people');
  });

  it('never reads the received count on the sent tab', () => {
    const doc = page(`<main><nav><a href="/mynetwork/invitation-manager/received/">Received (27)</a>
      <a aria-current="page" href="/mynetwork/invitation-manager/sent/">Sent</a></nav>
      <ul><li><a href="/in/x-y/"><p>X Y</p></a><p>Sent 2 days ago</p>
      <button data-view-name="sent-invitations-withdraw-single" aria-label="Withdraw invitation sent to X Y">Withdraw</button></li></ul></main>`);
    const { snapshot } = readLinkedInInvitations(doc, SENT);
    expect(snapshot.fields.totalCount).toEqual({ status: 'unreadable', reason: 'no-match' });
    expect(snapshot.fields.invitations).toMatchObject({
      value: [{ name: 'X Y', ageDays: 2, mutualConnections: null }],
    });
  });

  // No time limit is meant here: parsing a page of 300 cards takes seconds in the test DOM on a loaded machine, so the
  // timeout only guards against a hang. How reading cost grows is tested in bounds.test.ts (DOM queries) and timed
  // in `npm run bench`.
  it('reads a generated page of 300 invitations with the generated names and values', { timeout: 120_000 }, () => {
    const generated = generateInvitations(300, { seed: 7 });
    const doc = parseHtml(invitationPageHtml(300, { seed: 7 }));
    const { snapshot } = readLinkedInInvitations(doc, RECEIVED);
    expect(snapshot.fields.invitations.status).toBe('present');
    const value = snapshot.fields.invitations.status === 'present' ? snapshot.fields.invitations.value : [];
    expect(value).toHaveLength(300);
    expect(value.map((i) => i.name)).toEqual(generated.map((i) => i.name));
    expect(value).toEqual(generated.map(({ expected }) => expected));
    expect(snapshot.fields.totalCount).toEqual({ status: 'present', value: 300 });
    expect(LinkedInInvitationsSchema.safeParse(snapshot).error).toBeUndefined();
  });

  it('reads a generated sent page: no mutual connections, no messages', () => {
    const generated = generateInvitations(40, { seed: 3, direction: 'sent' });
    const doc = parseHtml(invitationPageHtml(40, { seed: 3, direction: 'sent' }));
    const { snapshot } = readLinkedInInvitations(doc, SENT);
    const value = snapshot.fields.invitations.status === 'present' ? snapshot.fields.invitations.value : [];
    expect(value).toEqual(generated.map(({ expected }) => expected));
    expect(value.every((i) => i.mutualConnections === null && i.message === null)).toBe(true);
  });

  it('generates the same page for the same seed and a different one for another seed', () => {
    expect(invitationPageHtml(20, { seed: 1 })).toBe(invitationPageHtml(20, { seed: 1 }));
    expect(invitationPageHtml(20, { seed: 1 })).not.toBe(invitationPageHtml(20, { seed: 2 }));
  });
});

describe('readLinkedInConnections', () => {
  it('finds connection cards by their "Connected … ago" line when the class hooks are gone', () => {
    const doc = page(
      `<main><h2>1.284 connecties</h2><div role="list">
      <div role="listitem"><a href="/in/eva-smit/"><p>Eva Smit</p></a><p>Boekhouder</p><p>Verbonden 1 jaar geleden</p>
      <button aria-label="Bericht sturen naar Eva Smit">Bericht</button></div>
      <div role="listitem"><a href="/in/decoy/"><p>Decoy Person</p></a><p>Designer</p><p>2 weken geleden</p>
      <button aria-label="Decoy Person uitnodigen om te connecten">Connectie maken</button></div></div></main>`,
      'nl',
    );
    const { snapshot, diagnostics } = readLinkedInConnections(doc, CONNECTIONS);
    expect(diagnostics.fields.connections?.strategy).toBe('connected-line');
    expect(snapshot.fields.totalCount).toEqual({ status: 'present', value: 1284 });
    expect(snapshot.fields.connections).toEqual({
      status: 'present',
      value: [
        {
          name: 'Eva Smit',
          headline: 'Boekhouder',
          profileUrl: 'https://www.linkedin.com/in/eva-smit/',
          connectedDaysAgo: 365,
        },
      ],
    });
  });

  it('reads the French total with a narrow no-break space', () => {
    const doc = page(
      '<main><header class="mn-connections__header"><h1>1\u202f284 relations</h1></header></main>',
      'fr',
    );
    const { snapshot } = readLinkedInConnections(doc, CONNECTIONS);
    expect(snapshot.fields.totalCount).toEqual({ status: 'present', value: 1284 });
    expect(snapshot.fields.connections).toEqual({ status: 'unreadable', reason: 'no-match' });
  });

  it('never reads the sidebar count outside the main column', () => {
    const doc = page(
      `<aside><a href="/mynetwork/invite-connect/connections/"><h3>1,284 connections</h3></a></aside><main></main>`,
    );
    expect(readLinkedInConnections(doc, CONNECTIONS).snapshot.fields.totalCount).toEqual({ status: 'unreadable', reason: 'no-match' });
  });
});

describe('card helpers', () => {
  it('canonicalises profile links and refuses other hosts', () => {
    expect(profileUrlOf('/in/ann-smith-1a2b/?miniProfileUrn=urn%3Ali', RECEIVED)).toBe(
      'https://www.linkedin.com/in/ann-smith-1a2b/',
    );
    expect(profileUrlOf('https://www.linkedin.com/in/ann#x', RECEIVED)).toBe('https://www.linkedin.com/in/ann/');
    expect(profileUrlOf('/in/josé-peña/', RECEIVED)).toBe('https://www.linkedin.com/in/jos%C3%A9-pe%C3%B1a/');
    expect(profileUrlOf('https://evil.example/in/ann/', RECEIVED)).toBeNull();
    expect(profileUrlOf('/company/brightwave-systems/', RECEIVED)).toBeNull();
    expect(profileUrlOf('/in/ann/', 'not a url')).toBeNull();
    expect(profileUrlOf(null, RECEIVED)).toBeNull();
  });

  it('keeps the "see more" control from fusing with the last word of a message', () => {
    const box = (html: string) => parseHtml(`<div id="m">${html}</div>`).getElementById('m') as Element;
    expect(readMessage(box('<span>to meet you</span><a role="button" class="lt-line-clamp__more">…see more</a>'))).toBe(
      'to meet you',
    );
    expect(readMessage(box('Salut Ada, à bientôt…<button type="button">voir plus</button>'))).toBe(
      'Salut Ada, à bientôt',
    );
    expect(readMessage(box('Hoi <strong>Wout</strong>, tot dan!<span class="visually-hidden">Bericht</span>'))).toBe(
      'Hoi Wout, tot dan!',
    );
  });
});
