/**
 * @file Wires a content script to the browser: answers "snapshot" requests, and streams fresh reports to a
 * watching popup after in-app navigation or lazy loading, driven by DOM and navigation events (no timer loop).
 * It never clicks, types or sends anything to the page, and reads the page only when asked or watched. The one
 * place it scrolls is showElement, and only at the person's request ("Show on page" in the popup): it scrolls the
 * element into view and outlines it for a moment, changing nothing else in the page.
 *
 * LinkedIn's readers get their words from the popup: its phrase book (src/snapshot/pages/linkedin-words.ts) stays out
 * of the content script, for its size budget, and comes with every snapshot and show request and as the first
 * message on a watch port. Those words are the extension's own data, sent by its own popup to its own content script
 * through the extension's messaging; nothing of them, nor anything else, reaches the page.
 */
// WXT's own cross-browser `browser` (the native API), not the webextension-polyfill that `wxt/browser` resolves to in
// this project: content scripts use only ports and sendResponse, which behave the same natively in Chrome and
// Firefox, and the polyfill would be 2.8 KB gzipped of each script's 15 KB budget, loaded on every LinkedIn page.
import { browser, type Browser } from '@wxt-dev/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Site, SupportedPageType } from '../snapshot/pages/page-type';
import { pageTypeIn, type ReaderTable } from '../extract/readers';
import { isShowRequest, isSnapshotRequest, type PageReport, WATCH_PORT } from '../messaging/protocol';

/**
 * What the content scripts need of their context: whether it is still valid, and a callback when it stops being so.
 * (WXT's ContentScriptContext; in the build, the lean one of context.ts.)
 */
export type ScriptContext = Pick<ContentScriptContext, 'isValid' | 'onInvalidated'>;

/** Lazily loaded sections arrive in bursts of mutations: read once the burst settles. */
const SETTLE_MS = 300;

/**
 * Reads the page now. Never throws: a reader failure becomes an `error` in the report. The page type comes from
 * the site's own table: a content script only runs on its own site's pages.
 */
export function reportPage(site: Site, readers: ReaderTable, doc: Document, href: string, unready?: string): PageReport {
  const pageType = pageTypeIn(readers, href);
  const page = readers[pageType as SupportedPageType];
  const report = { url: href, site, pageType, shows: page?.shows };
  // The readers cannot read without their words: an error, and the page unreadable, never a page without fields.
  if (unready && page) return { ...report, result: null, error: unready };
  try {
    return { ...report, result: page?.read(doc, href) ?? null };
  } catch (error) {
    return { ...report, result: null, error: String(error) };
  }
}

/** What the watcher needs of a port (a `Runtime.Port` in the extension). */
export type WatchPort = Pick<Browser.runtime.Port, 'postMessage' | 'onDisconnect'>;

/**
 * Posts a report to a watching popup at once, then after each settled burst of changes when it differs from the
 * last one posted, until the port closes or the content script is invalidated. Everything it sets up (observer,
 * navigation listener, timer, invalidation callback) lives exactly as long as the port: a long-lived tab whose
 * popup opens a hundred times keeps nothing from the ninety-nine closed ones.
 */
export function watchPage(ctx: ScriptContext, port: WatchPort, read: () => PageReport): void {
  const watching = new AbortController();
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const push = () => {
    timer = undefined;
    // ctx.isValid also notices an extension that was updated or removed, and then invalidates (and stops) us.
    if (watching.signal.aborted || !ctx.isValid) return;
    const report = read();
    const json = JSON.stringify(report);
    if (json === last) return;
    last = json;
    port.postMessage(report);
  };
  // A plain timer, cleared when watching stops: ctx.setTimeout would add an invalidation callback per burst that
  // stays registered for the life of the tab.
  const schedule = () => {
    if (!watching.signal.aborted && timer === undefined) timer = setTimeout(push, SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  // In-app navigation: the Navigation API where the browser has it; elsewhere the DOM changes that always
  // come with it. (Not WXT's location watcher: without the Navigation API it falls back to a timer.)
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule, { signal: watching.signal });
  const stop = () => {
    if (watching.signal.aborted) return;
    watching.abort();
    observer.disconnect();
    clearTimeout(timer);
    forgetInvalidation();
  };
  const forgetInvalidation = ctx.onInvalidated(stop);
  port.onDisconnect.addListener(stop);
  push();
}

/** How long "Show on page" outlines the element: long enough to spot it after the smooth scroll. */
export const OUTLINE_MS = 2000;

/** Elements outlined right now: a second click scrolls again but never takes our outline for the page's own. */
const outlined = new Set<Element>();

/**
 * Scrolls the element into view and outlines it for OUTLINE_MS through its inline style, then puts back the page's
 * own inline values (and no style attribute when there was none). A plain timer: the restore must run even if the
 * extension goes away meanwhile.
 */
export function showElement(el: Element & ElementCSSInlineStyle): void {
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (outlined.has(el)) return;
  outlined.add(el);
  const { style } = el;
  const had = el.hasAttribute('style');
  const { outline, outlineOffset } = style;
  style.outline = '3px solid #e8590c';
  style.outlineOffset = '2px';
  setTimeout(() => {
    outlined.delete(el);
    style.outline = outline;
    style.outlineOffset = outlineOffset;
    if (!had && !el.getAttribute('style')) el.removeAttribute('style');
  }, OUTLINE_MS);
}

/**
 * Takes what the readers need from a request (LinkedIn's phrase book, see phraseBookFrom in
 * src/extract/linkedin/phrases.ts) and returns why the page cannot be read, or undefined when it can.
 */
export type TakeWords = (request: unknown) => string | undefined;

/**
 * Serves a content script's requests. With `takeWords`, each request may carry the readers' words, and a watch port
 * waits for its first message (the words) before it reports.
 */
export function serveContentScript(ctx: ScriptContext, site: Site, readers: ReaderTable, takeWords?: TakeWords): void {
  // Read the URL at the moment of asking: the sites are single-page apps.
  const read = (request: unknown) => {
    const unready = takeWords?.(request);
    return () => reportPage(site, readers, document, location.href, unready);
  };

  // sendResponse, not a returned promise: Chrome's native onMessage ignores returned promises.
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (answer: unknown) => void) => {
    if (!ctx.isValid) return undefined;
    if (isSnapshotRequest(message)) sendResponse(read(message)());
    else if (isShowRequest(message)) {
      const href = location.href;
      const page = readers[pageTypeIn(readers, href) as SupportedPageType];
      // Without the readers' words, nothing can be located.
      const el = (takeWords?.(message) ? null : page?.locate?.(document, href, message)) as
        | (Element & ElementCSSInlineStyle)
        | null
        | undefined;
      if (el) showElement(el);
      sendResponse({ shown: !!el });
    }
    return undefined;
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== WATCH_PORT || !ctx.isValid) return;
    if (!takeWords) return watchPage(ctx, port, read(undefined));
    const first = (message: unknown) => {
      port.onMessage.removeListener(first);
      if (ctx.isValid) watchPage(ctx, port, read(message));
    };
    port.onMessage.addListener(first);
  });
}
