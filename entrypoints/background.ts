/**
 * @file Background script: answers the popup's check requests with the rules engine (src/messaging/check.ts), in the
 * browser's language, and keeps the last page checked for the options page's preview. It holds no state in memory
 * and makes no network request.
 */
import { browser } from 'wxt/browser';
import { loadActiveGuidelines } from '../src/storage/guidelines';
import { runCheck } from '../src/messaging/check';
import { saveLastCheck } from '../src/storage/last-check';
import { relatedFor } from '../src/storage/profile-history';
import { recordProgress } from '../src/storage/progress';
import { isCheckRequest, isWarmRequest } from '../src/messaging/protocol';
import { isOwnPage } from '../src/messaging/sender';
import type { Snapshot } from '../src/snapshot';

export default defineBackground({
  // An event page in Firefox MV2, like the MV3 service worker in Chrome: nothing stays in memory.
  persistent: false,
  main() {
    // Registered synchronously so a message that wakes the worker is not missed. Other messages get undefined,
    // which leaves them to other listeners.
    // The guidelines in force: the company's policy copy, else the person's own file, else the built-in defaults;
    // with their source and the invalid copies passed over, which the popup names.
    const loadGuidelines = () => loadActiveGuidelines();
    // The page last checked, for the options page's preview; it stays in the browser's extension storage.
    const remember = (snapshot: Snapshot, answers: Readonly<Record<string, boolean>>) => saveLastCheck(snapshot, answers, new Date());
    // relatedFor: one's own profile on the other site and since when a summary is unchanged (profile-history.ts).
    // recordProgress: one's own pages' scores per day, for "since last time" (progress.ts; never a colleague's).
    // The findings' texts from assets/_locales in the browser's language, like the popup's own words; '' (unknown
    // key) lets the engine fall back to the rules' English. A plain signature: WXT types getMessage by key only
    // after `wxt prepare`.
    const i18n = browser.i18n as { getMessage(name: string): string };
    const translate = (key: string) => i18n.getMessage(key) || undefined;
    // Only the extension's own pages are answered: not a web page, another extension or a content script
    // (src/messaging/sender.ts). runCheck validates the whole request before storing anything.
    const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (!isOwnPage(sender, self)) return undefined;
      if (isCheckRequest(message)) return runCheck(message, { loadGuidelines, remember, translate, related: relatedFor, progress: recordProgress });
      // The popup opening (src/ui/popup/checker.ts `warmBackground`): load, and parse once (store.ts keeps the result), the guidelines its check will need.
      if (isWarmRequest(message)) return loadGuidelines().then(() => true, () => false);
      return undefined;
    });
  },
});
