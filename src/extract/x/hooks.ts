/**
 * @file X's dated selectors table: every hook the X readers use (see ../hooks.ts), newest first per target. X's
 * `data-testid`s, `aria-label`s and link shapes survived every redesign of its atomic classes; the dates are the
 * first saved page (fixture) that shows each hook. The readers take their selectors from here (`xHook`).
 */
import { type HookTable, selectorsOf } from '../hooks';

const PROFILE_EN = 'x/profile/2025-01-en-self.html';
const PROFILE_NL = 'x/profile/2024-08-nl-other-pinned.html';
const FOLLOWING_EN = 'x/following/2025-01-en.html';

export const X_HOOKS: HookTable = [
  // Where the profile or the list lives. Without either (2025-06), hooks found once in the document are read.
  { finds: 'column', selector: '[data-testid="primaryColumn"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'column', selector: 'main', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'column', selector: '[role="main"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  // Never the profile's own part of the page: the sidebar, hover cards, the layers above the page, asides.
  { finds: 'decoys', selector: '[data-testid="HoverCard"]', generation: 'x-2025', since: '2025-01', fixture: PROFILE_EN },
  { finds: 'decoys', selector: '[data-testid="sidebarColumn"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'decoys', selector: '#layers', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'decoys', selector: 'aside', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },

  // The profile header (x/profile/).
  // 2025-06: no primary column and no <main>; UserName is read because it occurs once in the document.
  { finds: 'userName', selector: '[data-testid="UserName"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'bio', selector: '[data-testid="UserDescription"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'headerItems', selector: '[data-testid="UserProfileHeader_Items"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'location', selector: '[data-testid="UserLocation"]', generation: 'x-2025', since: '2025-01', fixture: PROFILE_EN },
  { finds: 'website', selector: '[data-testid="UserUrl"]', generation: 'x-2025', since: '2025-01', fixture: PROFILE_EN },
  { finds: 'joined', selector: '[data-testid="UserJoinDate"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'selfView', selector: '[data-testid="editProfileButton"]', generation: 'x-2025', since: '2025-01', fixture: PROFILE_EN },
  { finds: 'notSelfView', selector: '[data-testid$="-unfollow"]', generation: 'x-2025', since: '2025-02', fixture: 'x/profile/2025-02-fr-other.html' },
  { finds: 'notSelfView', selector: '[data-testid$="-follow"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'verified', selector: '[data-testid="icon-verified"]', generation: 'x-2025', since: '2025-01', fixture: PROFILE_EN },
  // The badge's aria-label in the interface language (labels.ts), on builds without its data-testid.
  { finds: 'verified', selector: 'svg[aria-label]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'followers', selector: 'a[href$="/verified_followers"]', generation: 'x-2025', since: '2025-01', fixture: PROFILE_EN },
  // TODO [2027-06-01]: drop when no fixture needs it (X links /verified_followers since 2023).
  { finds: 'followers', selector: 'a[href$="/followers"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'following', selector: 'a[href$="/following"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'photo', selector: 'a[href$="/photo"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'photo', selector: '[data-testid^="UserAvatar-Container-"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'banner', selector: 'a[href$="/header_photo"]', generation: 'x-2025', since: '2025-01', fixture: PROFILE_EN },
  { finds: 'banner', selector: 'img[src*="/profile_banners/"]', generation: 'x-2025', since: '2025-01', fixture: PROFILE_EN },

  // The profile's own timeline and its pinned post.
  { finds: 'post', selector: '[data-testid="tweet"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'postContext', selector: '[data-testid="socialContext"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  // A post's author block: `User-Name` with a hyphen, never the header's `UserName`.
  { finds: 'postAuthor', selector: '[data-testid="User-Name"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'postText', selector: '[data-testid="tweetText"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'timelineCell', selector: '[data-testid="cellInnerDiv"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },
  { finds: 'profileTabs', selector: '[role="tablist"]', generation: 'x-2024', since: '2024-08', fixture: PROFILE_NL },

  // The following list (x/following/).
  { finds: 'followingTimeline', selector: '[aria-label="Timeline: Following"]', generation: 'x-2025', since: '2025-01', fixture: FOLLOWING_EN },
  // 2025-06: no primary column and a timeline without its label; the cells outside suggestions are the list.
  { finds: 'account', selector: '[data-testid="UserCell"]', generation: 'x-2025', since: '2025-01', fixture: FOLLOWING_EN },
  { finds: 'followsYou', selector: '[data-testid="userFollowIndicator"]', generation: 'x-2025', since: '2025-01', fixture: FOLLOWING_EN },
  { finds: 'accountHandle', selector: 'a[href^="/"]', generation: 'x-2025', since: '2025-01', fixture: FOLLOWING_EN },
  { finds: 'accountHandle', selector: '[data-testid^="UserAvatar-Container-"]', generation: 'x-2025', since: '2025-01', fixture: FOLLOWING_EN },
];

/** The selector list of one target of X_HOOKS (each selector once), for `querySelector(All)` and `closest`. */
export const xHook = (finds: string): string => selectorsOf(X_HOOKS, finds);

