/**
 * @file The popup on a colleague's profile: who it is about and what coaching records are for, the colleague's record
 * if there is one (sessions, the last one's day, a link to their page), and "Start a coaching session": before a
 * colleague's first record, a form (name, "same person as" a colleague recorded from the other site, and the
 * notice the ambassador confirms they gave); nothing is written before the notice is ticked. A session is made from
 * the check on screen (src/coaching/session.ts: no text of the page) with the answers the colleague gave so far, then
 * the colleague's page opens, where notes and actions are written. A failed write is said plainly and the form kept.
 * It does not run the check (coach.tsx) nor decide what a session keeps.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CoachedSite, Colleague, Session } from '../../coaching/record';
import { sessionOf, type SessionInput } from '../../coaching/session';
import type { PopupCoachingStore } from '../../messaging/coaching';
import { CoachingStoreError, type CoachingWriteError, type ColleagueSummary } from '../../storage/coaching/port';
import { dayOf } from '../../storage/finding-state';
import { formatDay, plural, t } from '../shared/i18n';

/** The colleague's page (entrypoints/coaching), at this colleague. */
export function colleaguePageUrl(id: string): string {
  // A plain signature: the page's path is not among WXT's generated ones until its entrypoint exists here.
  const getURL = browser.runtime.getURL as (path: string) => string;
  return `${getURL('/coaching.html')}#${encodeURIComponent(id)}`;
}

/** The team dashboard (entrypoints/dashboard). */
export const dashboardPageUrl = (): string => (browser.runtime.getURL as (path: string) => string)('/dashboard.html');

/** A small link to the team dashboard, opened in a tab (shown only where at least one colleague is recorded). */
export function DashboardLink({ openPage }: { openPage: (url: string) => void }) {
  return (
    <a
      href={dashboardPageUrl()}
      target="_blank"
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        openPage(dashboardPageUrl());
      }}
    >
      {t('dashboardOpen')}
    </a>
  );
}

/** The dashboard's link once the record holds at least one colleague (asked after the popup's first paint). */
export function RecordedTeamLink({ coaching, openPage }: { coaching: PopupCoachingStore; openPage: (url: string) => void }) {
  const [recorded, setRecorded] = useState(false);
  useEffect(() => {
    let live = true;
    coaching.colleagues().then(
      (list) => live && setRecorded(list.length > 0),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [coaching]);
  return recorded ? (
    <p class="small">
      <DashboardLink openPage={openPage} />
    </p>
  ) : null;
}

export interface ColleagueServices {
  coaching: PopupCoachingStore;
  /** Opens an extension page in a new tab (the popup may close). */
  openPage: (url: string) => void;
  now: () => Date;
}

/** The profile on screen and the check the ambassador and the colleague are looking at. */
export interface OnScreen {
  site: CoachedSite;
  key: string;
  result: SessionInput['result'];
}

interface Known {
  colleague: Colleague;
  sessionCount: number;
  /** The latest session's time (ISO 8601), or null. */
  lastAt: string | null;
}

type Phase =
  | { kind: 'idle' }
  /** Before the first record: the form, with the colleagues who have no profile on this site yet. */
  | { kind: 'form'; others: ColleagueSummary[]; retentionMonths: number | null }
  | { kind: 'saving' }
  | { kind: 'saved'; colleagueId: string; sessionId: string };

interface State {
  key: string | null;
  /** undefined while reading; null when the colleague has no record (or it could not be read). */
  known: Known | null | undefined;
  phase: Phase;
  /** The checklist answers the colleague gave in this session, by item id. */
  answers: Record<string, boolean>;
  /** Started and not cancelled: the checklist's questions are asked (answers kept through a failed write). */
  begun: boolean;
  error: CoachingWriteError | 'name' | 'notice' | null;
}

const initial = (key: string | null): State => ({
  key,
  known: undefined,
  phase: { kind: 'idle' },
  answers: {},
  begun: false,
  error: null,
});

async function knownOf(store: PopupCoachingStore, key: string): Promise<Known | null> {
  const colleague = await store.colleagueByProfile(key);
  if (!colleague) return null;
  const record = await store.colleague(colleague.id);
  const sessions = record?.sessions ?? [];
  return { colleague, sessionCount: sessions.length, lastAt: sessions.at(-1)?.at ?? null };
}

const reasonOf = (error: unknown): CoachingWriteError => (error instanceof CoachingStoreError ? error.reason : 'failed');

/** What the ambassador filled in before the first record. */
export interface FirstRecord {
  name: string;
  /** The id of the colleague this profile is linked to, or '' for a new colleague. */
  sameAs: string;
  noticeGiven: boolean;
}

/**
 * The colleague's record and the session being held, for the profile `key` (null on one's own pages: nothing is
 * read). Answers go into the session only, never into the viewer's own checklist.
 */
export function useColleagueSession(key: string | null, services: ColleagueServices | null) {
  const [state, setState] = useState<State>(() => initial(key));
  const current = state.key === key ? state : initial(key);
  const store = services?.coaching;
  // One write at a time: a second click while a session is being saved does nothing.
  const writing = useRef(false);
  // Answers given after the session was saved are written in the order given: the last one given is kept.
  const answerWrites = useRef<Promise<unknown>>(Promise.resolve());
  const once = async (work: () => Promise<void>) => {
    if (writing.current) return;
    writing.current = true;
    try {
      await work();
    } finally {
      writing.current = false;
    }
  };

  useEffect(() => {
    setState(initial(key));
    if (key === null || !store) return;
    let live = true;
    knownOf(store, key).then(
      (known) => live && setState((before) => (before.key === key ? { ...before, known } : before)),
      () => live && setState((before) => (before.key === key ? { ...before, known: null } : before)),
    );
    return () => {
      live = false;
    };
  }, [key, store]);

  const patch = (change: Partial<State>) => setState((before) => (before.key === key ? { ...before, ...change } : before));

  /** Saves a session for `colleague` from the check on screen, then opens their page. */
  async function saveFor(colleague: Colleague, screen: OnScreen, answers: Record<string, boolean>) {
    if (!services) return;
    const session = sessionOf({
      id: crypto.randomUUID(),
      colleagueId: colleague.id,
      site: screen.site,
      profileKey: screen.key,
      now: services.now(),
      result: screen.result,
      answers,
    });
    await services.coaching.saveSession(session);
    setState((before) =>
      before.key === key
        ? {
            ...before,
            known: { colleague, sessionCount: (before.known?.sessionCount ?? 0) + 1, lastAt: session.at },
            phase: { kind: 'saved', colleagueId: colleague.id, sessionId: session.id },
            error: null,
          }
        : before,
    );
    services.openPage(colleaguePageUrl(colleague.id));
  }

  /** Writes `change` into the saved session as stored, after the writes before it (notes and actions are kept). */
  function rewrite(change: (session: Session) => Session) {
    const { phase } = current;
    if (!store || phase.kind !== 'saved') return;
    answerWrites.current = answerWrites.current
      .then(() => store.colleague(phase.colleagueId))
      .then((record) => {
        const session = record?.sessions.find((each) => each.id === phase.sessionId);
        return session ? store.saveSession(change(session)) : undefined;
      })
      .catch((error: unknown) => patch({ error: reasonOf(error) }));
  }

  return {
    ...current,
    /** The session is under way: the checklist's questions can be answered. */
    started: current.begun,

    /** A known colleague: a new session at once. Else the form, with the colleagues it may link to. */
    async start(screen: OnScreen) {
      if (!services || current.known === undefined) return;
      const known = current.known;
      if (known) {
        return once(async () => {
          patch({ phase: { kind: 'saving' }, begun: true, error: null });
          await saveFor(known.colleague, screen, current.answers).catch((error: unknown) =>
            patch({ phase: { kind: 'idle' }, error: reasonOf(error) }),
          );
        });
      }
      patch({ phase: { kind: 'form', others: [], retentionMonths: null }, begun: true, error: null });
      const [others, settings] = await Promise.all([
        services.coaching.colleagues().catch((): ColleagueSummary[] => []),
        services.coaching.settings().catch(() => null),
      ]);
      // Without the retention setting the notice cannot say how long: nothing can be confirmed, and that is said.
      setState((before) =>
        before.key === key && before.phase.kind === 'form'
          ? {
              ...before,
              ...(settings ? {} : { error: 'failed' as const }),
              phase: {
                kind: 'form',
                others: others.filter(({ colleague }) => !colleague.profiles.some((profile) => profile.site === screen.site)),
                retentionMonths: settings?.retentionMonths ?? null,
              },
            }
          : before,
      );
    },

    /** The form sent: nothing is written unless the notice is ticked (and a new colleague is named). */
    confirm: (screen: OnScreen, form: FirstRecord) => once(async () => {
      const { phase } = current;
      if (!services || phase.kind !== 'form' || phase.retentionMonths === null) return;
      // A colleague written before a session failed to save: the retry saves the session for them.
      if (current.known) {
        return saveFor(current.known.colleague, screen, current.answers).catch((error: unknown) => patch({ error: reasonOf(error) }));
      }
      const name = form.name.trim();
      const summary = phase.others.find(({ colleague }) => colleague.id === form.sameAs);
      const linked = summary?.colleague;
      if (!linked && name === '') return patch({ error: 'name' });
      if (!form.noticeGiven) return patch({ error: 'notice' });
      const now = services.now().toISOString();
      const notice = { noticeConfirmedAt: now, noticeRetentionMonths: phase.retentionMonths };
      const profile = { site: screen.site, key: screen.key };
      const colleague: Colleague = linked
        ? { ...linked, ...notice, profiles: [...linked.profiles.filter((each) => each.site !== screen.site), profile] }
        : { id: crypto.randomUUID(), name, profiles: [profile], ...notice, createdAt: now };
      try {
        await (linked ? services.coaching.updateColleague(colleague) : services.coaching.addColleague(colleague));
      } catch (error) {
        return patch({ error: reasonOf(error) });
      }
      patch({ known: { colleague, sessionCount: summary?.sessionCount ?? 0, lastAt: summary?.latest?.at ?? null } });
      return saveFor(colleague, screen, current.answers).catch((error: unknown) => patch({ error: reasonOf(error) }));
    }),

    cancel: () => patch({ phase: { kind: 'idle' }, begun: false, error: null }),

    /**
     * An answer from the colleague. Once the session is saved, it is written into that session as stored (notes and
     * actions written on the colleague's page meanwhile are kept).
     */
    answer(id: string, value: boolean | undefined) {
      const { [id]: _, ...rest } = current.answers;
      const answers = value === undefined ? rest : { ...rest, [id]: value };
      patch({ answers });
      rewrite((session) => ({ ...session, answers }));
    },

    /**
     * The check on screen after the colleague's answers changed it (they count in the score): the saved session takes
     * its score and outcomes, so the record says what the colleague saw.
     */
    follow(screen: OnScreen) {
      if (!services || current.phase.kind !== 'saved') return;
      const { phase } = current;
      rewrite((session) => {
        const now = sessionOf({ ...session, id: phase.sessionId, now: new Date(session.at), result: screen.result, answers: current.answers });
        return { ...session, score: now.score, outcomes: now.outcomes, guidelines: now.guidelines, answers: current.answers };
      });
    },
  };
}

export type ColleagueSession = ReturnType<typeof useColleagueSession>;

/** Stands for the name in the title's message, which is then cut around it (a private-use character). */
const NAME_MARK = '\uE000';

const ERRORS = {
  full: 'coachingFull',
  blocked: 'coachingBlocked',
  failed: 'coachingFailed',
  name: 'coachingNameNeeded',
  notice: 'coachingNoticeNeeded',
} as const;

function FirstRecordForm({
  name,
  phase,
  session,
  screen,
}: {
  name: string;
  phase: Extract<Phase, { kind: 'form' }>;
  session: ColleagueSession;
  screen: OnScreen;
}) {
  const [form, setForm] = useState<FirstRecord>({ name, sameAs: '', noticeGiven: false });
  const id = useId();
  const linked = phase.others.find(({ colleague }) => colleague.id === form.sameAs)?.colleague;
  const shownName = linked?.name ?? (form.name.trim() || name);
  const months = phase.retentionMonths;
  return (
    <form
      class="first-record"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void session.confirm(screen, form);
      }}
    >
      <h3 id={`${id}-title`}>{t('coachingFormTitle')}</h3>
      {linked ? null : (
        <label>
          {t('coachingName')}
          <input
            type="text"
            required
            value={form.name}
            onInput={(event) => setForm({ ...form, name: (event.target as HTMLInputElement).value })}
          />
        </label>
      )}
      {phase.others.length > 0 ? (
        <label>
          {t('coachingSamePerson')}
          <select
            value={form.sameAs}
            onChange={(event) => setForm({ ...form, sameAs: (event.target as HTMLSelectElement).value })}
          >
            <option value="">{t('coachingNewColleague')}</option>
            {phase.others.map(({ colleague }) => (
              <option key={colleague.id} value={colleague.id}>
                {colleague.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {months === null ? null : (
        <label class="check">
          <input
            type="checkbox"
            required
            checked={form.noticeGiven}
            onChange={(event) => setForm({ ...form, noticeGiven: (event.target as HTMLInputElement).checked })}
          />
          <span>{plural(months, 'coachingNoticeOne', 'coachingNotice', [shownName])}</span>
        </label>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={months === null}>
          {t('coachingConfirm')}
        </button>
        <button type="button" class="link" onClick={session.cancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * The colleague view's title, "Coaching: <name>" (the name as read), in the header's line of whose page it is
 * (popup.tsx): the name is said once, and the top finding's action stays in view at 400 × 600 px.
 */
export function ColleagueTitle({ name }: { name: string }) {
  const [before = '', after = ''] = t('coachingTitle', NAME_MARK).split(NAME_MARK);
  return (
    <h2 id="colleague-title" class="colleague-title">
      {/* <bdi>: a name in Arabic or Hebrew must not reorder the words around it. */}
      {before}
      <bdi>{name}</bdi>
      {after}
    </h2>
  );
}

/** Under the score's header on a colleague's profile: the record's purpose, their record, the session. */
export function ColleagueHeader({
  name,
  session,
  services,
  screen,
}: {
  name: string;
  session: ColleagueSession;
  services: ColleagueServices | null;
  /** Absent until the check is on screen: no session can start before. */
  screen: OnScreen | null;
}) {
  const { known, phase, error } = session;
  const shownName = known?.colleague.name ?? name;
  const lastDay = known?.lastAt ? formatDay(dayOf(new Date(known.lastAt))) : null;
  return (
    <section class="colleague" aria-labelledby="colleague-title">
      {/* The button beside the purpose, in small type: the top finding's action stays in view at 400 × 600 px. */}
      <div class="colleague-head">
        {services && screen && known !== undefined && (phase.kind === 'idle' || phase.kind === 'saved') ? (
          <button type="button" class="primary" onClick={() => void session.start(screen)}>
            {t('coachingStart')}
          </button>
        ) : null}
        <p class="muted purpose">{t('coachingPurpose')}</p>
      </div>
      {known && services ? (
        <p class="small">
          {lastDay
            ? plural(known.sessionCount, 'coachingRecordOne', 'coachingRecord', [lastDay])
            : t('coachingRecordNone', formatDay(dayOf(new Date(known.colleague.createdAt))))}{' '}
          <a
            href={colleaguePageUrl(known.colleague.id)}
            target="_blank"
            rel="noreferrer"
            onClick={(event) => {
              event.preventDefault();
              services.openPage(colleaguePageUrl(known.colleague.id));
            }}
          >
            {t('coachingOpenPage', known.colleague.name)}
          </a>
          {' · '}
          <DashboardLink openPage={services.openPage} />
        </p>
      ) : null}
      {phase.kind === 'saved' ? (
        <p class="note" role="status">
          {t('coachingSaved', shownName)}
        </p>
      ) : null}
      {error ? (
        <p class="alert" role="alert">
          {t(ERRORS[error])}
        </p>
      ) : null}
      {phase.kind === 'form' && screen ? <FirstRecordForm name={name} phase={phase} session={session} screen={screen} /> : null}
    </section>
  );
}
