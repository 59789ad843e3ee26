/**
 * @file Wires a content script to the browser: answers "snapshot" requests, and streams fresh reports to a
 * watching popup after in-app navigation or lazy loading, driven by DOM and navigation events (no timer loop).
 * It never clicks, scrolls, types or sends anything to the page, and reads the page only when asked or watched.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageTypeOf, type Site } from '../extract/page-type';
import { type ReaderTable, readWith } from '../extract/readers';
import { isSnapshotRequest, type PageReport, WATCH_PORT } from '../messaging/protocol';

/** Lazily loaded sections arrive in bursts of mutations: read once the burst settles. */
const SETTLE_MS = 300;

/** Reads the page now. Never throws: a reader failure becomes an `error` in the report. */
export function reportPage(site: Site, readers: ReaderTable, doc: Document, href: string): PageReport {
  const pageType = pageTypeOf(href);
  try {
    return { url: href, site, pageType, result: readWith(readers, doc, href) };
  } catch (error) {
    return { url: href, site, pageType, result: null, error: String(error) };
  }
}

export function serveContentScript(ctx: ContentScriptContext, site: Site, readers: ReaderTable): void {
  // Read the URL at the moment of asking: the sites are single-page apps.
  const read = () => reportPage(site, readers, document, location.href);

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!ctx.isValid || !isSnapshotRequest(message)) return undefined;
    return Promise.resolve(read());
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== WATCH_PORT || !ctx.isValid) return;
    const watching = new AbortController();
    let last = '';
    let timer: number | undefined;
    const push = () => {
      timer = undefined;
      if (watching.signal.aborted) return;
      const report = read();
      const json = JSON.stringify(report);
      if (json === last) return;
      last = json;
      port.postMessage(report);
    };
    const schedule = () => {
      if (!watching.signal.aborted && timer === undefined) timer = ctx.setTimeout(push, SETTLE_MS);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    // In-app navigation: the Navigation API where the browser has it; elsewhere the DOM changes that always
    // come with it. (Not WXT's location watcher: without the Navigation API it falls back to a timer.)
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', schedule, { signal: watching.signal });
    const stop = () => {
      watching.abort();
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    };
    port.onDisconnect.addListener(stop);
    ctx.onInvalidated(stop);
    push();
  });
}
