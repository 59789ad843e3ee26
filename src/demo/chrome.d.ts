/**
 * @file The few Chrome extension APIs that the demo and the end-to-end tests call inside extension pages and the
 * service worker (page.evaluate, worker.evaluate), typed for Node-side code. The extension itself uses `wxt/browser`.
 */
declare namespace chrome.tabs {
  function query(queryInfo: { url?: string | string[] }): Promise<Array<{ id?: number; url?: string }>>;
  function get(tabId: number): Promise<{ id?: number; url?: string; pendingUrl?: string }>;
  function sendMessage(tabId: number, message: unknown): Promise<unknown>;
}
declare namespace chrome.storage.local {
  function set(items: Record<string, unknown>): Promise<void>;
  function get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  function remove(keys: string | string[]): Promise<void>;
}
declare namespace chrome.windows {
  function create(createData: {
    url?: string;
    type?: 'normal' | 'popup';
    width?: number;
    height?: number;
    left?: number;
    top?: number;
    focused?: boolean;
  }): Promise<{ id?: number }>;
}
