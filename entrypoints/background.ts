/**
 * @file Background script: answers the popup's check requests with the rules engine (src/messaging/check.ts), in the
 * browser's language, keeps the last page of one's own checked for the options page's preview, reads and writes the
 * popup's coaching record (src/messaging/coaching.ts), and applies the coaching records' retention period when it
 * starts (and, at an update, drops the summary fingerprints earlier versions kept of people nobody coaches). It holds no state in memory and makes no network request.
 */
import { browser } from 'wxt/browser';
import { loadActiveGuidelines } from '../src/storage/guidelines';
import { runCheck } from '../src/messaging/check';
import { saveLastCheck } from '../src/storage/last-check';
import { relatedFor } from '../src/storage/profile-history';
import { recordProgress } from '../src/storage/progress';
import { applyRetentionQuietly } from '../src/storage/coaching/retention';
import { forgetUncoachedSummaries } from '../src/storage/forget';
import { openCoachingStore } from '../src/storage/coaching/store';
import { answerCoaching, isCoachingRequest } from '../src/messaging/coaching';
import { isCheckRequest, isWarmRequest } from '../src/messaging/protocol';
import { checkSessionRecord } from '../src/storage/coaching/schema';
import { isOwnPage } from '../src/messaging/sender';
import type { Snapshot } from '../src/snapshot';
import { RULES } from '../src/rules';

export default defineBackground({
  // An event page in Firefox MV2, like the MV3 service worker in Chrome: nothing stays in memory.
  persistent: false,
  main() {
    // Registered synchronously so a message that wakes the worker is not missed. Other messages get undefined,
    // which leaves them to other listeners.
    // The guidelines in force: the company's policy copy, else the person's own file, else the built-in defaults;
    // with their source and the invalid copies passed over, which the popup names.
    const loadGuidelines = () => loadActiveGuidelines({ rules: RULES });
    // The page last checked, for the options page's preview; it stays in the browser's extension storage.
    const remember = (snapshot: Snapshot, answers: Readonly<Record<string, boolean>>) => saveLastCheck(snapshot, answers, new Date());
    // relatedFor: one's own profile on the other site and since when a summary is unchanged (profile-history.ts).
    // recordProgress: one's own pages' scores per day, for "since last time" (progress.ts; never a colleague's).
    // The coaching record (IndexedDB), opened at its first use: whether a colleague whose profile is checked has a
    // record (only then does the history keep their summary's fingerprint), the popup's lookups and writes of the
    // record (src/messaging/coaching.ts), and the retention period applied when the browser starts and when the
    // extension is installed or updated.
    const coaching = openCoachingStore();
    const isCoached = (key: string) => coaching.colleagueByProfile(key).then((colleague) => colleague !== null);
    const applyRetention = () => void applyRetentionQuietly(coaching, new Date());
    browser.runtime.onStartup.addListener(applyRetention);
    browser.runtime.onInstalled.addListener(({ reason }) => {
      applyRetention();
      // Earlier versions kept a fingerprint of every profile visited: keep only one's own and coached colleagues'.
      if (reason === 'update') void forgetUncoachedSummaries(coaching).catch(() => undefined);
    });
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
      if (isCheckRequest(message)) return runCheck(message, { loadGuidelines, remember, translate, related: relatedFor, progress: recordProgress, isCoached });
      // The popup opening (src/ui/popup/checker.ts `warmBackground`): load, and parse once (store.ts keeps the result), the guidelines its check will need.
      if (isWarmRequest(message)) return loadGuidelines().then(() => true, () => false);
      // The popup's coaching record (src/messaging/coaching.ts): looked up, recorded after the notice, sessions saved.
      if (isCoachingRequest(message)) return answerCoaching(coaching, message, checkSessionRecord);
      return undefined;
    });
  },
});
