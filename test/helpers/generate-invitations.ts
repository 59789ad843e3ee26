/**
 * @file Generates a realistic invitation-manager page (the 2024 artdeco markup of
 * test/fixtures/linkedin/invitations/2024-10-artdeco-en-received.html) with any number of invented invitations,
 * deterministically from a seed, for the benchmark and the long-list tests. It knows what each card says, so the
 * tests compare the reader with the generator's own record of the page, not with the reader's output.
 */
import type { Invitation } from '../../src/snapshot';

export type Direction = 'received' | 'sent';

export interface GenerateOptions {
  direction?: Direction;
  seed?: number;
}

export interface GeneratedInvitation {
  name: string;
  slug: string;
  headline: string | null;
  /** The mutual-connections line as printed, or null when the card has none. */
  mutualLine: string | null;
  /** The age as printed ("3 weeks ago", "Sent 2 months ago"). */
  ageLine: string;
  message: string | null;
  /** Whether the message is clipped behind a "…see more" control. */
  clipped: boolean;
  /** What a careful reader takes from the card. */
  expected: Invitation;
}

/** mulberry32: small, fast and the same everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Aline',
  'Bas',
  'Cato',
  'Dries',
  'Eline',
  'Fons',
  'Gijs',
  'Hanne',
  'Ilse',
  'Jelle',
  'Kaat',
  'Lieven',
  'Mila',
  'Nils',
  'Odile',
  'Pim',
  'Quirine',
  'Robbe',
  'Saar',
  'Tijs',
  'Ulla',
  'Vic',
  'Wannes',
  'Xander',
  'Yara',
  'Zoë',
  'Amaury',
  'Bérénice',
  'Corentin',
  'Delphine',
  'Émile',
  'Faustine',
  'Gaspard',
  'Héloïse',
  'Isaure',
  'Jules',
];
const LAST = [
  'Aerts',
  'Baeyens',
  'Cools',
  'Dierickx',
  'Engels',
  'Fierens',
  'Geerts',
  'Heylen',
  'Ivens',
  'Jorissen',
  'Kerckhofs',
  'Lambrechts',
  'Moens',
  'Nuyts',
  'Oosterlinck',
  'Praet',
  'Quintens',
  'Roels',
  'Segers',
  'Thys',
  'Uytterhoeven',
  'Vinck',
  'Wouters',
  'Ysebaert',
  'Zegers',
  'Aubert',
  'Bonnard',
  'Chevalier',
  'Delacroix',
  'Ferrand',
  'Garnier',
];
const ROLES = [
  'Data Engineer',
  'Product Manager',
  'UX Designer',
  'Account Executive',
  'Recruiter',
  'Software Engineer',
  'Head of Marketing',
  'Operations Lead',
  'Financial Analyst',
  'Founder',
  'Student',
  'Consultant',
];
const COMPANIES = [
  'Brightwave Systems',
  'Nordlicht Analytics',
  'Koffiebrander Van Dijk',
  'Atelier Mistral',
  'Tidewater Robotics',
  'Vaporware Labs',
  'Hogeschool Gent',
];
const MUTUALS = ['Jan Peeters', 'Sofie Maes', 'Bram De Smet', 'Lotte Claes', 'Kwame Mensah', 'Inès Haddad'];
const SHORT_MESSAGES = [
  'Hi Ada, great to meet you at the meetup!',
  'Bonjour Ada, au plaisir d’échanger.',
  'Following up on our call — happy to connect here. 🙂',
  'Loved your talk on <streaming> & "real-time" dashboards!',
];
const LONG_MESSAGE =
  'Hi Ada, I came across your profile while looking for experienced data leads. We are building a new analytics ' +
  'team in Ghent and I think your experience with streaming platforms would be a great fit. Open to a short call?';

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

function age(rnd: () => number): { text: string; days: number } {
  const kind = Math.floor(rnd() * 6);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;
  if (kind === 0) {
    const n = 1 + Math.floor(rnd() * 23);
    return { text: plural(n, 'hour'), days: 0 };
  }
  if (kind === 1) return { text: 'Yesterday', days: 1 };
  if (kind === 2) {
    const n = 2 + Math.floor(rnd() * 5);
    return { text: plural(n, 'day'), days: n };
  }
  if (kind === 3) {
    const n = 1 + Math.floor(rnd() * 3);
    return { text: plural(n, 'week'), days: 7 * n };
  }
  if (kind === 4) {
    const n = 1 + Math.floor(rnd() * 11);
    return { text: plural(n, 'month'), days: 30 * n };
  }
  const n = 1 + Math.floor(rnd() * 3);
  return { text: plural(n, 'year'), days: 365 * n };
}

function mutual(rnd: () => number): { text: string | null; count: number | null } {
  const kind = Math.floor(rnd() * 5);
  const a = pick(rnd, MUTUALS);
  if (kind === 0) return { text: null, count: null };
  if (kind === 1) return { text: `${a} is a mutual connection`, count: 1 };
  if (kind === 2) {
    const b = pick(
      rnd,
      MUTUALS.filter((m) => m !== a),
    );
    return { text: `${a} and ${b} are mutual connections`, count: 2 };
  }
  if (kind === 3) {
    const n = 1 + Math.floor(rnd() * 150);
    return { text: `${a} and ${n} other mutual connection${n === 1 ? '' : 's'}`, count: n + 1 };
  }
  const n = 2 + Math.floor(rnd() * 40);
  return { text: `${n} mutual connections`, count: n };
}

function slugOf(name: string, index: number): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
  return `${ascii}-${((index * 2654435761) >>> 0).toString(16).slice(0, 6)}`;
}

/** The invitations a generated page shows, with what a reader should take from each. */
export function generateInvitations(count: number, options: GenerateOptions = {}): GeneratedInvitation[] {
  const rnd = random(options.seed ?? 1);
  const sent = options.direction === 'sent';
  const list: GeneratedInvitation[] = [];
  for (let index = 0; index < count; index++) {
    const name = `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
    const slug = slugOf(name, index);
    const headline = rnd() < 0.07 ? null : `${pick(rnd, ROLES)} at ${pick(rnd, COMPANIES)}`;
    const when = age(rnd);
    const social = sent ? { text: null, count: null } : mutual(rnd);
    const roll = rnd();
    const message = sent || roll > 0.3 ? null : roll < 0.08 ? LONG_MESSAGE : pick(rnd, SHORT_MESSAGES);
    list.push({
      name,
      slug,
      headline,
      mutualLine: social.text,
      ageLine: sent ? `Sent ${when.text.charAt(0).toLowerCase()}${when.text.slice(1)}` : when.text,
      message,
      clipped: message === LONG_MESSAGE,
      expected: {
        name,
        headline,
        profileUrl: `https://www.linkedin.com/in/${slug}/`,
        mutualConnections: social.count,
        message,
        ageDays: when.days,
      },
    });
  }
  return list;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

function cardHtml(inv: GeneratedInvitation, index: number, sent: boolean): string {
  const name = escapeHtml(inv.name);
  const id = 400 + index;
  const headline = inv.headline
    ? `<span class="invitation-card__subtitle t-14 t-black--light t-normal">${escapeHtml(inv.headline)}</span>`
    : '';
  const insight = inv.mutualLine
    ? `<div class="member-insights">
                              <div class="member-insights__facepile"><img src="${PIXEL}" alt="" class="EntityPhoto-circle-0"></div>
                              <span class="member-insights__reason text-body-small t-black--light">${escapeHtml(inv.mutualLine)}</span>
                            </div>`
    : '';
  const actions = sent
    ? `<button aria-label="Withdraw invitation sent to ${name}" class="artdeco-button artdeco-button--muted artdeco-button--2 artdeco-button--tertiary ember-view invitation-card__action-btn" type="button"><span class="artdeco-button__text">Withdraw</span></button>`
    : `<button aria-label="Ignore ${name}’s invitation" class="artdeco-button artdeco-button--muted artdeco-button--2 artdeco-button--tertiary ember-view invitation-card__action-btn" type="button"><span class="artdeco-button__text">Ignore</span></button>
                          <button aria-label="Accept ${name}’s invitation" class="artdeco-button artdeco-button--2 artdeco-button--secondary ember-view invitation-card__action-btn" type="button"><span class="artdeco-button__text">Accept</span></button>`;
  const message = inv.message
    ? `<div class="invitation-card__custom-message-container">
                        <div class="lt-line-clamp lt-line-clamp--multi-line ember-view" style="-webkit-line-clamp: 2">
                          <span class="invitation-card__custom-message t-14 t-normal" dir="ltr">${escapeHtml(inv.message)}</span>${inv.clipped ? '<a href="#" role="button" class="lt-line-clamp__more">…see more</a>' : ''}
                        </div>
                        <button class="artdeco-button artdeco-button--muted artdeco-button--1 artdeco-button--tertiary ember-view invitation-card__reply" type="button"><span class="artdeco-button__text">Reply to ${escapeHtml(inv.name.split(' ')[0] ?? '')}</span></button>
                      </div>`
    : '';
  return `
                    <li class="invitation-card artdeco-list__item invitation-card--selectable ember-view" id="ember${id}">
                      <div class="invitation-card__container">
                        <div class="display-flex flex-1 align-items-center pl0">
                          <a href="/in/${inv.slug}/" class="app-aware-link invitation-card__picture ember-view">
                            <img width="72" src="${PIXEL}" loading="lazy" height="72" alt="${name}" class="lazy-image EntityPhoto-circle-7 ember-view">
                          </a>
                          <div class="invitation-card__details">
                            <div class="invitation-card__tvm-title">
                              <a href="/in/${inv.slug}/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA${id}" class="app-aware-link ember-view"><span class="invitation-card__title t-16 t-black t-bold">${name}</span></a>
                            </div>
                            ${headline}
                            ${insight}
                            <span class="time-badge t-12 t-black--light t-normal">${escapeHtml(inv.ageLine)}</span>
                          </div>
                        </div>
                        <div class="invitation-card__action-container pl3">
                          ${actions}
                        </div>
                      </div>
                      ${message}
                    </li>`;
}

const DECOYS = `
              <section class="artdeco-card mt2 ember-view" data-view-name="ad-inline">
                <div class="ad-banner-container">
                  <span class="t-12 t-black--light">Promoted</span>
                  <a href="https://www.linkedin.com/company/nordlicht-analytics/" class="app-aware-link"><span class="t-14 t-bold">Ada, see who’s hiring data leads at Nordlicht Analytics</span></a>
                </div>
              </section>
              <section class="artdeco-card mt2 mn-discovery-cohort ember-view">
                <h2 class="t-16 t-black t-normal">People you may know from Brightwave Systems</h2>
                <ul class="discover-fluid-entity-list display-flex flex-wrap ph2">
                  <li class="discover-fluid-entity-list--item artdeco-list__item">
                    <div class="discover-entity-type-card artdeco-card ember-view">
                      <a href="/in/noor-jacobs-eng/" class="app-aware-link discover-entity-type-card__link">
                        <img src="${PIXEL}" alt="Noor Jacobs" width="104" height="104">
                        <span class="discover-person-card__name t-16 t-black t-bold">Noor Jacobs</span>
                        <span class="discover-person-card__occupation t-14 t-black--light t-normal">Data engineer at Koffiebrander Van Dijk</span>
                      </a>
                      <div class="member-insights"><span class="member-insights__reason text-body-small t-black--light">Jan Peeters and 3 other mutual connections</span></div>
                      <button aria-label="Invite Noor Jacobs to connect" class="artdeco-button artdeco-button--2 artdeco-button--secondary full-width ember-view" type="button"><span class="artdeco-button__text">Connect</span></button>
                    </div>
                  </li>
                  <li class="discover-fluid-entity-list--item artdeco-list__item">
                    <div class="discover-entity-type-card artdeco-card ember-view">
                      <a href="/in/felix-andersson-pm/" class="app-aware-link discover-entity-type-card__link">
                        <img src="${PIXEL}" alt="Felix Andersson" width="104" height="104">
                        <span class="discover-person-card__name t-16 t-black t-bold">Felix Andersson</span>
                        <span class="discover-person-card__occupation t-14 t-black--light t-normal">Product Manager at Brightwave Systems</span>
                      </a>
                      <div class="member-insights"><span class="member-insights__reason text-body-small t-black--light">Sofie Maes is a mutual connection</span></div>
                      <button aria-label="Invite Felix Andersson to connect" class="artdeco-button artdeco-button--2 artdeco-button--secondary full-width ember-view" type="button"><span class="artdeco-button__text">Connect</span></button>
                    </div>
                  </li>
                </ul>
              </section>`;

/**
 * A whole received (or sent) invitation-manager page in the 2024 artdeco markup with `count` generated invitations,
 * the count in the current tab, and the fixture's nav, sidebar, decoys, ads, messaging overlay and footer.
 */
export function invitationPageHtml(count: number, options: GenerateOptions = {}): string {
  const sent = options.direction === 'sent';
  const invitations = generateInvitations(count, options);
  const cards = invitations.map((inv, index) => cardHtml(inv, index, sent)).join('');
  const url = `https://www.linkedin.com/mynetwork/invitation-manager/${sent ? 'sent' : 'received'}/`;
  const receivedTab = sent ? 'Received' : `Received (${count.toLocaleString('en-US')})`;
  const sentTab = sent ? `Sent (${count.toLocaleString('en-US')})` : 'Sent';
  return `<!DOCTYPE html>
<html lang="en" class="theme theme--mercado artdeco windows">
<head>
  <meta charset="utf-8">
  <title>Invitations | LinkedIn</title>
  <link rel="canonical" href="${url}">
  <style>.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(1px, 1px, 1px, 1px); }</style>
</head>
<body dir="ltr" class="render-mode-BIGPIPE nav-v2 ember-application icons-loaded boot-complete">
  <a href="#main" class="skip-link t-14 t-black t-bold">Skip to main content</a>
  <div id="ember23" class="application-outlet ember-view">
    <header id="global-nav" class="global-nav global-alert-offset-top" role="banner">
      <div class="global-nav__content">
        <a href="https://www.linkedin.com/feed/" class="app-aware-link global-nav__logo" aria-label="LinkedIn"></a>
        <nav class="global-nav__nav" aria-label="Primary Navigation">
          <ul class="global-nav__primary-items">
            <li class="global-nav__primary-item"><a href="https://www.linkedin.com/feed/" class="app-aware-link global-nav__primary-link"><span class="t-12 global-nav__primary-link-text">Home</span></a></li>
            <li class="global-nav__primary-item"><a href="https://www.linkedin.com/mynetwork/" class="app-aware-link global-nav__primary-link global-nav__primary-link--active" aria-current="page"><span class="t-12 global-nav__primary-link-text">My Network</span></a></li>
            <li class="global-nav__primary-item"><a href="https://www.linkedin.com/messaging/" class="app-aware-link global-nav__primary-link"><span class="t-12 global-nav__primary-link-text">Messaging</span></a></li>
            <li class="global-nav__primary-item global-nav__me">
              <button class="global-nav__primary-link global-nav__primary-link-me-menu-trigger artdeco-dropdown__trigger" type="button">
                <img width="24" src="${PIXEL}" alt="Ada Vermeulen" height="24" class="global-nav__me-photo"><span class="t-12 global-nav__primary-link-text">Me</span>
              </button>
              <div class="global-nav__me-content artdeco-dropdown__content" hidden>
                <a href="https://www.linkedin.com/in/ada-vermeulen/" class="app-aware-link"><div class="t-16 t-black t-bold">Ada Vermeulen</div><div class="t-14">Head of Data at Brightwave Systems</div></a>
              </div>
            </li>
          </ul>
        </nav>
      </div>
    </header>
    <div class="authentication-outlet">
      <div class="scaffold-layout scaffold-layout--breakpoint-xl scaffold-layout--sidebar-main-aside">
        <div class="scaffold-layout__inner scaffold-layout-container">
          <div class="scaffold-layout__row scaffold-layout__content scaffold-layout__content--sidebar-main-aside">
            <aside class="scaffold-layout__sidebar" aria-label="Manage my network">
              <section class="artdeco-card mn-community-summary">
                <h2 class="t-16 t-black t-normal">Manage my network</h2>
                <ul class="mn-community-summary__list">
                  <li><a href="/mynetwork/invite-connect/connections/" class="mn-community-summary__link"><span class="t-14">Connections</span><span class="t-14">1,284</span></a></li>
                  <li><a href="/groups/" class="mn-community-summary__link"><span class="t-14">Groups</span><span class="t-14">6</span></a></li>
                </ul>
              </section>
            </aside>
            <main id="main" class="scaffold-layout__main" aria-label="Main Content">
              <section class="artdeco-card mn-invitation-manager ember-view">
                <header class="mn-invitations-preview__header pv3 ph4"><h1 class="t-18 t-black t-normal">Manage invitations</h1></header>
                <div class="artdeco-tabs artdeco-tabs--size-t-48 ember-view">
                  <div role="tablist" class="artdeco-tablist artdeco-tablist--no-wrap ember-view">
                    <a role="tab" aria-selected="${!sent}" class="artdeco-tab${sent ? '' : ' active artdeco-tab--selected t-bold'} ember-view" href="/mynetwork/invitation-manager/">${receivedTab}</a>
                    <a role="tab" aria-selected="${sent}" class="artdeco-tab${sent ? ' active artdeco-tab--selected t-bold' : ''} ember-view" href="/mynetwork/invitation-manager/sent/">${sentTab}</a>
                  </div>
                </div>
                <div role="tabpanel" class="artdeco-tabpanel active ember-view">
                  <ul class="artdeco-list mn-invitation-list">${cards}
                  </ul>
                </div>
              </section>${DECOYS}
            </main>
            <aside class="scaffold-layout__aside" aria-label="Advertisement and suggestions">
              <section class="artdeco-card ad-banner-container"><p class="t-12">Ad</p><p class="t-14">Ada, grow your network faster with Premium</p></section>
              <section class="artdeco-card mt2 mn-grow-your-network">
                <h2 class="t-16 t-black">Grow your network</h2>
                <ul><li class="artdeco-list__item"><a href="/in/oskar-lindqvist/"><span class="t-14 t-bold">Oskar Lindqvist</span></a><p class="t-12">Cloud Architect at Tidewater Robotics</p><button aria-label="Invite Oskar Lindqvist to connect" type="button">Connect</button></li></ul>
              </section>
              <footer class="global-footer-compact" aria-label="LinkedIn Footer Content"><p class="t-12">LinkedIn Corporation © 2024</p></footer>
            </aside>
          </div>
        </div>
      </div>
    </div>
    <aside id="msg-overlay" class="msg-overlay-container" aria-label="Messaging">
      <header class="msg-overlay-bubble-header"><img src="${PIXEL}" alt="Ada Vermeulen" width="32" height="32"><h2 class="t-14 t-bold">Messaging</h2></header>
      <ul class="msg-overlay-list-bubble__conversations-list" hidden>
        <li class="msg-conversation-listitem"><a href="/in/sofie-maes-bw/"><span class="t-14 t-bold">Sofie Maes</span></a><p class="t-12">Sounds good, see you Thursday!</p></li>
      </ul>
    </aside>
  </div>
</body>
</html>
`;
}
