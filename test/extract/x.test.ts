/** @file The X readers on their own fixtures (independent of the other readers) and on small edge-case pages. */
import { describe, expect, it } from 'vitest';
import { CELLS_FALLBACK_NOTE, readXFollowing } from '../../src/extract/x/following';
import { locateXProfile, readXProfile, UNIQUE_FALLBACK_NOTE, X_PROFILE_SHOWS } from '../../src/extract/x/profile';
import { MAX_TEXT, SnapshotSchema } from '../../src/snapshot';
import { fixturePaths, loadFixture, parseHtml } from '../helpers/fixtures';

const xFixtures = fixturePaths().filter((path) => /[\\/]x[\\/]/.test(path));

describe('X fixtures', () => {
  for (const path of xFixtures) {
    const fixture = loadFixture(path);
    it(`reads ${fixture.name} as expected`, () => {
      const doc = parseHtml(fixture.html);
      const result = /following/.test(fixture.name) ? readXFollowing(doc, fixture.url) : readXProfile(doc, fixture.url);
      expect(SnapshotSchema.safeParse(result.snapshot).error).toBeUndefined();
      expect(result.snapshot).toEqual(fixture.expected);
    });
  }
});

const page = (body: string, lang = 'en') =>
  parseHtml(
    `<!DOCTYPE html><html lang="${lang}"><head><title>X</title></head><body><div id="react-root">${body}</div></body></html>`,
  );

const userName = (name: string, handle: string, extra = '') =>
  `<div data-testid="UserName"><div><div dir="ltr"><span><span>${name}</span></span></div>${extra}</div><div><div dir="ltr"><span>@${handle}</span></div></div></div>`;

const tweet = (author: string, text: string, context = '') =>
  `<div data-testid="cellInnerDiv"><article data-testid="tweet">${context ? `<span data-testid="socialContext"><span>${context}</span></span>` : ''}<div data-testid="User-Name"><a href="/${author}"><div dir="ltr"><span>${author}</span></div></a></div><div data-testid="tweetText"><span>${text}</span></div></article></div>`;

function profilePage(opts: { header?: string; timeline?: string; sidebar?: string; layers?: string; lang?: string }) {
  const header =
    opts.header ??
    `<div><a href="/ada_v/photo"><img src="https://pbs.twimg.example/profile_images/1/a_400x400.jpg"></a>${userName('Ada V', 'ada_v')}<div data-testid="UserProfileHeader_Items"><span data-testid="UserJoinDate"><span>Joined May 2020</span></span></div><a href="/ada_v/following"><span>10</span> <span>Following</span></a><a href="/ada_v/verified_followers"><span>1</span> <span>Follower</span></a></div>`;
  const timeline =
    opts.timeline === undefined
      ? ''
      : `<div role="tablist"></div><section role="region"><div aria-label="Timeline: Ada V’s posts"><div>${opts.timeline}</div></div></section>`;
  return page(
    `<main role="main"><div data-testid="primaryColumn"><div>${header}${timeline}</div></div><div data-testid="sidebarColumn">${opts.sidebar ?? ''}</div></main><div id="layers">${opts.layers ?? ''}</div>`,
    opts.lang,
  );
}

describe('readXProfile edge cases', () => {
  it('reads nothing, and throws nothing, on an empty document', () => {
    const { snapshot, diagnostics } = readXProfile(page(''), 'https://x.com/ada_v');
    expect(snapshot.selfView).toBeNull();
    for (const field of Object.values(snapshot.fields)) expect(field).toEqual({ status: 'unreadable', reason: 'no-match' });
    expect(diagnostics.layout).toBeNull();
  });

  it('never takes the profile from a hover card or the sidebar', () => {
    const decoy = `<div data-testid="HoverCard">${userName('Someone Else', 'someone_else')}<div data-testid="UserDescription">Not Ada</div></div>`;
    const { snapshot } = readXProfile(
      page(
        `<main><div data-testid="primaryColumn"></div><div data-testid="sidebarColumn">${decoy}</div></main><div id="layers">${decoy}</div>`,
      ),
      'https://x.com/ada_v',
    );
    expect(snapshot.fields.name).toEqual({ status: 'unreadable', reason: 'no-match' });
    expect(snapshot.fields.bio).toEqual({ status: 'unreadable', reason: 'no-match' });
  });

  it('says absent for a missing bio, location and website once the header is recognised, and reads "1 Follower"', () => {
    const { snapshot } = readXProfile(profilePage({}), 'https://x.com/ada_v');
    expect(snapshot.fields.bio).toEqual({ status: 'absent' });
    expect(snapshot.fields.location).toEqual({ status: 'absent' });
    expect(snapshot.fields.website).toEqual({ status: 'absent' });
    expect(snapshot.fields.joined).toEqual({ status: 'present', value: '2020-05' });
    expect(snapshot.fields.followers).toEqual({ status: 'present', value: 1 });
    expect(snapshot.fields.following).toEqual({ status: 'present', value: 10 });
    expect(snapshot.fields.verified).toEqual({ status: 'present', value: false });
    expect(snapshot.fields.banner).toEqual({ status: 'present', value: false });
    // No timeline on the page: cannot tell whether a post is pinned.
    expect(snapshot.fields.pinnedPost).toEqual({ status: 'unreadable', reason: 'no-match' });
    // No edit or follow button: unknown, not false.
    expect(snapshot.selfView).toBeNull();
  });

  it('leaves location and website unreadable when the header items are missing', () => {
    const header = `<div><a href="/ada_v/photo"><img src="https://x.example/a.jpg"></a>${userName('Ada V', 'ada_v')}</div>`;
    const { snapshot } = readXProfile(profilePage({ header }), 'https://x.com/ada_v');
    expect(snapshot.fields.location).toEqual({ status: 'unreadable', reason: 'no-match' });
    expect(snapshot.fields.website).toEqual({ status: 'unreadable', reason: 'no-match' });
    expect(snapshot.fields.joined).toEqual({ status: 'unreadable', reason: 'no-match' });
  });

  it('reads the pinned post only from the profile owner, and only proves its absence on the Posts tab', () => {
    const pinned = tweet('ada_v', 'Hello <b>world</b>', 'Pinned');
    expect(readXProfile(profilePage({ timeline: pinned }), 'https://x.com/ada_v').snapshot.fields.pinnedPost).toEqual({
      status: 'present',
      value: 'Hello world',
    });
    const foreign = tweet('mallory', 'Not Ada’s', 'Pinned');
    expect(readXProfile(profilePage({ timeline: foreign }), 'https://x.com/ada_v').snapshot.fields.pinnedPost).toEqual({
      status: 'unreadable',
      reason: 'no-match',
    });
    const plain = tweet('ada_v', 'An ordinary post');
    expect(readXProfile(profilePage({ timeline: plain }), 'https://x.com/ada_v').snapshot.fields.pinnedPost).toEqual({
      status: 'absent',
    });
    expect(
      readXProfile(profilePage({ timeline: plain }), 'https://x.com/ada_v/media').snapshot.fields.pinnedPost,
    ).toEqual({ status: 'unreadable', reason: 'not-shown' });
    const spinner = '<div role="progressbar"></div>';
    expect(readXProfile(profilePage({ timeline: spinner }), 'https://x.com/ada_v').snapshot.fields.pinnedPost).toEqual({
      status: 'unreadable',
      reason: 'no-match',
    });
    const empty = '<div data-testid="emptyState"><span>Ada V hasn’t posted</span></div>';
    expect(readXProfile(profilePage({ timeline: empty }), 'https://x.com/ada_v').snapshot.fields.pinnedPost).toEqual({
      status: 'absent',
    });
  });

  it('reads a French pinned label, and finds the language from the following count without <html lang>', () => {
    const timeline = tweet('ada_v', 'Épinglé en haut', 'Épinglé');
    const doc = profilePage({ timeline, lang: '' });
    const { snapshot, diagnostics } = readXProfile(doc, 'https://x.com/ada_v');
    expect(snapshot.fields.pinnedPost).toEqual({ status: 'present', value: 'Épinglé en haut' });
    expect(diagnostics.language).toBe('en');
  });

  it('keeps markup-like and right-to-left text as plain text', () => {
    const header = `<div>${userName('&lt;img src=x onerror=alert(1)&gt; ‏مرحبا', 'ada_v')}<div data-testid="UserDescription"><span>${'&lt;b&gt;'.repeat(2000)}</span></div></div>`;
    const { snapshot } = readXProfile(profilePage({ header }), 'https://x.com/ada_v');
    expect(snapshot.fields.name).toEqual({ status: 'present', value: '<img src=x onerror=alert(1)> ‏مرحبا' });
    // 6,000 characters: cut to the bio's bound (X allows 160) and marked.
    expect(snapshot.fields.bio).toEqual({
      status: 'present',
      value: '<b>'.repeat(2000).slice(0, MAX_TEXT.bio),
      truncated: true,
    });
  });

  it('sees self view from the edit button label when its data-testid is gone', () => {
    const header = `<div>${userName('Ada V', 'ada_v')}<a href="/settings/profile" role="link"><span>Profiel bewerken</span></a></div>`;
    expect(readXProfile(profilePage({ header }), 'https://x.com/ada_v').snapshot.selfView).toBe(true);
  });
});

const followingPage = (list: string, label = 'Timeline: Following', lang = 'en', sidebar = '') =>
  page(
    `<main><div data-testid="primaryColumn"><div><section role="region"><div aria-label="${label}"><div>${list}</div></div></section></div></div><div data-testid="sidebarColumn">${sidebar}</div></main>`,
    lang,
  );

const cell = (handle: string, name: string, bio = '', followsYou = false) =>
  `<div data-testid="cellInnerDiv"><div role="button" data-testid="UserCell"><div data-testid="UserAvatar-Container-${handle}"><a href="/${handle}" aria-hidden="true"><img src="https://x.example/${handle}.jpg"></a></div><a href="/${handle}"><div dir="ltr"><span>${name}</span></div></a><a href="/${handle}" tabindex="-1"><div dir="ltr"><span>@${handle}</span></div></a>${followsYou ? '<div data-testid="userFollowIndicator"><div dir="ltr"><span>Follows you</span></div></div>' : ''}<button data-testid="1-unfollow"><div dir="ltr"><span>Following</span></div></button>${bio ? `<div dir="auto"><span>${bio}</span></div>` : ''}</div></div>`;

describe('readXFollowing edge cases', () => {
  it('is unreadable when the following timeline is not on the page, even with "Who to follow" cells', () => {
    const doc = page(
      `<main><div data-testid="primaryColumn"></div><div data-testid="sidebarColumn"><aside aria-label="Who to follow">${cell('decoy', 'Decoy')}</aside></div></main>`,
    );
    expect(readXFollowing(doc, 'https://x.com/ada_v/following').snapshot.fields.accounts).toEqual({
      status: 'unreadable',
      reason: 'no-match',
    });
  });

  it('gives an empty list for an empty timeline, and not shown (yet) while only a spinner shows', () => {
    expect(readXFollowing(followingPage(''), 'https://x.com/ada_v/following').snapshot.fields.accounts).toEqual({
      status: 'present',
      value: [],
    });
    expect(
      readXFollowing(followingPage('<div role="progressbar"></div>'), 'https://x.com/ada_v/following').snapshot.fields
        .accounts,
    ).toEqual({ status: 'unreadable', reason: 'not-shown' });
  });

  it('reads the French and Dutch timelines and records the language', () => {
    for (const [label, lang] of [
      ['Fil d’actualités\u00a0: Abonnements', 'fr'],
      ["Fil d'actualités : Abonnements", 'fr'],
      ['Tijdlijn: Volgend', 'nl'],
    ] as const) {
      const doc = followingPage(cell('lena', 'Lena', 'Kiel', true), label, '');
      const { snapshot, diagnostics } = readXFollowing(doc, 'https://x.com/ada_v/following');
      expect(snapshot.fields.accounts).toEqual({
        status: 'present',
        value: [{ handle: '@lena', name: 'Lena', bio: 'Kiel', followsYou: true }],
      });
      expect(diagnostics.language).toBe(lang);
    }
  });

  it('falls back to the primary column region for a translation it does not know', () => {
    const doc = followingPage(cell('lena', 'Lena'), 'Zeitleiste: Gefolgt', 'de', cell('decoy', 'Decoy'));
    const { snapshot, diagnostics } = readXFollowing(doc, 'https://x.com/ada_v/following');
    expect(snapshot.fields.accounts).toEqual({
      status: 'present',
      value: [{ handle: '@lena', name: 'Lena', bio: null, followsYou: false }],
    });
    expect(diagnostics.fields.accounts?.strategy).toBe('primaryColumn:section-with-UserCells');
  });

  it('keeps one entry per account and tells a handle-like display name from the handle', () => {
    const list = cell('lena', 'Lena') + cell('lena', 'Lena') + cell('real_handle', '@fake_handle', 'Bio');
    const { snapshot } = readXFollowing(followingPage(list), 'https://x.com/ada_v/following');
    expect(snapshot.fields.accounts).toEqual({
      status: 'present',
      value: [
        { handle: '@lena', name: 'Lena', bio: null, followsYou: false },
        { handle: '@real_handle', name: '@fake_handle', bio: 'Bio', followsYou: false },
      ],
    });
  });

  it('is unreadable when every cell fails to read (markup changed), not an empty list', () => {
    const broken = '<div data-testid="UserCell"><span>???</span></div>';
    expect(readXFollowing(followingPage(broken), 'https://x.com/ada_v/following').snapshot.fields.accounts).toEqual({
      status: 'unreadable',
      reason: 'no-match',
    });
  });
});

describe('readXProfile names and badges', () => {
  it('tells a handle-like display name from the handle', () => {
    const header = `<div>${userName('@not_the_handle', 'ada_v')}</div>`;
    const { snapshot } = readXProfile(profilePage({ header }), 'https://x.com/ada_v');
    expect(snapshot.fields.name).toEqual({ status: 'present', value: '@not_the_handle' });
    expect(snapshot.fields.handle).toEqual({ status: 'present', value: '@ada_v' });
  });

  it('does not call an unknown badge "not verified", and does not take a lock for a badge', () => {
    const unknownBadge = '<div dir="ltr"><svg role="img" aria-label="Verifiziertes Konto"></svg></div>';
    const lock = '<div dir="ltr"><svg role="img" aria-label="Protected account" data-testid="icon-lock"></svg></div>';
    const read = (extra: string) =>
      readXProfile(profilePage({ header: `<div>${userName('Ada V', 'ada_v', extra)}</div>` }), 'https://x.com/ada_v')
        .snapshot.fields.verified;
    expect(read(unknownBadge)).toEqual({ status: 'unreadable', reason: 'no-match' });
    expect(read(lock)).toEqual({ status: 'present', value: false });
  });
});

describe('readXProfile counts', () => {
  it('reads a count whose number and word have no space between them', () => {
    const header = `<div>${userName('Ada V', 'ada_v')}<a href="/ada_v/verified_followers"><span><span>12.5K</span></span><span><span>Followers</span></span></a><a href="/ada_v/following"><span>1\u202f234</span><span>abonnements</span></a></div>`;
    const { snapshot } = readXProfile(profilePage({ header }), 'https://x.com/ada_v');
    expect(snapshot.fields.followers).toEqual({ status: 'present', value: 12500 });
    expect(snapshot.fields.following).toEqual({ status: 'present', value: 1234 });
  });
});

// Issue 13 item 5: without the column that scopes the page, a hook found exactly once in the document is read.
describe('X readers without their column', () => {
  const header = (extra = '') =>
    `<div><a href="/ada_v/header_photo"><img src="https://pbs.twimg.example/profile_banners/1/1/1500x500"></a><a href="/ada_v/photo"><img src="https://pbs.twimg.example/profile_images/1/a_400x400.jpg"></a><button data-testid="42-follow"><span>Follow</span></button>${userName('Ada V', 'ada_v')}<div data-testid="UserDescription"><span>Maps and trains </span><img alt="🇧🇪"></div><div data-testid="UserProfileHeader_Items"><span data-testid="UserLocation"><span>Gent</span></span><span data-testid="UserJoinDate"><span>Joined May 2020</span></span></div><a href="/ada_v/following"><span>10</span> <span>Following</span></a><a href="/ada_v/verified_followers"><span>7</span> <span>Followers</span></a>${extra}</div>`;
  const posts = `<div role="tablist"></div><section role="region"><div aria-label="Timeline: Ada V’s posts"><div>${tweet('ada_v', 'Hi', 'Pinned')}${tweet('bob', 'A tweet by Bob')}</div></div></section>`;
  const sidebar = `<div data-testid="sidebarColumn"><aside aria-label="Who to follow">${cell('bob', 'Bob', 'Not Ada')}</aside><section><div aria-label="Timeline: Trending now"><div data-testid="cellInnerDiv">Trends</div></div></section></div>`;
  const noColumn = (body: string) => page(`<div class="r-1"><div class="r-2">${body}</div>${sidebar}</div>`);

  it('reads the profile from hooks found once, and says the fallback was used', () => {
    const { snapshot, diagnostics } = readXProfile(noColumn(header() + posts), 'https://x.com/ada_v');
    expect(snapshot.selfView).toBe(false);
    expect(snapshot.fields).toEqual({
      name: { status: 'present', value: 'Ada V' },
      handle: { status: 'present', value: '@ada_v' },
      bio: { status: 'present', value: 'Maps and trains 🇧🇪' },
      location: { status: 'present', value: 'Gent' },
      website: { status: 'absent' },
      joined: { status: 'present', value: '2020-05' },
      followers: { status: 'present', value: 7 },
      following: { status: 'present', value: 10 },
      photo: { status: 'present', value: true },
      banner: { status: 'present', value: true },
      pinnedPost: { status: 'present', value: 'Hi' },
      verified: { status: 'present', value: false },
    });
    expect(diagnostics.layout).toBe('x-testid (document:unique-UserName)');
    expect(diagnostics.fields.bio).toEqual({ strategy: 'UserDescription', note: UNIQUE_FALLBACK_NOTE });
    expect(diagnostics.fields.scope?.note).toBe(UNIQUE_FALLBACK_NOTE);
  });

  it('reads nothing when UserName occurs twice, and never a tweet’s User-Name', () => {
    const twice = noColumn(header() + userName('Someone Else', 'someone_else'));
    expect(readXProfile(twice, 'https://x.com/ada_v').snapshot.fields.name).toEqual({ status: 'unreadable', reason: 'no-match' });
    const tweetsOnly = noColumn(posts);
    const { snapshot, diagnostics } = readXProfile(tweetsOnly, 'https://x.com/ada_v');
    expect(snapshot.fields.name).toEqual({ status: 'unreadable', reason: 'no-match' });
    expect(diagnostics.layout).toBeNull();
  });

  it('leaves a hook found twice unread, never absent', () => {
    const copies =
      '<div data-testid="UserDescription">A copy</div><span data-testid="UserLocation">Elsewhere</span><span data-testid="UserUrl">copy.example</span><a href="/ada_v/following">99 Following</a>';
    const { snapshot } = readXProfile(noColumn(header() + posts + copies), 'https://x.com/ada_v');
    expect(snapshot.fields.name).toEqual({ status: 'present', value: 'Ada V' });
    expect(snapshot.fields.bio).toEqual({ status: 'unreadable', reason: 'no-match' });
    expect(snapshot.fields.location).toEqual({ status: 'unreadable', reason: 'no-match' });
    expect(snapshot.fields.website).toEqual({ status: 'unreadable', reason: 'no-match' });
    expect(snapshot.fields.following).toEqual({ status: 'unreadable', reason: 'no-match' });
    expect(snapshot.fields.followers).toEqual({ status: 'present', value: 7 });
  });

  it('reads the following list’s own cells, not the sidebar’s, an aside’s or a "Who to follow" region’s', () => {
    const list = cell('lena', 'Lena', 'Kiel', true) + cell('ravi', 'Ravi');
    const suggestions = `<section><h2>Wem folgen?</h2>${cell('decoy1', 'Decoy One')}</section><div data-testid="cellInnerDiv"><h2><span>Who to follow</span></h2></div>${cell('decoy2', 'Decoy Two')}`;
    const doc = noColumn(`<section role="region"><div aria-labelledby="h"><div>${list}</div></div></section>${suggestions}`);
    const { snapshot, diagnostics } = readXFollowing(doc, 'https://x.com/ada_v/following');
    expect(snapshot.fields.accounts).toEqual({
      status: 'present',
      value: [
        { handle: '@lena', name: 'Lena', bio: 'Kiel', followsYou: true },
        { handle: '@ravi', name: 'Ravi', bio: null, followsYou: false },
      ],
    });
    expect(diagnostics.fields.accounts).toEqual({
      strategy: 'document:UserCells-outside-suggestions',
      note: CELLS_FALLBACK_NOTE,
    });
  });

  it('finds no list when every cell of the document is a suggestion', () => {
    const doc = noColumn(`<aside>${cell('decoy', 'Decoy')}</aside>`);
    expect(readXFollowing(doc, 'https://x.com/ada_v/following').snapshot.fields.accounts).toEqual({
      status: 'unreadable',
      reason: 'no-match',
    });
  });
});

describe('X_PROFILE_SHOWS', () => {
  it('names exactly the fields locateXProfile finds on a full profile page', () => {
    const fixture = loadFixture(xFixtures.find((path) => path.endsWith('2025-01-en-self.html')) as string);
    const doc = parseHtml(fixture.html);
    for (const field of X_PROFILE_SHOWS) expect(locateXProfile(doc, fixture.url, { field }), field).not.toBeNull();
    for (const field of ['followers', 'following', 'verified', 'nothing']) {
      expect(locateXProfile(doc, fixture.url, { field }), field).toBeNull();
    }
  });
});
