/**
 * @file Names of the performance marks the popup sets, in a module of its own so `npm run bench` (Node) can import
 * them without the popup's components.
 */

/**
 * Set once per popup, when the first score is on screen: the benchmark times the popup from its navigation start to
 * this mark (test/bench/popup.ts).
 */
export const SCORE_PAINTED_MARK = 'profile-coach:score-painted';
