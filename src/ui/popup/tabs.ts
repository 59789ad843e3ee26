/** @file The popup's view of the browser tabs, behind a small interface so the UI can be tested without a browser. */
import { browser } from 'wxt/browser';
import type { ShowTarget } from '../../snapshot/pages/page-type';
import { LINKEDIN_WORDS } from '../../snapshot/pages/linkedin-words';
import {
  isPageReport,
  type PageReport,
  type ShowRequest,
  type ShowResult,
  WATCH_PORT,
  type WithWords,
} from '../../messaging/protocol';

export interface TargetTab {
  id: number;
  /** Visible only for hosts the extension has permission for; undefined elsewhere. */
  url?: string;
}

export interface Watcher {
  /** A fresh report: the first at once, then after each change on the page. */
  onReport(report: PageReport): void;
  /** The content script went away (none was there, or the tab loaded a new document). */
  onGone(): void;
}

export interface TabsPort {
  /** The tab the popup speaks about. */
  target(): Promise<TargetTab | undefined>;
  /** Watches the tab's content script; returns the function that stops watching. */
  watch(tabId: number, watcher: Watcher): () => void;
  reload(tabId: number): Promise<void>;
  open(tabId: number, url: string): Promise<void>;
  /** Asks the tab's content script to scroll to the target and outline it; false when it found nothing. */
  show(tabId: number, target: ShowTarget): Promise<boolean>;
}

/**
 * The real thing. The popup speaks about the active tab of its window; opened as a page with
 * `?tabId=N` (a coaching session in a full tab, or an end-to-end test), it speaks about tab N.
 */
export function browserTabs(pageUrl: URL): TabsPort {
  const requested = Number(pageUrl.searchParams.get('tabId'));
  return {
    async target() {
      const [tab] =
        Number.isInteger(requested) && requested > 0
          ? [await browser.tabs.get(requested).catch(() => undefined)]
          : await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
    },
    watch(tabId, watcher) {
      const port = browser.tabs.connect(tabId, { name: WATCH_PORT });
      port.onMessage.addListener((message: unknown) => {
        if (isPageReport(message)) watcher.onReport(message);
      });
      port.onDisconnect.addListener(() => watcher.onGone());
      // LinkedIn's content script reads with the words the popup sends (src/content/serve.ts); X's ignores them.
      const words: WithWords = { words: LINKEDIN_WORDS };
      port.postMessage(words);
      return () => port.disconnect();
    },
    reload: (tabId) => browser.tabs.reload(tabId),
    open: async (tabId, url) => {
      await browser.tabs.update(tabId, { url });
    },
    show: async (tabId, target) => {
      const request: ShowRequest = { type: 'show', ...target, words: LINKEDIN_WORDS };
      const answer = (await browser.tabs.sendMessage(tabId, request).catch(() => null)) as ShowResult | null;
      return answer?.shown === true;
    },
  };
}
