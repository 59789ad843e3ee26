/**
 * @file The performance mark the team dashboard sets once its table and figures are on screen, in a module of its
 * own so `npm run bench` (Node) can import it without the page's components.
 */
export const DASHBOARD_PAINTED_MARK = 'profile-coach:dashboard-painted';
/** Set when the record and the guidelines have been read, before the figures are computed and drawn. */
export const DASHBOARD_READ_MARK = 'profile-coach:dashboard-read';
/** Set by the page's entry when the record (the colleagues and their summaries, the settings) has been read. */
export const DASHBOARD_RECORD_MARK = 'profile-coach:dashboard-record-read';
/** Set by the page's entry when the guidelines in use (their rules and parser, loaded then) have been read. */
export const DASHBOARD_GUIDELINES_MARK = 'profile-coach:dashboard-guidelines-read';
