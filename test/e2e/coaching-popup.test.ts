/**
 * @file The colleague view in real Chromium: on a colleague's fixture profile the popup names them, the notice is
 * confirmed, a session is started, and the colleague and the session are found in IndexedDB (with no text of the
 * profile), while the colleague's page is asked to open at that colleague. The full coaching flow (notes, actions,
 * second session, the colleague's page) is tested elsewhere.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_NAME } from '../../src/storage/coaching/schema';
import { FIXTURES_DIR, loadFixture } from '../helpers/fixtures';
import { type ChromiumSession, launchChromium } from './support/chromium';
import { type FixturePage, openFixtureTab, openPopup, waitFor } from './support/popup';

const COLLEAGUE: FixturePage = (() => {
  const name = 'linkedin/profile/2025-05-sdui-en-other.html';
  const { url } = loadFixture(join(FIXTURES_DIR, name));
  return { name, url, fixture: name };
})();

let session: ChromiumSession;

beforeAll(async () => {
  session = await launchChromium([]);
});

afterAll(async () => {
  await session?.close();
});

describe("a coaching session from the popup on a colleague's profile", () => {
  it('confirms the notice, saves the session in IndexedDB and opens the colleague’s page', async () => {
    const helper = await session.openExtensionPage('options.html');
    const { tab, tabId } = await openFixtureTab(session, helper, COLLEAGUE);
    const popup = await openPopup(session, tabId);
    expect(await popup.getByRole('heading', { level: 2, name: 'Coaching: Jonas Brenner' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Fix', exact: true }).count()).toBe(0);

    await popup.getByRole('button', { name: 'Start a coaching session' }).click();
    await popup.getByRole('checkbox', { name: /I told Jonas Brenner about this review/ }).check();
    const opened = session.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Save the session' }).click();
    const page = await opened;
    // The tab's address, as the browser keeps it (the page itself may be an error page before the colleague's page is
    // built on this branch).
    const pageUrl = await waitFor(async () => {
      const urls = await helper.evaluate(async () =>
        (await chrome.tabs.query({})).map((each) => (each as { pendingUrl?: string }).pendingUrl ?? each.url ?? ''),
      );
      const found = urls.find((url) => url.includes('/coaching.html#'));
      if (!found) throw new Error('no tab at coaching.html yet');
      return found;
    }, "the colleague's page");
    expect(pageUrl).toMatch(new RegExp(`^chrome-extension://${session.extensionId}/coaching\\.html#[0-9a-f-]{36}$`));

    const stored = await helper.evaluate(
      (name) =>
        new Promise<{ colleagues: unknown[]; sessions: unknown[] }>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(['colleagues', 'sessions'], 'readonly');
            const colleagues = tx.objectStore('colleagues').getAll();
            const sessions = tx.objectStore('sessions').getAll();
            tx.oncomplete = () => {
              db.close();
              resolve({ colleagues: colleagues.result, sessions: sessions.result });
            };
          };
        }),
      DB_NAME,
    );
    expect(stored.colleagues).toEqual([
      expect.objectContaining({ name: 'Jonas Brenner', profiles: [{ site: 'linkedin', key: 'linkedin:in/jonasbrenner' }] }),
    ]);
    expect(stored.sessions).toEqual([expect.objectContaining({ profileKey: 'linkedin:in/jonasbrenner', site: 'linkedin' })]);
    const id = (stored.colleagues[0] as { id: string }).id;
    expect(pageUrl.endsWith(`#${id}`)).toBe(true);
    const json = JSON.stringify(stored);
    expect(json).not.toContain('Pipelines, mostly');
    expect(json).not.toContain('Nordlicht Analytics');
    await Promise.all([page.close(), popup.close(), tab.close(), helper.close()]);
  });
});
