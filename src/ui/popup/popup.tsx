/**
 * @file The popup: follows its tab's content script and shows the state of things: loading, a page it does not
 * read (with the pages it does), a tab that needs reloading, or the coach (coach.tsx) for the page reported. Its
 * services (tabs, the checker that runs the rules, storage, clock, clipboard) are injected so tests can fake them.
 * It renders page text as text only.
 */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageTypeOf } from '../../snapshot/pages/page-type';
import type { PageReport } from '../../messaging/protocol';
import { backgroundChecker, type Checker } from './checker';
import { Coach, type CoachServices, PageUnreadable } from './coach';
import { browserFindingStore, type FindingStore } from '../../storage/finding-state';
import type { PopupCoachingStore } from '../../messaging/coaching';
import { plural, t } from '../shared/i18n';
import { PAGE_TYPE_LABELS, SUPPORTED_PAGES } from '../shared/labels';
import { ColleagueTitle, RecordedTeamLink } from './colleague';
import { whoseOf } from './popup-model';
import { ScoreCard } from './score-card';
import { preloadOnce } from './use-stored-hold';
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

export interface PopupProps {
  tabs: TabsPort;
  /** Runs the rules: the background's engine, which loads the guidelines (src/messaging/check.ts). */
  check?: Checker;
  store?: FindingStore;
  now?: () => Date;
  copy?: (text: string) => Promise<void>;
  extensionVersion?: () => string;
  openOptions?: () => void;
  /** The coaching record (entrypoints/popup/main.tsx passes the IndexedDB one); without it no session starts. */
  coaching?: PopupCoachingStore;
  /** Opens an extension page (the colleague's) in a new tab. */
  openPage?: (url: string) => void;
}

const defaultNow = () => new Date();
const clipboardCopy = (text: string) => navigator.clipboard.writeText(text);
const openOptionsPage = () => void browser.runtime.openOptionsPage().catch(() => undefined);
const openInTab = (url: string) => void browser.tabs.create({ url }).catch(() => undefined);
function manifestVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

export function Popup({
  tabs,
  check = backgroundChecker,
  store,
  now = defaultNow,
  copy = clipboardCopy,
  extensionVersion = manifestVersion,
  openOptions = openOptionsPage,
  coaching,
  openPage = openInTab,
}: PopupProps) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  // Layout effects, here and in coach.tsx: they start the work right after rendering, where plain effects wait for
  // the next frame; the chain tab → report → marks → check would otherwise wait a frame at each step.
  useLayoutEffect(() => followTab(tabs, setState), [tabs]);

  const findingStore = useMemo(() => store ?? browserFindingStore(), [store]);
  // The first check waits for the person's answers: their read starts now, beside the wait for the page's report.
  const personPreload = useMemo(() => preloadOnce(() => findingStore.loadPerson()), [findingStore]);
  const services = useMemo<CoachServices>(
    () => ({ tabs, check, store: findingStore, now, copy, extensionVersion, openOptions, personPreload, coaching, openPage }),
    [tabs, check, findingStore, now, copy, extensionVersion, openOptions, personPreload, coaching, openPage],
  );

  return (
    <main aria-busy={state.kind === 'loading'}>
      <h1>{t('extName')}</h1>
      <PopupBody state={state} services={services} />
    </main>
  );
}

function PopupBody({ state, services }: { state: PopupState; services: CoachServices }) {
  switch (state.kind) {
    case 'loading':
      return (
        <>
          <p role="status" class="page-line muted">
            {t('loading')}
          </p>
          <ScoreCard />
        </>
      );
    case 'ready': {
      const { report } = state;
      return (
        <>
          <PageLine report={report} />
          {report.error || !report.result ? (
            <PageUnreadable report={report} services={services} />
          ) : (
            <Coach tabId={state.tabId} report={report} services={services} />
          )}
        </>
      );
    }
    case 'no-content-script':
      return (
        <section class="notice" aria-label={t('reloadTab')}>
          <p>{t('noContentScript')}</p>
          <button type="button" class="primary" onClick={() => void services.tabs.reload(state.tabId)}>
            {t('reloadTab')}
          </button>
        </section>
      );
    case 'unsupported':
    case 'no-tab':
      return (
        <section class="notice" aria-labelledby="works-on">
          <p id="works-on">{t('worksOn')}</p>
          <ul>
            {SUPPORTED_PAGES.map((page) => (
              <li key={page.url}>
                <a href={page.url} target="_blank" rel="noreferrer">
                  {t(page.label)}
                </a>
              </li>
            ))}
          </ul>
          {services.coaching ? <RecordedTeamLink coaching={services.coaching} openPage={services.openPage} /> : null}
        </section>
      );
  }
}

/**
 * Whose page this is (the name and handle or public address, as text), which page, and whether all of it was read, on
 * two lines kept in the same place in every state.
 */
function PageLine({ report }: { report: PageReport }) {
  const snapshot = report.result?.snapshot;
  const fields = Object.values(snapshot?.fields ?? {}) as { status: string }[];
  const unread = fields.filter((field) => field.status === 'unreadable').length;
  const whose = snapshot ? whoseOf(snapshot) : null;
  // On a colleague's profile the line is the colleague view's title (colleague.tsx).
  const colleague = snapshot && 'selfView' in snapshot && snapshot.selfView === false;
  return (
    <>
      {whose && colleague ? (
        <div class="whose" data-testid="whose">
          <ColleagueTitle name={whose.name ?? whose.address} />
          {' · '}
          <bdi class="muted">{whose.address}</bdi>
        </div>
      ) : whose ? (
        <p class="whose" data-testid="whose">
          {/* <bdi>: a name in Arabic or Hebrew must not reorder the address beside it. */}
          <strong>{whose.name === null ? <span class="muted">{t('nameUnread')}</span> : <bdi>{whose.name}</bdi>}</strong>
          {' · '}
          <bdi class="muted">{whose.address}</bdi>
        </p>
      ) : null}
      <p class="page-line">
        <strong data-testid="page-type">{t(PAGE_TYPE_LABELS[report.pageType])}</strong>
        {report.result ? (
          <>
            {' · '}
            <span data-testid="read-summary" class="muted">
              {unread === 0 ? t('readAll') : plural(unread, 'readAllButOne', 'readAllBut')}
            </span>
          </>
        ) : null}
      </p>
    </>
  );
}
