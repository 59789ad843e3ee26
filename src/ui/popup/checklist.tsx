/**
 * @file The manual checklist: the steps no page can show (an editorial plan, a talk with marketing…), as
 * checkboxes. Ticking answers "done"; unticking an answered item answers "not done yet", which counts in the score
 * as 0, while an item never touched stays out of the score (the engine's rule for unanswered items). The answers
 * are the viewer's own: on someone else's profile (no `onAnswer`) the items are listed without checkboxes, as
 * questions for that colleague, until a coaching session starts (`ask`): then each is answered yes, no or not asked,
 * for the session. It renders the answers it is given and reports changes; storing them is the caller's business.
 */
import { useId } from 'preact/hooks';
import { t } from '../shared/i18n';
import { STEP_LABELS } from '../shared/labels';
import { manualIdOf, type FindingView } from './popup-model';

function ChecklistItem({
  view,
  answer,
  onAnswer,
}: {
  view: FindingView;
  answer: boolean | undefined;
  onAnswer: (id: string, done: boolean) => void;
}) {
  const id = useId();
  const { finding } = view;
  const state = answer === undefined ? t('checklistUnanswered') : answer ? null : t('checklistNotDone');
  return (
    <li class="check">
      <input
        id={id}
        type="checkbox"
        checked={answer === true}
        aria-describedby={`${id}-why`}
        onChange={(event) => onAnswer(manualIdOf(finding), (event.target as HTMLInputElement).checked)}
      />
      <div>
        <label for={id}>{finding.title}</label>
        <p id={`${id}-why`} class="muted small">
          {t(STEP_LABELS[finding.step])} · {finding.why}
          {state ? ` ${state}` : ''}
        </p>
      </div>
    </li>
  );
}

/** A question asked of the colleague in a session: yes, no, or not asked (left out of the session). */
function SessionQuestion({
  view,
  answer,
  onAnswer,
}: {
  view: FindingView;
  answer: boolean | undefined;
  onAnswer: (id: string, answer: boolean | undefined) => void;
}) {
  const name = useId();
  const { finding } = view;
  const choices: [boolean | undefined, string][] = [
    [true, t('answerYes')],
    [false, t('answerNo')],
    [undefined, t('answerUnset')],
  ];
  return (
    <li>
      <fieldset class="question">
        <legend>{finding.title}</legend>
        {choices.map(([value, label]) => (
          <label key={label}>
            <input type="radio" name={name} checked={answer === value} onChange={() => onAnswer(manualIdOf(finding), value)} />{' '}
            {label}
          </label>
        ))}
      </fieldset>
    </li>
  );
}

export function Checklist({
  items,
  answers,
  onAnswer,
  ask,
}: {
  items: readonly FindingView[];
  answers: Readonly<Record<string, boolean>>;
  /** Absent on someone else's profile: the questions are theirs to answer, not the viewer's. */
  onAnswer?: (id: string, done: boolean) => void;
  /** On a colleague's profile, once a session is started: `answers` are the session's, asked of `name`. */
  ask?: { name: string; onAnswer: (id: string, answer: boolean | undefined) => void };
}) {
  if (items.length === 0) return null;
  if (ask) {
    return (
      <section class="checklist" aria-labelledby="checklist-title">
        <h2 id="checklist-title">{t('checklistTitle')}</h2>
        <p class="muted small">{t('checklistSession', ask.name)}</p>
        <ul class="questions">
          {items.map((view) => (
            <SessionQuestion
              key={view.finding.ruleId}
              view={view}
              answer={answers[manualIdOf(view.finding)]}
              onAnswer={ask.onAnswer}
            />
          ))}
        </ul>
      </section>
    );
  }
  if (!onAnswer) {
    return (
      <section class="checklist" aria-labelledby="checklist-title">
        <h2 id="checklist-title">{t('checklistTitle')}</h2>
        <p class="muted small">{t('checklistColleague')}</p>
        <ul class="compact">
          {items.map((view) => (
            <li key={view.finding.ruleId}>{view.finding.title}</li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('checklistTitle')}</h2>
      <p class="muted small">{t('checklistHint')}</p>
      <ul>
        {items.map((view) => (
          <ChecklistItem
            key={view.finding.ruleId}
            view={view}
            answer={answers[manualIdOf(view.finding)]}
            onAnswer={onAnswer}
          />
        ))}
      </ul>
    </section>
  );
}
