/**
 * @file The popup's tests drive it with these: a tabs port whose content script reports when the test says, and a
 * page report for a snapshot as a reader would send it.
 */
import { act } from '@testing-library/preact';
import { vi } from 'vitest';
import type { ShowTarget } from '../../src/snapshot/pages/page-type';
import type { PageReport } from '../../src/messaging/protocol';
import type { Snapshot } from '../../src/snapshot';
import type { TabsPort, TargetTab, Watcher } from '../../src/ui/popup/tabs';
import { ALL_READERS } from '../../src/extract';

/** A tabs port driven by the test: it decides when the content script reports or goes away. */
export function fakeTabs(tab: TargetTab | undefined) {
  const watchers: Watcher[] = [];
  const port = {
    target: vi.fn(async () => tab),
    watch: vi.fn((_tabId: number, watcher: Watcher) => {
      watchers.push(watcher);
      return vi.fn();
    }),
    reload: vi.fn(async () => undefined),
    open: vi.fn(async () => undefined),
    show: vi.fn(async (_tabId: number, _target: ShowTarget) => true),
    report(report: PageReport) {
      act(() => {
        for (const watcher of watchers) watcher.onReport(report);
      });
    },
    gone() {
      for (const watcher of watchers.splice(0)) watcher.onGone();
    },
  } satisfies TabsPort & Record<string, unknown>;
  return port;
}

/**
 * A reader's report of `snapshot`: every field read by a strategy, or not matched when unreadable, and what the
 * page's locator can show, as the content script sends it (src/content/serve.ts).
 */
export function readReport(snapshot: Snapshot, pageType: PageReport['pageType'] = 'linkedin-profile'): PageReport {
  return {
    url: snapshot.url,
    site: snapshot.site,
    pageType,
    shows: pageType === 'unsupported' ? undefined : ALL_READERS[pageType]?.shows,
    result: {
      snapshot,
      diagnostics: {
        language: 'en',
        layout: 'artdeco-2024',
        fields: Object.fromEntries(
          Object.entries(snapshot.fields).map(([name, field]) => [
            name,
            field.status === 'unreadable' ? { strategy: null, note: 'none of 3 strategies matched' } : { strategy: '2024:heading' },
          ]),
        ),
      },
    },
  };
}
