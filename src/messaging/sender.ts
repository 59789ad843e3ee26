/**
 * @file Who may ask the background anything: the extension's own pages (the popup, the options page), whether shown
 * as a popup or in a tab; never a web page, another extension, or our own content scripts (which run in the page and
 * could be driven by it; they send the background nothing: they only answer the popup, src/content/serve.ts). Pure:
 * the background passes its own id and base URL. It does not validate what is asked (src/messaging/check.ts does).
 */

/** What the browser says about a message's sender (the fields of runtime.MessageSender used here). */
export interface SenderLike {
  id?: string;
  url?: string;
}

export interface ExtensionSelf {
  /** `browser.runtime.id`. */
  id: string;
  /** `browser.runtime.getURL('')`: "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  baseUrl: string;
}

/** True only for a page of this extension: our id, and a URL under our own base URL (the browser sets both). */
export function isOwnPage(sender: SenderLike | undefined, self: ExtensionSelf): boolean {
  if (!sender || !self.id || sender.id !== self.id) return false;
  if (typeof sender.url !== 'string' || !/^[a-z-]+:\/\/[^/]+\/$/.test(self.baseUrl)) return false;
  return sender.url.startsWith(self.baseUrl);
}
