/**
 * @file Launches real Chromium (Debian's package, driven by playwright-core) with the built extension loaded, serving
 * the pages it is given in place of LinkedIn and X and refusing every other request, so nothing leaves the machine.
 * It records every request an extension page or the service worker makes to anything but the extension's own files,
 * and the Content Security Policy violations the extension's pages report. Shared by the demo (`npm run demo`) and the
 * end-to-end tests; it opens no page itself.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';
import { CHROME_BUILD, requireBuild, requireChromium } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  /** Requests refused because they went to neither a served page nor the extension: [resource type, URL]. */
  refused: Array<[string, string]>;
  /**
   * Requests made by an extension page or the service worker (told by the frame or worker that made them, whatever
   * the resource type) to anything but the extension's own files, served, refused or blocked by the Content Security
   * Policy (Chromium reports a blocked request, then its failure: `failure` says so once known).
   */
  extensionRequests: ExtensionRequest[];
  /** What the extension's pages logged about Content Security Policy violations (Chromium logs each one). */
  cspViolations: string[];
  extensionId: string;
  worker: Worker;
  /** Opens an extension page (e.g. "popup.html?tabId=3") in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

const EXTENSION_SCHEME = 'chrome-extension://';

export interface ExtensionRequest {
  /** The URL of the extension page or service worker that made it. */
  by: string;
  type: string;
  url: string;
  /** Why it failed ("csp" when the Content Security Policy blocked it), once Chromium says so. */
  failure?: string;
}

/** "chrome-extension://<id>/" of an extension URL (URL.origin is "null" for this scheme in Node). */
const extensionBase = (url: string) => url.slice(0, url.indexOf('/', EXTENSION_SCHEME.length) + 1);

/** The URL of the page (frame) or service worker that made a request. */
function madeBy(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    // Playwright has no frame for some requests (a dedicated worker's): unknown, which is not an extension page.
    return 'unknown';
  }
}

export interface LaunchOptions {
  /** The HTML served for a request URL, or undefined to refuse it. */
  serve(url: string): string | undefined;
  /** Light by default; null leaves the system's own theme (a headed window). */
  colorScheme?: 'light' | 'dark' | null;
  /** True by default; false opens a real window (needs a display). */
  headless?: boolean;
  /** The browser's interface language, which the extension's messages follow ("fr", "nl"); the system's without. */
  lang?: string;
  /**
   * Files added to the session's copy of the extension, by path (the benchmark's empty page, to compare the popup
   * with). The build itself is never touched.
   */
  extraFiles?: Readonly<Record<string, string>>;
}

/** Flags that keep Chromium off the network and quiet on a machine with no internet. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
];

/** Finds the page served for a request URL (host and path match, query ignored), or undefined. */
export function pageFor<T extends { url: string }>(pages: readonly T[], requestUrl: string): T | undefined {
  const wanted = new URL(requestUrl);
  return pages.find((page) => {
    const url = new URL(page.url);
    return url.host === wanted.host && url.pathname === wanted.pathname;
  });
}

export async function launchChromium(options: LaunchOptions): Promise<ChromiumSession> {
  const executablePath = requireChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'profile-coach-chromium-'));
  // A private copy: a rebuild while the browser runs (another terminal, `npm run bench`) empties .output first,
  // and extension pages opened after that would not be found.
  const extension = mkdtempSync(join(tmpdir(), 'profile-coach-extension-'));
  cpSync(requireBuild(CHROME_BUILD), extension, { recursive: true });
  for (const [path, text] of Object.entries(options.extraFiles ?? {})) writeFileSync(join(extension, path), text);
  const headless = options.headless ?? true;
  // Chromium's --lang picks the extension's messages (chrome.i18n) in headless mode; on Linux a headed window
  // follows LANGUAGE instead, so both are set.
  const lang = options.lang ? [`--lang=${options.lang}`] : [];
  const env = options.lang ? { ...process.env, LANGUAGE: options.lang } : undefined;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    colorScheme: options.colorScheme === undefined ? 'light' : options.colorScheme,
    // A headed window keeps its own size rather than a fixed viewport.
    ...(headless ? {} : { viewport: null }),
    ...(env ? { env: env as Record<string, string> } : {}),
    args: [...QUIET_FLAGS, ...lang, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  // Only served pages and the extension's own pages load; every other request is refused and recorded.
  const refused: Array<[string, string]> = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    const body = options.serve(url);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    refused.push([route.request().resourceType(), url]);
    return route.abort('blockedbyclient');
  });

  // Every request, attributed to who made it: listened to, not routed, so a route added later (servedWhile) cannot
  // hide one. Data URLs are no request to anyone.
  const extensionRequests: ExtensionRequest[] = [];
  const made = new WeakMap<Request, ExtensionRequest>();
  context.on('request', (request) => {
    const by = madeBy(request);
    if (!by.startsWith(EXTENSION_SCHEME)) return;
    const url = request.url();
    if (url.startsWith(extensionBase(by)) || url.startsWith('data:')) return;
    const entry: ExtensionRequest = { by, type: request.resourceType(), url };
    made.set(request, entry);
    extensionRequests.push(entry);
  });
  context.on('requestfailed', (request) => {
    const entry = made.get(request);
    if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
  });
  const cspViolations: string[] = [];
  context.on('console', (message) => {
    const page = message.page()?.url() ?? '';
    if (page.startsWith(EXTENSION_SCHEME) && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    refused,
    extensionRequests,
    cspViolations,
    extensionId,
    worker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(extension, { recursive: true, force: true });
    },
  };
}

/** The browser's id for the newest tab showing `url`, found from an extension page through the tabs API. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    const ids = tabs.filter((tab) => tab.url === wanted).map((tab) => tab.id ?? -1);
    return ids.length > 0 ? Math.max(...ids) : undefined;
  }, url);
  if (id === undefined) throw new Error(`No tab shows ${url}`);
  return id;
}
