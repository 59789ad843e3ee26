/**
 * @file LinkedIn's phrase book as everything but the content script uses it (command line, tests, benchmark,
 * readPage): imported, it makes the bundled words (src/snapshot/pages/linkedin-words.ts) the current phrase book,
 * and re-exports the matchers of phrases.ts. The content script never imports it: the
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

