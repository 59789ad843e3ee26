/**
 * @file The popup sends LinkedIn's phrase book with each request to a content script (src/content/serve.ts): as the
 * first message on the watch port, and with each show request.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WATCH_PORT } from '../../../src/messaging/protocol';
import { LINKEDIN_WORDS } from '../../../src/snapshot/pages/linkedin-words';
import { browserTabs } from '../../../src/ui/popup/tabs';

const { sent, ports } = vi.hoisted(() => ({
  sent: [] as Array<{ tabId: number; message: unknown }>,
  ports: [] as Array<{ tabId: number; name: string; posted: unknown[] }>,
}));

vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      sendMessage: async (tabId: number, message: unknown) => {
        sent.push({ tabId, message });
        return { shown: true };
      },
      connect: (tabId: number, { name }: { name: string }) => {
        const port = { tabId, name, posted: [] as unknown[] };
        ports.push(port);
        return {
          postMessage: (message: unknown) => port.posted.push(message),
          onMessage: { addListener: () => undefined },
          onDisconnect: { addListener: () => undefined },
          disconnect: () => undefined,
        };
      },
    },
  },
}));

beforeEach(() => {
  sent.length = 0;
  ports.length = 0;
});

describe("the popup's requests to a content script", () => {
  const tabs = browserTabs(new URL('chrome-extension://id/popup.html'));

  it("posts LinkedIn's phrase book as the watch port's first message", () => {
    tabs.watch(7, { onReport: () => undefined, onGone: () => undefined });
    expect(ports).toEqual([{ tabId: 7, name: WATCH_PORT, posted: [{ words: LINKEDIN_WORDS }] }]);
  });

  it("sends LinkedIn's phrase book with a show request", async () => {
    expect(await tabs.show(7, { field: 'headline' })).toBe(true);
    expect(sent).toEqual([{ tabId: 7, message: { type: 'show', field: 'headline', words: LINKEDIN_WORDS } }]);
  });
});
