/**
 * @file The popup's ready state for a page it reads: has the reported snapshot checked (by the background's rules
 * engine, with the guidelines and, on one's own pages, the person's checklist answers and "doesn't apply to me"
 * choices), then shows the score, the findings with their actions, the manual checklist and what could not be read.
 * It keeps the page's marks (done, snoozed) and the person's own answers in memory first and saves them through a
 * FindingStore; a failed save is said plainly and the change is kept,
 * never lost. On a colleague's profile it is the colleague view (colleague.tsx): their name, the coaching record and
 * session, "Copy the suggestion" instead of Fix, and the checklist asked of them in a session, never answered from the
 * viewer's own answers. It does not follow the tab (popup.tsx) nor decide which finding goes where (popup-model.ts).
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Finding } from '../../engine/run-rules';
import type { CheckResult, PageReport } from '../../messaging/protocol';
import type { Snapshot } from '../../snapshot';
import type { Checker } from './checker';
import { Checklist } from './checklist';
import { ColleagueHeader, type ColleagueServices, type OnScreen, useColleagueSession } from './colleague';
import type { PopupCoachingStore } from '../../messaging/coaching';
import { diagnosticsOf } from './diagnostics';
import { isViewersOwn, type PersonalChoice } from '../../engine/personal';
import { type Day, dayOf, emptyPerson, emptyState, type FindingStore, pageKeyOf, type PersonState, type ProfileState, pruneState, type SaveError } from '../../storage/finding-state';
import { type FindingActions, Findings } from './findings';
import { NotApplicableToYou, SetAsideNote } from './not-applicable';
import { ProgressSinceLine } from './progress';
import { GuidelinesNote } from './guidelines-note';
import { t } from '../shared/i18n';
import { coachModel, truncatedFields, unreadableFields, whoseOf } from './popup-model';
import { Truncated } from './truncated';
import { ScoreCard } from './score-card';
import type { TabsPort } from './tabs';
import { CopyDiagnostics, Unreadable } from './unreadable';
import { type HoldStorage, useStoredHold } from './use-stored-hold';

/** Sent for someone else's profile: the viewer's answers are not theirs to give. */
const NO_ANSWERS: Readonly<Record<string, boolean>> = {};

export interface CoachServices {
  tabs: TabsPort;
  check: Checker;
  store: FindingStore;
  now: () => Date;
  copy: (text: string) => Promise<void>;
  extensionVersion: () => string;
  /** Opens the options page (which lists the errors of a guidelines copy passed over). */
  openOptions: () => void;
  /** The person's item, read as the popup opened (use-stored-hold.ts `preloadOnce`). */
  personPreload?: () => Promise<PersonState> | undefined;
  /** The coaching record (src/storage/coaching/store.ts); without it a colleague's profile offers no session. */
  coaching?: PopupCoachingStore;
  /** Opens an extension page in a new tab: the colleague's page. */
  openPage: (url: string) => void;
}

/** The person's item has one key: it is theirs whatever the page. */
const PERSON = 'person';

function diagnosticsText(report: PageReport, findings: readonly Finding[], services: CoachServices) {
  return diagnosticsOf(report, findings, {
    extensionVersion: services.extensionVersion(),
    userAgent: typeof navigator === 'undefined' ? '' : navigator.userAgent,
  });
}

/** The reader failed, or its snapshot does not match the contract: say so, and offer the diagnostics. */
export function PageUnreadable({ report, services, reason }: { report: PageReport; services: CoachServices; reason?: string }) {
  return (
    <section class="notice" aria-labelledby="unreadable-page">
      <p id="unreadable-page">{reason ? t('checkFailed', reason) : t('pageUnreadable')}</p>
      <CopyDiagnostics text={() => diagnosticsText(report, [], services)} copy={services.copy} />
    </section>
  );
}

/** The page key, or null for a snapshot too odd to name (the background will refuse it anyway). */
function keyOf(snapshot: Snapshot | undefined): string | null {
  try {
    return snapshot ? pageKeyOf(snapshot) : null;
  } catch {
    return null;
  }
}

export function Coach({ tabId, report, services }: { tabId: number; report: PageReport; services: CoachServices }) {
  // Not validated here (zod would weigh on the popup): the background validates it before any rule runs, and the
  // popup only reads its URL, site and field states.
  const snapshot = report.result?.snapshot;
  const key = keyOf(snapshot);
  const [saveError, setSaveError] = useState<SaveError['reason'] | null>(null);
  const { store, personPreload } = services;
  const marksStorage = useMemo<HoldStorage<ProfileState>>(
    () => ({ load: (page) => store.load(page), save: (page, state) => store.save(page, state), empty: emptyState }),
    [store],
  );
  const personStorage = useMemo<HoldStorage<PersonState>>(
    () => ({ load: () => personPreload?.() ?? store.loadPerson(), save: (_, state) => store.savePerson(state), empty: emptyPerson }),
    [store, personPreload],
  );
  const marks = useStoredHold(key, marksStorage, setSaveError);
  const person = useStoredHold(PERSON, personStorage, setSaveError);
  const own = snapshot ? isViewersOwn(snapshot) : false;
  const selfView = snapshot && 'selfView' in snapshot ? snapshot.selfView : null;
  const colleagueServices = useMemo<ColleagueServices | null>(
    () => (services.coaching ? { coaching: services.coaching, openPage: services.openPage, now: services.now } : null),
    [services],
  );
  const session = useColleagueSession(selfView === false ? key : null, colleagueServices);

  const current = marks.hold;
  const today: Day = dayOf(services.now());
  const update = (change: (state: ProfileState) => ProfileState) => marks.update((state) => pruneState(change(state), today));

  // Checked again when the page or the person's answers change. The last result stays on screen meanwhile (no
  // flicker), and an answer that arrives after a newer request was sent is dropped. On someone else's profile the
  // viewer's answers and choices are not sent (the background ignores them there too).
  const personState = person.hold?.state;
  const answers = personState && (own ? personState.answers : NO_ANSWERS);
  const notApplicable = own ? personState?.notApplicable : undefined;
  // In a coaching session, what the colleague answered counts on their profile (and only there).
  const colleagueAnswers = selfView === false && session.started ? session.answers : undefined;
  const [checked, setChecked] = useState<{ key: string; result: CheckResult } | null>(null);
  useLayoutEffect(() => {
    if (!snapshot || !answers || key === null) return;
    let live = true;
    services
      .check({ snapshot, answers, ...(colleagueAnswers ? { colleagueAnswers } : {}), ...(notApplicable ? { notApplicable } : {}) })
      .then((result) => live && setChecked({ key, result }));
    return () => {
      live = false;
    };
  }, [report, answers, colleagueAnswers, notApplicable, services]);
  // A saved session follows the check its answers changed.
  useEffect(() => {
    if (checked?.key !== key || !checked.result.ok || !snapshot) return;
    const { findings, points, score, guidelines } = checked.result;
    session.follow({ site: snapshot.site, key, result: { findings, points, score, guidelines, snapshot } });
  }, [checked]);

  if (!snapshot || key === null) return <PageUnreadable report={report} services={services} />;
  // Another page's result is not shown with this page's marks, even for a moment.
  if (!current || !personState || !checked || checked.key !== key) return <ScoreCard />;
  const result = checked.result;
  if (!result.ok) return <PageUnreadable report={report} services={services} reason={result.message} />;

  const { findings, score } = result;
  const model = coachModel(findings, result.points, current.state, today);
  const unreadable = unreadableFields(snapshot, findings);
  // The colleague view: on a profile the page says is not the viewer's.
  const whose = selfView === false ? whoseOf(snapshot) : null;
  const colleagueName = whose ? (whose.name ?? whose.address) : null;
  const screen: OnScreen = { site: snapshot.site, key, result: { findings, points: result.points, score, guidelines: result.guidelines, snapshot } };
  const asking = colleagueName !== null && session.started;

  const actions: FindingActions = {
    fix: (url) => void services.tabs.open(tabId, url).catch(() => undefined),
    show: (target) => services.tabs.show(tabId, target),
    setDone: (ruleId, done) =>
      update((state) => {
        const { doneAt: _, ...rest } = state.findings[ruleId] ?? {};
        return {
          ...state,
          findings: { ...state.findings, [ruleId]: done ? { ...rest, doneAt: services.now().toISOString() } : rest },
        };
      }),
    snooze: (ruleId, until) =>
      update((state) => {
        const { snoozedUntil: _, ...rest } = state.findings[ruleId] ?? {};
        return { ...state, findings: { ...state.findings, [ruleId]: until ? { ...rest, snoozedUntil: until } : rest } };
      }),
    ...(colleagueName !== null ? { copySuggestion: services.copy } : {}),
    ...(own
      ? {
          notForMe: (ruleId: string, choice: PersonalChoice) =>
            person.update((state) => ({ ...state, notApplicable: { ...state.notApplicable, [ruleId]: choice } })),
        }
      : {}),
  };
  const appliesAfterAll = (ruleId: string) =>
    person.update((state) => {
      const { [ruleId]: _, ...rest } = state.notApplicable;
      return { ...state, notApplicable: rest };
    });

  return (
    <>
      {colleagueName !== null ? <ColleagueHeader name={colleagueName} session={session} services={colleagueServices} screen={screen} /> : null}
      <Truncated cuts={truncatedFields(snapshot)} />
      <ScoreCard score={score} unreadableCount={unreadable.length} />
      <SetAsideNote count={model.personal.length} />
      {result.progress && own ? <ProgressSinceLine progress={result.progress} findings={findings} /> : null}
      <GuidelinesNote inUse={result.guidelines} failed={result.guidelinesFailed} openOptions={services.openOptions} />
      {saveError ? (
        <div class="alert" role="alert">
          <p>{saveError === 'full' ? t('saveFull') : saveError === 'newer' ? t('saveNewer') : t('saveFailed')}</p>
          {current.writable ? (
            <button
              type="button"
              onClick={() => {
                marks.persist();
                person.persist();
              }}
            >
              {t('retry')}
            </button>
          ) : null}
        </div>
      ) : null}
      <Findings model={model} today={today} actions={actions} shows={report.shows} />
      <NotApplicableToYou views={model.personal} onUndo={appliesAfterAll} />
      <Checklist
        items={model.manual}
        answers={own ? personState.answers : asking ? session.answers : NO_ANSWERS}
        onAnswer={own ? (id, done) => person.update((state) => ({ ...state, answers: { ...state.answers, [id]: done } })) : undefined}
        ask={asking ? { name: colleagueName, onAnswer: session.answer } : undefined}
      />
      <Unreadable
        fields={unreadable}
        site={snapshot.site}
        own={selfView !== false}
        diagnostics={() => diagnosticsText(report, findings, services)}
        copy={services.copy}
      />
    </>
  );
}
