/**
 * @file The colleague's page (`coaching.html#<colleagueId>`): who, their profiles, the purpose of the record, the
 * sessions over time, two sessions compared, the notes, the agreed actions, the latest session's edits, and the
 * printable coaching sheet; without an id, the list of colleagues. Everything interactive sits in `.screen`, which
 * the print stylesheet hides; the sheet (`.coaching-sheet`) is all that prints. It reads and writes only through
 * the `CoachingStore` it is given.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { actionProgress } from '../../coaching/actions';
import { byTime } from '../../coaching/diff';
import type { Colleague, CoachingSettings, ColleagueProfile, Session } from '../../coaching/record';
import { sheetOf } from '../../coaching/sheet';
import { calendarDay } from '../../engine/dates';
import type { CoachingStore, ColleagueSummary } from '../../storage/coaching/port';
import { plural, t } from '../shared/i18n';
import { translateFindings } from '../shared/rule-texts';
import { ActionsTable } from './actions-table';
import { Compare } from './compare';
import { sessionDay } from './dates';
import { COLLEAGUE_PAINTED_MARK } from './marks';
import { ScoreChart } from './score-chart';
import { SessionEditor } from './session-editor';
import { SheetView } from './sheet';

export interface CoachingPageProps {
  store: CoachingStore;
  /** The colleague's id (the address's fragment), or '' for the list. */
  colleagueId: string;
  now?: () => Date;
  /** Prints the page (the browser's dialog, where "Save as PDF" is offered). */
  print?: () => void;
}

/** The colleague's id in an address fragment (`#<id>`), or ''. */
export const colleagueIdOf = (hash: string) => decodeURIComponent(hash.replace(/^#/, ''));

function profileLabel(profile: ColleagueProfile): string {
  const address = profile.key.replace(/^(linkedin|x):/, '');
  return t(profile.site === 'x' ? 'colleaguePageProfileX' : 'colleaguePageProfileLinkedin', address);
}

function ColleagueList({ store }: { store: CoachingStore }) {
  const [list, setList] = useState<ColleagueSummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    store.colleagues().then(setList, () => setFailed(true));
  }, [store]);
  return (
    <main class="screen">
      <h1>{t('colleaguePageListTitle')}</h1>
      <p class="purpose">{t('colleaguePagePurpose')}</p>
      {failed ? (
        <p class="alert" role="alert">
          {t('colleaguePageReadFailed')}
        </p>
      ) : list === null ? (
        <p class="muted">{t('colleaguePageLoading')}</p>
      ) : list.length === 0 ? (
        <p>{t('colleaguePageListEmpty')}</p>
      ) : (
        <ul class="colleague-list">
          {list.map(({ colleague, sessionCount, latest }) => (
            <li key={colleague.id}>
              <a href={`#${encodeURIComponent(colleague.id)}`}>{colleague.name}</a>
              <span class="muted">
                {' · '}
                {plural(sessionCount, 'colleaguePageSessionsOne', 'colleaguePageSessionsOther')}
                {latest ? ` · ${t('colleaguePageLatest', [latest.overall ?? t('colleaguePageNoScore'), sessionDay(latest.at)])}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

interface Loaded {
  colleague: Colleague;
  sessions: Session[];
  settings: CoachingSettings;
}

/** The reads in flight, by store and colleague: the entry starts one before the first render, the page takes it up. */
const reads = new WeakMap<CoachingStore, Map<string, Promise<Loaded | null>>>();

/**
 * A colleague's record and the settings, read once per store and id until it arrives (a later call reads again).
 * The page's entry calls it before rendering, so the database opens while the page's first frame is drawn.
 */
export function recordOf(store: CoachingStore, colleagueId: string): Promise<Loaded | null> {
  let byId = reads.get(store);
  if (!byId) reads.set(store, (byId = new Map()));
  let read = byId.get(colleagueId);
  if (!read) {
    read = Promise.all([store.colleague(colleagueId), store.settings()]).then(([found, settings]) =>
      found ? { ...found, sessions: byTime(found.sessions), settings } : null,
    );
    const forget = () => byId.delete(colleagueId);
    read.then(forget, forget);
    byId.set(colleagueId, read);
  }
  return read;
}

function ColleagueView({ store, colleagueId, now = () => new Date(), print = () => window.print() }: CoachingPageProps) {
  const [record, setRecord] = useState<Loaded | null | 'missing' | 'failed'>(null);
  useEffect(() => {
    let live = true;
    setRecord(null);
    recordOf(store, colleagueId).then(
      (found) => live && setRecord(found ?? 'missing'),
      () => live && setRecord('failed'),
    );
    return () => {
      live = false;
    };
  }, [store, colleagueId]);
  const loaded = typeof record === 'object' && record !== null ? record : null;
  // The bench times the page to this mark: the record painted. Preact runs effects after the next frame, so the
  // record has been painted when it is set (as the popup's score mark, src/ui/popup/score-card.tsx).
  useEffect(() => {
    if (loaded) performance.mark(COLLEAGUE_PAINTED_MARK);
  }, [loaded !== null]);
  const today = calendarDay(now());
  const progress = useMemo(() => (loaded ? actionProgress(loaded.sessions, today) : []), [loaded, today]);
  const sheet = useMemo(
    () => (loaded ? sheetOf(loaded.colleague, loaded.sessions, loaded.settings.retentionMonths, translateFindings) : null),
    [loaded],
  );

  const back = (
    <nav aria-label={t('colleaguePageNav')}>
      <a href="#">{t('colleaguePageAllColleagues')}</a>
    </nav>
  );
  if (record === null || record === 'missing' || record === 'failed') {
    return (
      <main class="screen">
        {back}
        {record === null ? (
          <p class="muted">{t('colleaguePageLoading')}</p>
        ) : (
          <p class="alert" role="alert">
            {record === 'missing' ? t('colleaguePageNotFound') : t('colleaguePageReadFailed')}
          </p>
        )}
      </main>
    );
  }
  const { colleague, sessions } = record;
  const latest = sessions.at(-1);
  const saved = (session: Session) =>
    setRecord({ ...record, sessions: sessions.map((item) => (item.id === session.id ? session : item)) });
  return (
    <>
      <main class="screen">
        {back}
        <h1>{colleague.name}</h1>
        <ul class="profiles" aria-label={t('colleaguePageProfiles')}>
          {colleague.profiles.map((profile) => (
            <li key={profile.key}>{profileLabel(profile)}</li>
          ))}
        </ul>
        <p class="purpose">{t('colleaguePagePurpose')}</p>
        {sheet ? (
          <div class="actions">
            <button type="button" class="primary" onClick={() => printAs(t('colleagueSheetTitle', colleague.name), print)}>
              {t('colleaguePagePrint')}
            </button>
          </div>
        ) : null}

        <h2>{t('colleaguePageSessionsTitle')}</h2>
        {sessions.length === 0 ? <p>{t('colleaguePageNoSessions')}</p> : <ScoreChart sessions={sessions} />}

        {sessions.length ? (
          <>
            <h2>{t('colleaguePageCompareTitle')}</h2>
            <Compare sessions={sessions} />
          </>
        ) : null}

        <h2>{t('colleaguePageActionsTitle')}</h2>
        <ActionsTable progress={progress} />

        <h2>{t('colleaguePageNotesTitle')}</h2>
        <Notes sessions={sessions} />

        {latest ? (
          <>
            <h2>{t('colleaguePageEditTitle')}</h2>
            <SessionEditor key={latest.id} session={latest} store={store} onSaved={saved} />
          </>
        ) : null}
      </main>
      {sheet ? <SheetView sheet={sheet} /> : null}
    </>
  );
}

/** Prints under the sheet's title, which the browser offers as the PDF's file name; the page's own title after. */
function printAs(title: string, print: () => void): void {
  const before = document.title;
  document.title = title;
  try {
    print();
  } finally {
    document.title = before;
  }
}

/** Every session's notes, latest first: those meant for the colleague apart from the ambassador's memos. */
function Notes({ sessions }: { sessions: readonly Session[] }) {
  const withNotes = [...sessions].reverse().filter((session) => session.notes.length > 0);
  if (withNotes.length === 0) return <p class="muted">{t('colleaguePageNoNotes')}</p>;
  return (
    <dl class="notes">
      {withNotes.map((session) => (
        <div key={session.id}>
          <dt>{sessionDay(session.at)}</dt>
          {session.notes.map((note, index) => (
            <dd key={index} class={note.forColleague ? 'note-colleague' : 'note-memo'}>
              <span class="note-kind">{note.forColleague ? t('colleaguePageNoteKindColleague') : t('colleaguePageNoteKindMemo')}</span>{' '}
              <span class="note-text">{note.text}</span>
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}

export function CoachingPage(props: CoachingPageProps) {
  return props.colleagueId ? <ColleagueView key={props.colleagueId} {...props} /> : <ColleagueList store={props.store} />;
}
