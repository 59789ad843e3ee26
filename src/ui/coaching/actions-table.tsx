/**
 * @file The agreed actions of every session: the finding (or the ambassador's words), when it was agreed, its due
 * date, and whether a later session shows it done, or it is overdue, or still due. It reads what it is given.
 */
import type { ActionProgress } from '../../coaching/actions';
import { formatDay, t } from '../shared/i18n';
import { sessionDay } from './dates';
import { findingTitle } from './finding-title';

function stateText(item: ActionProgress): string {
  if (item.state === 'done') return t('colleaguePageActionDone', item.doneIn ? sessionDay(item.doneIn.at) : '');
  return item.state === 'overdue' ? t('colleaguePageActionOverdue') : t('colleaguePageActionDue');
}

export function ActionsTable({ progress }: { progress: readonly ActionProgress[] }) {
  if (progress.length === 0) return <p class="muted">{t('colleaguePageNoActions')}</p>;
  return (
    <table class="data-table actions-table">
      <caption class="visually-hidden">{t('colleaguePageActionsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colleaguePageColAction')}</th>
          <th scope="col">{t('colleaguePageColAgreed')}</th>
          <th scope="col">{t('colleaguePageColDue')}</th>
          <th scope="col">{t('colleaguePageColState')}</th>
        </tr>
      </thead>
      <tbody>
        {progress.map((item) => (
          <tr key={`${item.agreedIn.id}:${item.action.id}`} class={`action-${item.state}`}>
            <th scope="row">
              {item.action.text || findingTitle(item.action.ruleId)}
              {item.action.text ? <div class="hint">{findingTitle(item.action.ruleId)}</div> : null}
            </th>
            <td>{sessionDay(item.agreedIn.at)}</td>
            <td>{formatDay(item.action.due)}</td>
            <td>
              <span class={`state state-${item.state}`}>{stateText(item)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
