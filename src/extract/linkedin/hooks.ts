/**
 * @file LinkedIn's dated selectors table: every hook the LinkedIn readers use (see ../hooks.ts), newest first per
 * target. Profile hooks first, then the invitation manager's, then the connections list's. The extension reads the
 * `sdui-2025` and `artdeco-2024` generations live; the `ember` ones (2020-22, old saved pages only) are archived in
 * profile/ember.ts and read only by the full reader table of the command line, tests and bench (src/extract/index.ts).
 */
import type { Hook, HookTable } from '../hooks';

// ---------------------------------------------------------------------------------------------------------------
// Profile (/in/<slug>/)
// ---------------------------------------------------------------------------------------------------------------
const SDUI = 'sdui-2025';
const ARTDECO = 'artdeco-2024';
const EMBER_ERA = 'ember';
const SDUI_EN = 'linkedin/profile/2025-05-sdui-en-other.html';
const SDUI_NL_SELF = 'linkedin/profile/2025-06-sdui-nl-self.html';
const SDUI_NL_CONTACT = 'linkedin/profile/2025-06-sdui-nl-self-contact-info.html';
const ARTDECO_SPARSE = 'linkedin/profile/2024-03-artdeco-en-sparse.html';
const ARTDECO_SELF = 'linkedin/profile/2024-06-artdeco-en-self.html';
const ARTDECO_FR_INDEPENDANT = 'linkedin/profile/2024-10-artdeco-fr-other-independant.html';
const EMBER = 'linkedin/profile/2021-03-ember-en-other.html';

const profileHook = (finds: string, selector: string, generation: string, since: string, fixture: string): Hook => ({
  finds,
  selector,
  generation,
  since,
  fixture,
});

/**
 * The profile reader's hooks (src/extract/linkedin/profile/). The readers keep their selectors as literals beside
 * their strategies rather than reading them from this table: the table's fixture paths and dates would ship in the
 * content script, which has no bytes to spare. test/extract/hooks.test.ts checks every entry against its fixture.
 */
const PROFILE: HookTable = [
  // The top card (scan.ts).
  profileHook('topCard', '[componentkey$="Topcard"]', SDUI, '2025-05', SDUI_EN),
  profileHook('topCard', 'section[data-member-id]', ARTDECO, '2024-03', ARTDECO_SPARSE),
  profileHook('topCard', '.pv-top-card', EMBER_ERA, '2021-03', EMBER),
  // A card, then named by its componentkey tail, anchor id, Ember class or heading (scan.ts).
  profileHook('card', '[componentkey^="com.linkedin.sdui.profile.card"]', SDUI, '2025-05', SDUI_EN),
  profileHook('card', 'section[data-view-name="profile-card"]', ARTDECO, '2024-03', ARTDECO_SPARSE),
  profileHook('card', 'section.pv-profile-section', EMBER_ERA, '2021-03', EMBER),
  profileHook('experienceCard', '[componentkey$="ExperienceTopLevelSection"]', SDUI, '2025-05', SDUI_EN),
  profileHook('experienceCard', '#experience.pv-profile-card__anchor', ARTDECO, '2024-03', ARTDECO_SPARSE),
  profileHook('experienceCard', '.experience-section', EMBER_ERA, '2021-03', EMBER),
  profileHook('skillsCard', '[componentkey$="Skills"]', SDUI, '2025-05', SDUI_EN),
  profileHook('skillsCard', '#skills.pv-profile-card__anchor', ARTDECO, '2024-06', ARTDECO_SELF),
  profileHook('skillsCard', '.pv-skill-categories-section', EMBER_ERA, '2021-03', EMBER),
  // Top-card fields (top-card.ts); the 2025 headline is the paragraph after the name, found by its place.
  profileHook('name', '[componentkey$="Topcard"] h2', SDUI, '2025-05', SDUI_EN),
  profileHook('name', 'section[data-member-id] h1', ARTDECO, '2024-03', ARTDECO_SPARSE),
  profileHook('name', '.pv-top-card--list:not(.pv-top-card--list-bullet) > li', EMBER_ERA, '2021-03', EMBER),
  profileHook('headline', 'section[data-member-id] .text-body-medium', ARTDECO, '2024-03', ARTDECO_SPARSE),
  profileHook('headline', '.pv-top-card h2', EMBER_ERA, '2021-03', EMBER),
  profileHook('location', 'a[href*="/overlay/contact-info/"]', SDUI, '2025-05', SDUI_EN),
  profileHook('location', '#top-card-text-details-contact-info', ARTDECO, '2024-03', ARTDECO_SPARSE),
  profileHook('location', 'span.text-body-small.inline.t-black--light', ARTDECO, '2024-03', ARTDECO_SPARSE),
  profileHook('location', 'a[href*="/detail/contact-info/"]', EMBER_ERA, '2021-03', EMBER),
  profileHook('photo', '[componentkey="topcard-logo-image-referencekey"] img', SDUI, '2025-05', SDUI_EN),
  profileHook('photo', 'img[class*="pv-top-card-profile-picture__image"]', ARTDECO, '2024-03', ARTDECO_SPARSE),
  profileHook('photo', 'img.pv-top-card__photo', EMBER_ERA, '2021-03', EMBER),
  profileHook('banner', '[componentkey$="Topcard"] img[src*="displaybackgroundimage"]', SDUI, '2025-05', SDUI_EN),
  profileHook('banner', 'img#profile-background-image-target-image', ARTDECO, '2024-03', ARTDECO_SPARSE),
  profileHook('banner', '.profile-background-image--default', ARTDECO, '2024-03', ARTDECO_SPARSE),
  profileHook('contactOverlay', '[componentkey$="ContactInfoDetailSection"]', SDUI, '2025-06', SDUI_NL_CONTACT),
  profileHook('contactOverlay', '#pv-contact-info', ARTDECO, '2024-03', ARTDECO_SPARSE),
  profileHook('selfView', 'a[href*="/edit/"]', SDUI, '2025-06', SDUI_NL_SELF),
  profileHook('selfView', 'a[href*="/messaging/compose/"]', SDUI, '2025-05', SDUI_EN),
  profileHook('selfView', 'a[href*="/preload/custom-invite/"]', SDUI, '2025-05', SDUI_EN),
  // Cards (cards.ts, positions.ts, skills.ts); 2025 entries are found by their date ranges, the hook is a hint.
  profileHook('about', '[data-testid="expandable-text-box"]', SDUI, '2025-05', SDUI_EN),
  profileHook('about', '[class*="inline-show-more-text"] > span[aria-hidden="true"]', ARTDECO, '2024-06', ARTDECO_SELF),
  profileHook('about', '.pv-about__summary-text', EMBER_ERA, '2021-03', EMBER),
  profileHook('experienceEntry', '[componentkey^="entity-collection-item"]', SDUI, '2025-05', SDUI_EN),
  profileHook('experienceEntry', '[data-view-name="profile-component-entity"]', ARTDECO, '2024-03', ARTDECO_SPARSE),
  profileHook('experienceEntry', '.pv-position-entity', EMBER_ERA, '2021-03', EMBER),
  profileHook('companyPage', 'a[href*="/company/"]', SDUI, '2025-05', SDUI_EN),
  profileHook('companyPage', 'a[data-field="experience_company_logo"]', ARTDECO, '2024-10', ARTDECO_FR_INDEPENDANT),
  profileHook('companyPage', 'a[data-control-name="background_details_company"]', EMBER_ERA, '2021-03', EMBER),
  profileHook('skill', '[componentkey^="com.linkedin.sdui.profile.skill"]', SDUI, '2025-05', SDUI_EN),
  profileHook('skill', 'a[data-field="skill_card_skill_topic"]', ARTDECO, '2024-06', ARTDECO_SELF),
  profileHook('skill', '.pv-skill-category-entity__name-text', EMBER_ERA, '2021-03', EMBER),
  profileHook('skillsTotal', 'a[href$="/details/skills/"]', SDUI, '2025-05', SDUI_EN),
  profileHook('skillsTotal', 'a[href*="/details/skills?profileUrn="]', ARTDECO, '2024-06', ARTDECO_SELF),
];

// ---------------------------------------------------------------------------------------------------------------
// Invitation manager (received and sent) and connections list: linkedin/invitations/*.ts and linkedin/connections.ts.
// Those readers keep their selectors as constants beside the code (NAME_HOOK…, VIEWS in invitations/cards.ts): the
// LinkedIn content script has no bytes to spare for this table, so it documents and tests them, one entry per hook.
// ---------------------------------------------------------------------------------------------------------------
const SDUI_RECEIVED = 'linkedin/invitations/2025-05-sdui-fr-received.html';
const SDUI_SENT = 'linkedin/invitations/2025-05-sdui-nl-sent.html';
const ARTDECO_RECEIVED = 'linkedin/invitations/2024-10-artdeco-en-received.html';
const ARTDECO_PILLS = 'linkedin/invitations/2024-11-artdeco-en-received-pills.html';
const ARTDECO_CONNECTIONS = 'linkedin/connections/2024-11-artdeco-en.html';

const NETWORK: HookTable = [
  // The main column every list lives in (nav, sidebars and overlays are outside it).
  { finds: 'networkScope', selector: 'main', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  // The cards: a received card, a sent card's buttons (2025), the artdeco cards (2024), any card's action buttons.
  { finds: 'invitationCard', selector: '[data-view-name="pending-invitation"]', generation: 'sdui-2025', since: '2025-05', fixture: SDUI_RECEIVED },
  { finds: 'invitationCard', selector: '[data-view-name="invitation-action"]', generation: 'sdui-2025', since: '2025-05', fixture: SDUI_RECEIVED },
  { finds: 'invitationCard', selector: '[data-view-name="sent-invitations-withdraw-single"]', generation: 'sdui-2025', since: '2025-05', fixture: SDUI_SENT },
  { finds: 'invitationCard', selector: '.invitation-card', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  // Accept / Ignore / Withdraw name the person in the interface language (the phrase book, phrases.ts): any generation.
  { finds: 'invitationCard', selector: 'button[aria-label]', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  { finds: 'connectionCard', selector: 'li.mn-connection-card', generation: 'artdeco-2024', since: '2024-11', fixture: ARTDECO_CONNECTIONS },
  // The card around a hook: the list item.
  { finds: 'cardItem', selector: '[role="listitem"]', generation: 'sdui-2025', since: '2025-05', fixture: SDUI_SENT },
  { finds: 'cardItem', selector: 'li', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  // A card's parts. 2025 cards have hashed classes only: the name is the first /in/ link with text, the other
  // lines are told apart by what they say (a mutual line, an age line, else the headline).
  { finds: 'personName', selector: 'a[href*="/in/"]', generation: 'sdui-2025', since: '2025-05', fixture: SDUI_RECEIVED },
  { finds: 'personName', selector: '.mn-connection-card__name', generation: 'artdeco-2024', since: '2024-11', fixture: ARTDECO_CONNECTIONS },
  { finds: 'personName', selector: '.invitation-card__title', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  { finds: 'personHeadline', selector: '.mn-connection-card__occupation', generation: 'artdeco-2024', since: '2024-11', fixture: ARTDECO_CONNECTIONS },
  { finds: 'personHeadline', selector: '.invitation-card__subtitle', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  { finds: 'mutualConnections', selector: '.member-insights__reason', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  { finds: 'mutualConnections', selector: '.member-insights', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  { finds: 'age', selector: '.time-badge', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  { finds: 'age', selector: 'time', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  { finds: 'message', selector: '[data-testid="expandable-text-box"]', generation: 'sdui-2025', since: '2025-05', fixture: SDUI_RECEIVED },
  { finds: 'message', selector: '.invitation-card__custom-message-container', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  { finds: 'messageControl', selector: '.lt-line-clamp__more', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  // The total: the "People (14)" pill (2025), the current tab "Received (27)", toggle pills, the connections header.
  { finds: 'totalCount', selector: '.mn-connections__header h1', generation: 'artdeco-2024', since: '2024-11', fixture: ARTDECO_CONNECTIONS },
  { finds: 'totalCount', selector: '[aria-pressed]', generation: 'artdeco-2024', since: '2024-11', fixture: ARTDECO_PILLS },
  { finds: 'totalCount', selector: '[role="tab"]', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  // The markup generation of a list page, from page-wide hooks.
  { finds: 'networkLayout', selector: '[data-sdui-screen]', generation: 'sdui-2025', since: '2025-05', fixture: SDUI_RECEIVED },
  { finds: 'networkLayout', selector: '[componentkey]', generation: 'sdui-2025', since: '2025-05', fixture: SDUI_SENT },
  { finds: 'networkLayout', selector: '.mn-connections', generation: 'artdeco-2024', since: '2024-11', fixture: ARTDECO_CONNECTIONS },
  { finds: 'networkLayout', selector: '.mn-invitation-list', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
];

export const LINKEDIN_HOOKS: HookTable = [...PROFILE, ...NETWORK];
