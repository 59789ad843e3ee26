/** @file The popup: asks the tab's content script which page it is on and says so. It renders page text as text only. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { pageTypeOf } from '../extract/page-type';
import { isPageReport, type PageReport } from '../messaging/protocol';
import { PAGE_TYPE_LABELS, SUPPORTED_PAGES } from './labels';
import type { TabsPort } from './tabs';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'ready'; tabId: number; report: PageReport }
  | { kind: 'unsupported' }
  | { kind: 'no-content-script'; tabId: number }
  | { kind: 'no-tab' };

/** Works out what the popup should show; exported for tests. */
export async function loadState(tabs: TabsPort): Promise<PopupState> {
  const tab = await tabs.target();
  if (!tab) return { kind: 'no-tab' };
  // Without the tabs permission the URL is visible only on LinkedIn and X, which is all we need.
  if (!tab.url || pageTypeOf(tab.url) === 'unsupported') return { kind: 'unsupported' };
  try {
    const answer = await tabs.ask(tab.id, { type: 'snapshot' });
    if (!isPageReport(answer)) return { kind: 'no-content-script', tabId: tab.id };
    return { kind: 'ready', tabId: tab.id, report: answer };
  } catch {
    // A supported URL with no content script: the tab was opened before the extension was installed.
    return { kind: 'no-content-script', tabId: tab.id };
  }
}

export function Popup({ tabs }: { tabs: TabsPort }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const refresh = useCallback(() => {
    loadState(tabs).then(setState, () => setState({ kind: 'no-tab' }));
  }, [tabs]);
  // The tab being shown, read by the navigation listener without re-subscribing on every state change.
  const shownTab = useRef<number | undefined>(undefined);
  shownTab.current = 'tabId' in state ? state.tabId : undefined;

  useEffect(() => {
    refresh();
    // Re-read when the tab's single-page app navigates; other tabs' navigation is not ours.
    return tabs.onPageChanged((_notice, from) => {
      if (from !== undefined && from === shownTab.current) refresh();
    });
  }, [tabs, refresh]);

  return (
    <main aria-busy={state.kind === 'loading'}>
      <h1>Profile Coach</h1>
      <PopupBody state={state} tabs={tabs} />
    </main>
  );
}

function PopupBody({ state, tabs }: { state: PopupState; tabs: TabsPort }) {
  switch (state.kind) {
    case 'loading':
      return (
        <p role="status" class="muted">
          Reading the page…
        </p>
      );
    case 'ready':
      return (
        <section aria-label="This page">
          <p>
            This is: <strong data-testid="page-type">{PAGE_TYPE_LABELS[state.report.pageType]}</strong>
          </p>
          <p class="muted">Checks for this page arrive in a coming version.</p>
        </section>
      );
    case 'no-content-script':
      return (
        <section aria-label="Reload needed">
          <p>Profile Coach cannot read this tab yet: it was opened before the extension was installed or updated.</p>
          <button type="button" onClick={() => tabs.reload(state.tabId)}>
            Reload the tab
          </button>
        </section>
      );
    case 'unsupported':
    case 'no-tab':
      return (
        <section aria-label="Supported pages">
          <p>Profile Coach works on these pages:</p>
          <ul>
            {SUPPORTED_PAGES.map((page) => (
              <li key={page.url}>
                <a href={page.url} target="_blank" rel="noreferrer">
                  {page.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      );
  }
}
