/** @file LinkedIn content script: a thin shell around src/content/serve.ts. */
import { serveContentScript } from '../src/content/serve';
import { LINKEDIN_READERS } from '../src/extract/linkedin';
import { LINKEDIN_MATCHES } from '../src/permissions';

export default defineContentScript({
  matches: [...LINKEDIN_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    serveContentScript(ctx, 'linkedin', LINKEDIN_READERS);
  },
});
