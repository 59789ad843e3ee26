/** @file X (Twitter) content script: a thin shell around src/content/serve.ts. */
import { serveContentScript } from '../src/content/serve';
import { X_READERS } from '../src/extract/x';
import { X_MATCHES } from '../src/permissions';

export default defineContentScript({
  matches: [...X_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    serveContentScript(ctx, 'x', X_READERS);
  },
});
