/**
 * @file The checklist thresholds (how old an invitation may get, how long a profile may go unchanged…) and one
 * switch per rule, grouped by checklist step, to turn a rule off. Both are written into the guidelines text
 * (`checklist:` and `rules: { id: off }`) like every other edit, so the file stays the one source of truth. Rule
 * titles and descriptions are the rules' own, in the browser's language (rule-texts.ts).
 */
import { useId } from 'preact/hooks';
import type { AnyRule } from '../../engine/define-rule';
import { ChecklistSchema, STEPS } from '../../guidelines/schema';
import { RULE_LIST } from '../../rules';
import { type DraftApi, FieldErrors, NumberField } from './form-fields';
import { errorsAt, isRuleOff } from './guidelines-draft';
import { type MessageKey, messageLanguage, t } from '../shared/i18n';
import { STEP_LABELS } from '../shared/labels';
import { ruleText } from '../shared/rule-texts';

/** The thresholds a company is most likely to tune, with their words; the defaults come from the schema itself. */
const THRESHOLDS: readonly { key: string; label: MessageKey; hint: MessageKey; max: number; min?: number }[] = [
  { key: 'staleInvitationDays', label: 'thresholdStaleInvitationDays', hint: 'thresholdStaleInvitationDaysHint', max: 3650 },
  { key: 'withdrawSentDays', label: 'thresholdWithdrawSentDays', hint: 'thresholdWithdrawSentDaysHint', max: 3650 },
  { key: 'refreshDays', label: 'thresholdRefreshDays', hint: 'thresholdRefreshDaysHint', max: 3650 },
  { key: 'backlogSize', label: 'thresholdBacklogSize', hint: 'thresholdBacklogSizeHint', max: 100_000 },
  { key: 'reconnectDays', label: 'thresholdReconnectDays', hint: 'thresholdReconnectDaysHint', max: 36_500 },
  { key: 'onboardingScore', label: 'thresholdOnboardingScore', hint: 'thresholdOnboardingScoreHint', max: 100, min: 0 },
];

const DEFAULT_CHECKLIST = ChecklistSchema.parse({}) as unknown as Readonly<Record<string, number>>;

export function Thresholds({ api }: { api: DraftApi }) {
  return (
    <fieldset class="section" disabled={api.disabled}>
      <legend>{t('thresholdsTitle')}</legend>
      <p class="hint">{t('thresholdsHint')}</p>
      <div class="fields">
        {THRESHOLDS.map(({ key, label, hint, max, min = 1 }) => (
          <NumberField
            key={key}
            api={api}
            path={['checklist', key]}
            label={t(label)}
            hint={`${t(hint)} ${t('thresholdDefault', String(DEFAULT_CHECKLIST[key]))}`}
            min={min}
            max={max}
            placeholder={String(DEFAULT_CHECKLIST[key])}
          />
        ))}
      </div>
    </fieldset>
  );
}

function RuleSwitch({ api, rule }: { api: DraftApi; rule: AnyRule }) {
  const id = useId();
  const { meta } = rule;
  const title = ruleText(rule, 'title');
  const off = isRuleOff(api.data, meta.id);
  const errors = errorsAt(api.errors, ['rules', meta.id]);
  return (
    <li class="rule">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={!off}
        disabled={api.disabled}
        aria-describedby={`${id}-why${errors.length ? ` ${id}-errors` : ''}`}
        onChange={(event) => api.setRuleOff(meta.id, !(event.currentTarget as HTMLInputElement).checked)}
      />
      <div>
        <label for={id}>{title}</label>
        <p id={`${id}-why`} class="hint">
          {ruleText(rule, 'description')} <code>{meta.id}</code>
          {off ? ` · ${t('ruleIsOff')}` : ''}
        </p>
        <FieldErrors id={`${id}-errors`} errors={errors} />
      </div>
    </li>
  );
}

export function RuleSwitches({ api, rules = RULE_LIST }: { api: DraftApi; rules?: readonly AnyRule[] }) {
  return (
    <fieldset class="section" disabled={api.disabled}>
      <legend>{t('rulesTitle')}</legend>
      <p class="hint">{t('rulesHint')}</p>
      {STEPS.map((step) => {
        const inStep = rules
          .filter((rule) => rule.meta.step === step)
          .map((rule) => ({ rule, title: ruleText(rule, 'title') }))
          .sort((a, b) => a.title.localeCompare(b.title, messageLanguage()))
          .map(({ rule }) => rule);
        if (inStep.length === 0) return null;
        return (
          // A group, not a section: a region named "Guidelines" would repeat the page's own Guidelines section.
          <div key={step} role="group" aria-labelledby={`rules-${step}`}>
            <h3 id={`rules-${step}`}>{t(STEP_LABELS[step])}</h3>
            <ul class="rules">
              {inStep.map((rule) => (
                <RuleSwitch key={rule.meta.id} api={api} rule={rule} />
              ))}
            </ul>
          </div>
        );
      })}
    </fieldset>
  );
}
