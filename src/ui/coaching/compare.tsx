/**
 * @file Two sessions side by side: a choice of sessions (the last two by default) and what changed between them,
 * as fixed, new and still open, plus what could not be read this time. Sessions checked under different guidelines
 * are not compared: the page says so and shows each one's open findings on its own. It saves nothing.
 */
import { useState } from 'preact/hooks';
import { type Change, compareSessions, defaultPair, isUnread } from '../../coaching/diff';
import type { Session } from '../../coaching/record';
import { plural, t, type MessageKey } from '../shared/i18n';
import { sessionDay } from './dates';
import { findingTitle } from './finding-title';

function sessionLabel(session: Session): string {
  return t('colleaguePageSessionOption', [sessionDay(session.at), session.score.overall ?? t('colleaguePageNoScore')]);
}

function points(value: number): string {
  return plural(value, 'colleaguePagePointsOne', 'colleaguePagePointsOther');
}

interface ChangeListProps {
  heading: string;
  changes: readonly Change[];
  /** Titles as the rule says them once passed (the fixed list). */
  passed?: boolean;
  hint?: string;
}

function ChangeList({ heading, changes, passed = false, hint }: ChangeListProps) {
  return (
    <section class="diff-list" aria-label={heading}>
      <h3>
        {heading} <span class="count">({changes.length})</span>
      </h3>
      {hint && changes.length ? <p class="hint">{hint}</p> : null}
      {changes.length === 0 ? (
        <p class="muted">{t('colleaguePageNone')}</p>
      ) : (
        <ul>
          {changes.map((change) => {
            const worth = change.after?.status === 'fail' ? change.after.points : 0;
            return (
              <li key={change.ruleId}>
                {findingTitle(change.ruleId, passed)}
                {worth > 0 ? <span class="muted"> · {points(worth)}</span> : null}
                {change.after?.status === 'fail' && isUnread(change.before) ? <span class="muted"> · {t('colleaguePageNotReadBefore')}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function OpenFindings({ session }: { session: Session }) {
  const failed = session.outcomes.filter((outcome) => outcome.status === 'fail').sort((a, b) => b.points - a.points);
  return (
    <section class="diff-list" aria-label={t('colleaguePageOpenIn', sessionDay(session.at))}>
      <h3>{t('colleaguePageOpenIn', sessionDay(session.at))}</h3>
      {failed.length === 0 ? (
        <p class="muted">{t('colleaguePageNone')}</p>
      ) : (
        <ul>
          {failed.map((outcome) => (
            <li key={outcome.ruleId}>
              {findingTitle(outcome.ruleId)}
              {outcome.points > 0 ? <span class="muted"> · {points(outcome.points)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Compare({ sessions }: { sessions: readonly Session[] }) {
  const pair = defaultPair(sessions);
  const [beforeId, setBeforeId] = useState(pair?.[0].id ?? '');
  const [afterId, setAfterId] = useState(pair?.[1].id ?? '');
  if (!pair) {
    const only = sessions[0];
    return (
      <>
        <p>{t('colleaguePageOneSession')}</p>
        {only ? <OpenFindings session={only} /> : null}
      </>
    );
  }
  const before = sessions.find((session) => session.id === beforeId) ?? pair[0];
  const after = sessions.find((session) => session.id === afterId) ?? pair[1];
  const choice = (id: string, label: MessageKey, value: string, set: (value: string) => void) => (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <select id={id} value={value} onChange={(event) => set(event.currentTarget.value)}>
        {[...sessions].reverse().map((session) => (
          <option key={session.id} value={session.id}>
            {sessionLabel(session)}
          </option>
        ))}
      </select>
    </div>
  );
  const comparison = before.id === after.id ? null : compareSessions(before, after);
  return (
    <>
      <div class="compare-choice">
        {choice('compare-before', 'colleaguePageCompareFrom', before.id, setBeforeId)}
        {choice('compare-after', 'colleaguePageCompareTo', after.id, setAfterId)}
      </div>
      <div aria-live="polite">
        {comparison === null ? (
          <p>{t('colleaguePageSameSession')}</p>
        ) : comparison.kind === 'differentGuidelines' ? (
          <>
            <p class="note">{t('colleaguePageDifferentGuidelines', [comparison.guidelines.before.name, comparison.guidelines.after.name])}</p>
            <div class="diff">
              <OpenFindings session={comparison.before} />
              <OpenFindings session={comparison.after} />
            </div>
          </>
        ) : (
          <div class="diff">
            <ChangeList heading={t('colleaguePageFixed')} changes={comparison.fixed} passed />
            <ChangeList heading={t('colleaguePageNew')} changes={comparison.new} />
            <ChangeList heading={t('colleaguePageOpen')} changes={comparison.open} />
            {comparison.notRead.length ? (
              <ChangeList heading={t('colleaguePageNotRead')} changes={comparison.notRead} hint={t('colleaguePageNotReadHint')} />
            ) : null}
            {comparison.noLongerApplies.length ? (
              <ChangeList heading={t('colleaguePageNoLongerApplies')} changes={comparison.noLongerApplies} />
            ) : null}
          </div>
        )}
      </div>
    </>
  );
}
