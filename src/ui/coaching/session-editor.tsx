/**
 * @file Edits the latest session's notes (one for the colleague, printed on the sheet; one memo for the ambassador),
 * its agreed actions (per failed finding: the ambassador's words and a due date; a row without a date agrees
 * nothing) and the next session's date, and saves them through `CoachingStore.saveSession`. A failed save is said
 * plainly and the edits stay on screen. It changes nothing of the check itself.
 */
import { useState } from 'preact/hooks';
import type { AgreedAction, Session, SessionNote } from '../../coaching/record';
import { type CoachingStore, CoachingStoreError } from '../../storage/coaching/port';
import { t } from '../shared/i18n';
import { sessionDay } from './dates';
import { findingTitle } from './finding-title';

interface Draft {
  forColleague: string;
  memo: string;
  /** By rule id: the action's words and due date (YYYY-MM-DD, '' for none). */
  actions: Record<string, { id: string | null; text: string; due: string }>;
  nextSessionOn: string;
}

const joined = (notes: readonly SessionNote[], forColleague: boolean) =>
  notes
    .filter((note) => note.forColleague === forColleague)
    .map((note) => note.text)
    .join('\n\n');

/** The findings an action can be agreed on: the latest session's failures (most points first), and any already agreed. */
function actionRules(session: Session): string[] {
  const failed = session.outcomes
    .filter((outcome) => outcome.status === 'fail')
    .sort((a, b) => b.points - a.points)
    .map((outcome) => outcome.ruleId);
  return [...new Set([...failed, ...session.actions.map((action) => action.ruleId)])];
}

function draftOf(session: Session): Draft {
  const actions: Draft['actions'] = {};
  for (const ruleId of actionRules(session)) actions[ruleId] = { id: null, text: '', due: '' };
  for (const action of session.actions) actions[action.ruleId] = { id: action.id, text: action.text, due: action.due };
  return {
    forColleague: joined(session.notes, true),
    memo: joined(session.notes, false),
    actions,
    nextSessionOn: session.nextSessionOn ?? '',
  };
}

/** The session with the draft's notes, actions and next date. */
export function withDraft(session: Session, draft: Draft, newId: () => string): Session {
  const notes: SessionNote[] = [];
  if (draft.forColleague.trim()) notes.push({ text: draft.forColleague.trim(), forColleague: true });
  if (draft.memo.trim()) notes.push({ text: draft.memo.trim(), forColleague: false });
  const actions: AgreedAction[] = Object.entries(draft.actions)
    .filter(([, action]) => /^\d{4}-\d{2}-\d{2}$/.test(action.due))
    .map(([ruleId, action]) => ({ id: action.id ?? newId(), ruleId, text: action.text.trim(), due: action.due }));
  const { nextSessionOn: _previous, ...rest } = session;
  return { ...rest, notes, actions, ...(draft.nextSessionOn ? { nextSessionOn: draft.nextSessionOn } : {}) };
}

const SAVE_ERRORS = {
  full: 'colleaguePageSaveFull',
  blocked: 'colleaguePageSaveBlocked',
  failed: 'colleaguePageSaveFailed',
} as const;

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; reason: keyof typeof SAVE_ERRORS };

export function SessionEditor({ session, store, onSaved }: { session: Session; store: CoachingStore; onSaved: (session: Session) => void }) {
  const [draft, setDraft] = useState(() => draftOf(session));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const change = (update: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...update }));
    setState({ kind: 'idle' });
  };
  const changeAction = (ruleId: string, update: Partial<Draft['actions'][string]>) =>
    change({ actions: { ...draft.actions, [ruleId]: { ...(draft.actions[ruleId] ?? { id: null, text: '', due: '' }), ...update } } });

  async function save(event: Event) {
    event.preventDefault();
    const next = withDraft(session, draft, () => crypto.randomUUID());
    setState({ kind: 'saving' });
    try {
      await store.saveSession(next);
      setState({ kind: 'saved' });
      onSaved(next);
    } catch (error) {
      setState({ kind: 'error', reason: error instanceof CoachingStoreError ? error.reason : 'failed' });
    }
  }

  const rules = Object.keys(draft.actions);
  return (
    <form class="session-editor" onSubmit={(event) => void save(event)}>
      <p class="hint">{t('colleaguePageEditHint', sessionDay(session.at))}</p>
      <div class="field">
        <label for="note-colleague">{t('colleaguePageNoteForColleague')}</label>
        <textarea id="note-colleague" rows={3} value={draft.forColleague} onInput={(event) => change({ forColleague: event.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="note-memo">{t('colleaguePageNoteMemo')}</label>
        <textarea id="note-memo" rows={3} value={draft.memo} onInput={(event) => change({ memo: event.currentTarget.value })} />
      </div>
      <fieldset class="section">
        <legend>{t('colleaguePageActionsEdit')}</legend>
        {rules.length === 0 ? (
          <p class="muted">{t('colleaguePageNoFailed')}</p>
        ) : (
          <>
            <p class="hint">{t('colleaguePageActionsEditHint')}</p>
            <ul class="action-rows">
              {rules.map((ruleId, index) => {
                const action = draft.actions[ruleId] ?? { id: null, text: '', due: '' };
                const title = findingTitle(ruleId);
                return (
                  <li key={ruleId} class="action-row">
                    <span class="action-finding" id={`action-finding-${index}`}>
                      {title}
                    </span>
                    <input
                      type="text"
                      aria-label={t('colleaguePageActionText', title)}
                      placeholder={t('colleaguePageActionPlaceholder')}
                      value={action.text}
                      onInput={(event) => changeAction(ruleId, { text: event.currentTarget.value })}
                    />
                    <input
                      type="date"
                      aria-label={t('colleaguePageActionDueLabel', title)}
                      value={action.due}
                      onInput={(event) => changeAction(ruleId, { due: event.currentTarget.value })}
                    />
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </fieldset>
      <div class="field next-session">
        <label for="next-session">{t('colleaguePageNextSession')}</label>
        <input id="next-session" type="date" value={draft.nextSessionOn} onInput={(event) => change({ nextSessionOn: event.currentTarget.value })} />
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={state.kind === 'saving'}>
          {state.kind === 'saving' ? t('colleaguePageSaving') : t('colleaguePageSave')}
        </button>
        <span role="status">{state.kind === 'saved' ? t('colleaguePageSaved') : ''}</span>
      </div>
      {state.kind === 'error' ? (
        <p class="alert" role="alert">
          {t(SAVE_ERRORS[state.reason])}
        </p>
      ) : null}
    </form>
  );
}
