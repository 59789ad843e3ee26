/** @file LinkedIn content script: a thin shell around src/content/serve.ts. */
import { serveContentScript } from '../src/content/serve';
import { phraseBookFrom } from '../src/extract/linkedin/phrases';
import { LINKEDIN_READERS } from '../src/extract/linkedin/table';
import { LINKEDIN_MATCHES } from '../src/permissions';

export default defineContentScript({
  matches: [...LINKEDIN_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // The readers' words come with the popup's requests: the phrase book is not in this script (its size budget).
    serveContentScript(ctx, 'linkedin', LINKEDIN_READERS, phraseBookFrom);
  },
});
