/** @file The few Chrome extension APIs the end-to-end tests call inside extension pages (page.evaluate). */
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
