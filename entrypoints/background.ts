/**
 * @file Background script: answers the popup's check requests with the rules engine (src/messaging/check.ts). It
 * holds no state and makes no network request.
 */
import { browser } from 'wxt/browser';
import { loadActiveGuidelines } from '../src/guidelines/store';
import { runCheck } from '../src/messaging/check';
import { isCheckRequest } from '../src/messaging/protocol';

export default defineBackground({
  // An event page in Firefox MV2, like the MV3 service worker in Chrome: nothing stays in memory.
  persistent: false,
  main() {
    // Registered synchronously so a message that wakes the worker is not missed. Other messages get undefined,
    // which leaves them to other listeners.
    // The guidelines in force: the company's policy copy, else the person's own file, else the built-in defaults.
    const loadGuidelines = async () => (await loadActiveGuidelines()).guidelines;
    browser.runtime.onMessage.addListener((message: unknown) =>
      isCheckRequest(message) ? runCheck(message, { loadGuidelines }) : undefined,
    );
  },
});
