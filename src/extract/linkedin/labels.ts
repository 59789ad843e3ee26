/**
 * @file LinkedIn's phrase book as everything but the content script uses it (command line, tests, benchmark,
 * readPage): imported, it makes the bundled words (src/snapshot/pages/linkedin-words.ts) the current phrase book,
 * and offers the matchers of phrases.ts as the constants they were. The content script never imports it: the
 * popup sends it the words with each request (src/content/serve.ts), and its readers import phrases.ts.
 */
import { LINKEDIN_WORDS } from '../../snapshot/pages/linkedin-words';
import * as phrases from './phrases';

phrases.usePhraseBook(LINKEDIN_WORDS);

export {
  ACTIONS,
  AGE_LINES,
  ENTRY_PATTERNS,
  LABELS,
  LINKEDIN_WORDS,
  SECTION_HEADINGS,
  VISITOR_CONTROLS,
} from '../../snapshot/pages/linkedin-words';
export * from './phrases';

export const DURATION = phrases.duration();
export const WORKPLACE = phrases.workplace();
export const SKILL_CONTEXT = phrases.skillContext();
export const CONNECTIONS_TEXT = phrases.connectionsText();
export const FOLLOWERS_TEXT = phrases.followersText();
export const SELF_EMPLOYED = phrases.selfEmployed();
export const EMPLOYMENT_TYPES = phrases.employmentTypes();
export const RECEIVED_COUNT = phrases.receivedCount();
export const SENT_COUNT = phrases.sentCount();
export const PEOPLE_COUNT = phrases.peopleCount();
export const CONNECTED_PREFIX = phrases.connectedPrefix();
export const CONNECTIONS_COUNT = phrases.connectionsCount();
export const AGE_LINE = phrases.ageLine();
export const SEE_MORE_TAIL = phrases.seeMoreTail();
