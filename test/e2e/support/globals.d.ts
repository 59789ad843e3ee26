/** @file The few Chrome extension APIs the end-to-end tests call inside extension pages (page.evaluate). */
declare namespace chrome.tabs {
  function query(queryInfo: { url?: string | string[] }): Promise<Array<{ id?: number; url?: string }>>;
  function sendMessage(tabId: number, message: unknown): Promise<unknown>;
}
