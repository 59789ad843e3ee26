/**
 * @file LinkedIn's dated selectors table: every hook the LinkedIn readers use (see ../hooks.ts), newest first per
 * target. Profile hooks first, then the invitation manager's, then the connections list's.
 */
import type { HookTable } from '../hooks';

// ---------------------------------------------------------------------------------------------------------------
// Profile (/in/<slug>/)
// ---------------------------------------------------------------------------------------------------------------
const PROFILE: HookTable = [];

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
  { finds: 'networkScope', selector: 'main', generation: 'sdui-2025', since: '2025-05', fixture: SDUI_RECEIVED },
  { finds: 'networkScope', selector: 'main', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  // The cards: a received card, a sent card's buttons (2025), the artdeco cards (2024), any card's action buttons.
  { finds: 'invitationCard', selector: '[data-view-name="pending-invitation"]', generation: 'sdui-2025', since: '2025-05', fixture: SDUI_RECEIVED },
  { finds: 'invitationCard', selector: '[data-view-name="invitation-action"]', generation: 'sdui-2025', since: '2025-05', fixture: SDUI_RECEIVED },
  { finds: 'invitationCard', selector: '[data-view-name="sent-invitations-withdraw-single"]', generation: 'sdui-2025', since: '2025-05', fixture: SDUI_SENT },
  { finds: 'invitationCard', selector: '.invitation-card', generation: 'artdeco-2024', since: '2024-10', fixture: ARTDECO_RECEIVED },
  // Accept / Ignore / Withdraw name the person in the interface language (labels.ts): any generation.
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
  { finds: 'totalCount', selector: '[aria-pressed]', generation: 'sdui-2025', since: '2025-05', fixture: SDUI_RECEIVED },
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
