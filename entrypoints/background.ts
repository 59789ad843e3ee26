/**
 * @file Background script: answers the popup's check requests with the rules engine (src/messaging/check.ts) and
 * keeps the last page checked for the options page's preview. It holds no state in memory and makes no network
 * request.
 */
import { browser } from 'wxt/browser';
import { loadActiveGuidelines } from '../src/guidelines/store';
import { runCheck } from '../src/messaging/check';
import { saveLastCheck } from '../src/messaging/last-check';
import { isCheckRequest } from '../src/messaging/protocol';
import type { Snapshot } from '../src/snapshot';

export default defineBackground({
  // An event page in Firefox MV2, like the MV3 service worker in Chrome: nothing stays in memory.
  persistent: false,
  main() {
    // Registered synchronously so a message that wakes the worker is not missed. Other messages get undefined,
    // which leaves them to other listeners.
    // The guidelines in force: the company's policy copy, else the person's own file, else the built-in defaults.
    const loadGuidelines = async () => (await loadActiveGuidelines()).guidelines;
    // The page last checked, for the options page's preview; it stays in the browser's extension storage.
    const remember = (snapshot: Snapshot, answers: Readonly<Record<string, boolean>>) => saveLastCheck(snapshot, answers, new Date());
    browser.runtime.onMessage.addListener((message: unknown) =>
      isCheckRequest(message) ? runCheck(message, { loadGuidelines, remember }) : undefined,
    );
  },
});
