/** @file The popup: asks the tab's content script which page it is on and says so. It renders page text as text only. */
import { useEffect, useState } from 'preact/hooks';
import { pageTypeOf } from '../extract/page-type';
import type { PageReport } from '../messaging/protocol';
import { PAGE_TYPE_LABELS, SUPPORTED_PAGES } from './labels';
import type { TabsPort } from './tabs';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'ready'; tabId: number; report: PageReport }
  | { kind: 'unsupported' }
  | { kind: 'no-content-script'; tabId: number }
  | { kind: 'no-tab' };

/** How many times the popup reconnects after the tab loads a new document, before saying "reload". */
const MAX_RECONNECTS = 3;

/**
 * Follows the popup's tab: which page it is on and what the content script reports, live.
 * Exported for tests; returns the function that stops following.
 */
export function followTab(tabs: TabsPort, onState: (state: PopupState) => void): () => void {
  let stopWatching: (() => void) | undefined;
  let stopped = false;
  let reconnects = 0;

  const start = async () => {
    const tab = await tabs.target().catch(() => undefined);
    if (stopped) return;
    if (!tab) return onState({ kind: 'no-tab' });
    // Without the tabs permission the URL is visible only on LinkedIn and X, which is all we need.
    if (!tab.url || pageTypeOf(tab.url) === 'unsupported') return onState({ kind: 'unsupported' });
    let answered = false;
    stopWatching = tabs.watch(tab.id, {
      onReport(report) {
        answered = true;
        reconnects = 0;
        onState(report.pageType === 'unsupported' ? { kind: 'unsupported' } : { kind: 'ready', tabId: tab.id, report });
      },
      onGone() {
        if (stopped) return;
        // Never answered: no content script (a tab opened before installation). Answered, then gone: the tab
        // loaded a new document, whose content script may need a moment.
        if (!answered || reconnects >= MAX_RECONNECTS) return onState({ kind: 'no-content-script', tabId: tab.id });
        reconnects++;
        onState({ kind: 'loading' });
        setTimeout(() => void start(), 300 * reconnects);
      },
    });
  };

  void start();
  return () => {
    stopped = true;
    stopWatching?.();
  };
}

export function Popup({ tabs }: { tabs: TabsPort }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  useEffect(() => followTab(tabs, setState), [tabs]);

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
          <ReadSummary report={state.report} />
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

/** Which fields were read and which could not be, said plainly (never as "missing"). Page text is not shown yet. */
function ReadSummary({ report }: { report: PageReport }) {
  if (report.error || !report.result) {
    return <p>Profile Coach could not read this page. The site may have changed its layout.</p>;
  }
  const fields = Object.entries(report.result.snapshot.fields) as [string, { status: string }][];
  const unreadable = fields.filter(([, field]) => field.status === 'unreadable').map(([name]) => name);
  return (
    <p data-testid="read-summary">
      Read {fields.length - unreadable.length} of {fields.length} items
      {unreadable.length > 0 ? `; couldn't read: ${unreadable.join(', ')}` : ''}.
    </p>
  );
}
