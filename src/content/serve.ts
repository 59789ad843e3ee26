/**
 * @file Wires a content script to the browser: answers "snapshot" requests and reports in-app navigation.
 * It never clicks, scrolls, types or sends anything to the page, and reads the page only when asked.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageTypeOf, type Site } from '../extract/page-type';
import { isSnapshotRequest, type PageChangedNotice, type PageReport } from '../messaging/protocol';

/** What the content script reports for the page it runs in, read at the moment it is asked. */
export function reportPage(site: Site, href: string): PageReport {
  return { url: href, site, pageType: pageTypeOf(href) };
}

export function serveContentScript(ctx: ContentScriptContext, site: Site): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!ctx.isValid || !isSnapshotRequest(message)) return undefined;
    // Read the URL now rather than caching it: the sites are single-page apps.
    return Promise.resolve(reportPage(site, location.href));
  });

  // WXT dispatches this from the Navigation API where the browser has it (no timer involved).
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    const notice: PageChangedNotice = { type: 'page-changed', url: newUrl.href, pageType: pageTypeOf(newUrl) };
    // Nobody may be listening (popup closed): that is fine.
    browser.runtime.sendMessage(notice).catch(() => undefined);
  });
}
