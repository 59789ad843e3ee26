/**
 * @file Launches real Firefox ESR (Debian's package, driven by puppeteer-core over WebDriver BiDi) with the
 * built extension installed, resolving every host name to the local fixture server.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD, requireBuild, requireFirefox } from './paths';

/** Fixed so the tests can open the extension's own pages at a known moz-extension:// address. */
export const FIREFOX_EXTENSION_UUID = '5f0c8a9e-7d1b-4c2e-9a3f-1b2c3d4e5f60';
export const FIREFOX_ADDON_ID = 'profile-coach@profile-coach.dev';

export interface FirefoxSession {
  browser: Browser;
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const executablePath = requireFirefox();
  const extension = requireBuild(FIREFOX_BUILD);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Every host is the local fixture server: nothing reaches the internet.
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  const id = await browser.installExtension(extension);
  if (id !== FIREFOX_ADDON_ID) throw new Error(`Installed add-on id ${id}, expected ${FIREFOX_ADDON_ID}`);
  return {
    browser,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;
      // Firefox does not always report the load of an extension page over BiDi: start the navigation, then
      // wait for the page's own document instead of the load event.
      page.goto(url, { timeout: 15_000 }).catch(() => undefined);
      // Polled by hand: while the tab moves from about:blank to the extension page, Firefox's remote agent may fail
      // an evaluation with an internal error ("right-hand side of 'in' should be an object"), which puppeteer's
      // waitForFunction does not retry. Any such error just means "not there yet".
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ready = await page
          .evaluate((wanted) => location.href === wanted && document.readyState !== 'loading', url)
          .catch(() => false);
        if (ready) return page;
        if (Date.now() > deadline) throw new Error(`Firefox did not open ${url} within 15 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => browser.close(),
  };
}
