import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportPage, type ScriptContext, type WatchPort, watchPage } from '../../src/content/serve';
import { LINKEDIN_READERS } from '../../src/extract/linkedin';
import { X_READERS } from '../../src/extract/x';
import type { PageReport } from '../../src/messaging/protocol';

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
});
