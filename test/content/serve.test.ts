import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportPage, type ScriptContext, type WatchPort, watchPage } from '../../src/content/serve';
import { LINKEDIN_READERS } from '../../src/extract/linkedin';
import { X_READERS } from '../../src/extract/x';
import type { PageReport } from '../../src/messaging/protocol';
import { loadFixture } from '../helpers/fixtures';

describe('reportPage', () => {
  it('reports the page type of the URL it is given, and no reading on pages no reader covers', () => {
    const doc = new DOMParser().parseFromString('<html><body><main></main></body></html>', 'text/html');
    expect(reportPage('x', X_READERS, doc, 'https://x.com/home')).toEqual({
      url: 'https://x.com/home',
      site: 'x',
      pageType: 'unsupported',
      result: null,
    });
  });

  it('reads a supported page, and never throws even on an empty document', () => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    const report = reportPage('linkedin', LINKEDIN_READERS, doc, 'https://www.linkedin.com/in/ada-vermeulen/');
    expect(report.pageType).toBe('linkedin-profile');
    expect(report.error).toBeUndefined();
    expect(report.result?.snapshot).toMatchObject({ pageType: 'profile', fields: { name: { status: 'unreadable', reason: 'no-match' } } });
  });

  it('tells the popup what its locator can show on this page (the reader table\'s `shows`), and nothing elsewhere', () => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    const profile = reportPage('linkedin', LINKEDIN_READERS, doc, 'https://www.linkedin.com/in/ada-vermeulen/');
    expect(profile.shows?.fields).toEqual(expect.arrayContaining(['headline', 'about', 'currentPositions']));
    expect(reportPage('linkedin', LINKEDIN_READERS, doc, 'https://www.linkedin.com/mynetwork/invitation-manager/sent/').shows).toEqual({ links: 'invitations' });
    expect(reportPage('x', X_READERS, doc, 'https://x.com/home').shows).toBeUndefined();
  });
});

/** A content-script context that counts the invalidation callbacks still registered. */
function fakeContext() {
  const callbacks = new Set<() => void>();
  let valid = true;
  const ctx: ScriptContext = {
    get isValid() {
      return valid;
    },
    onInvalidated(callback: () => void) {
      callbacks.add(callback);
      return () => callbacks.delete(callback);
    },
  };
  const invalidate = () => {
    valid = false;
    for (const callback of [...callbacks]) callback();
  };
  return { ctx, callbacks, invalidate };
}

/** A watching popup's port: records what is posted, and closes on demand. */
function fakePort() {
  const posted: PageReport[] = [];
  const onClose: (() => void)[] = [];
  const port = {
    postMessage: (report: PageReport) => posted.push(report),
    onDisconnect: { addListener: (listener: () => void) => onClose.push(listener) },
  } as unknown as WatchPort;
  return { port, posted, close: () => onClose.forEach((listener) => listener()) };
}

const REPORT: PageReport = { url: 'https://www.linkedin.com/feed/', site: 'linkedin', pageType: 'unsupported', result: null };

describe('watchPage', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('posts a report at once, and keeps no invalidation callback once each popup has closed', () => {
    const { ctx, callbacks } = fakeContext();
    for (let popup = 0; popup < 20; popup++) {
      const { port, posted, close } = fakePort();
      watchPage(ctx, port, () => REPORT);
      expect(posted).toEqual([REPORT]);
      expect(callbacks.size).toBe(1);
      close();
      expect(callbacks.size).toBe(0);
    }
  });

  it('re-reads after changes settle, posts only what differs, and stops when the content script is invalidated', async () => {
    vi.useFakeTimers();
    const { ctx, callbacks, invalidate } = fakeContext();
    const { port, posted } = fakePort();
    let title = 'first';
    watchPage(ctx, port, () => ({ ...REPORT, url: `${REPORT.url}#${title}` }));
    expect(posted).toHaveLength(1);

    title = 'second';
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(posted.map((report) => report.url)).toEqual([`${REPORT.url}#first`, `${REPORT.url}#second`]);

    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(posted).toHaveLength(2);

    invalidate();
    expect(callbacks.size).toBe(0);
    title = 'third';
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(posted).toHaveLength(2);
  });

  it('reports the website once the person opens Contact info while the popup watches (2025 layout, Dutch)', async () => {
    vi.useFakeTimers();
    const fixture = loadFixture(`${import.meta.dirname}/../fixtures/linkedin/profile/2025-06-sdui-nl-self-contact-info.html`);
    const parsed = new DOMParser().parseFromString(fixture.html, 'text/html');
    document.documentElement.lang = 'nl';
    document.body.replaceWith(document.importNode(parsed.body, true));
    // The profile as it is before the person clicks "Contactgegevens": no dialog yet, the profile's own address.
    const portal = document.querySelector('[data-testid="modal-portal"]') as Element;
    portal.remove();
    let url = 'https://www.linkedin.com/in/sanne-verbeek/';
    const { ctx } = fakeContext();
    const { port, posted } = fakePort();
    watchPage(ctx, port, () => reportPage('linkedin', LINKEDIN_READERS, document, url));
    expect(posted.at(-1)?.result?.snapshot.fields).toMatchObject({
      name: { status: 'present', value: 'Sanne Verbeek' },
      website: { status: 'unreadable', reason: 'not-shown' },
    });

    // LinkedIn moves to the overlay's route and adds the dialog to the page.
    url = fixture.url;
    document.body.append(portal);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(posted).toHaveLength(2);
    expect(posted[1]?.url).toBe('https://www.linkedin.com/in/sanne-verbeek/overlay/contact-info/');
    expect(posted[1]?.result?.snapshot).toEqual(fixture.expected);
    document.body.replaceChildren();
  });
});
