/**
 * @file The performance mark the colleague's page sets once a colleague's record is on screen, in a module of its
 * own so `npm run bench` (Node) can import it without the page's components.
 */
export const COLLEAGUE_PAINTED_MARK = 'profile-coach:colleague-painted';
