/**
 * @file Everything the extension keeps, read from one of its pages: the browser storage and every object store of the
 * coaching database, as one JSON text, so a test can look for a trace of someone anywhere.
 */
import type { Page } from 'playwright-core';

export function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const local = await chrome.storage.local.get(null);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('profile-coach-coaching');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores: Record<string, unknown> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      stores[name] = await new Promise((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    }
    db.close();
    return JSON.stringify({ local, stores });
  });
}
