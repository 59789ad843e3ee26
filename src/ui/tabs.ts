/** @file The popup's view of the browser tabs, behind a small interface so the UI can be tested without a browser. */
import { browser } from 'wxt/browser';
import { isPageChangedNotice, type PageChangedNotice, type SnapshotRequest } from '../messaging/protocol';

export interface TargetTab {
  id: number;
  /** Visible only for hosts the extension has permission for; undefined elsewhere. */
  url?: string;
}

export interface TabsPort {
  /** The tab the popup speaks about. */
  target(): Promise<TargetTab | undefined>;
  /** Asks the tab's content script; rejects when there is none. */
  ask(tabId: number, request: SnapshotRequest): Promise<unknown>;
  reload(tabId: number): Promise<void>;
  open(tabId: number, url: string): Promise<void>;
  /** Calls back when a content script reports in-app navigation; returns the unsubscribe function. */
  onPageChanged(listener: (notice: PageChangedNotice, tabId: number | undefined) => void): () => void;
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
          ? [await browser.tabs.get(requested)]
          : await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
    },
    ask: (tabId, request) => browser.tabs.sendMessage(tabId, request),
    reload: (tabId) => browser.tabs.reload(tabId),
    open: async (tabId, url) => {
      await browser.tabs.update(tabId, { url });
    },
    onPageChanged(listener) {
      const handler = (message: unknown, sender: { tab?: { id?: number } }) => {
        if (isPageChangedNotice(message)) listener(message, sender.tab?.id);
        return undefined;
      };
      browser.runtime.onMessage.addListener(handler);
      return () => browser.runtime.onMessage.removeListener(handler);
    },
  };
}
