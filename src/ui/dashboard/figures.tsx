/**
 * @file The team's figures on the dashboard, each with how it was computed one click away (a `<details>`: the rule,
 * what it stands on, the team's size and the day): onboarded, alignment gained, visibility, where the training
 * should go, stages, and the value, which is never shown without its assumption. Team figures, no person named. It
 * computes nothing (src/coaching/team.ts does) and saves nothing.
 */
import type { ComponentChildren } from 'preact';
import type { Median, Stages, TeamFigures } from '../../coaching/team-types';
import { findingTitle } from '../coaching/finding-title';
import { formatDay, messageLanguage, plural, t } from '../shared/i18n';
import { STEP_LABELS } from '../shared/labels';
import { STAGE_NAMES } from './team-table';

export interface FiguresProps {
  figures: TeamFigures;
  /** The guidelines' onboarding score and stages the figures were computed with. */
  onboardingScore: number;
  stages: Stages;
  /** YYYY-MM-DD. */
  today: string;
  /** How many colleagues are recorded. */
  colleagues: number;
}

/** One decimal at most, in the page's language. */
const decimal = (value: number) => new Intl.NumberFormat(messageLanguage(), { maximumFractionDigits: 1 }).format(value);
const signedDecimal = (value: number) => (value > 0 ? `+${decimal(value)}` : value < 0 ? `−${decimal(-value)}` : '0');

/** An amount in its currency, in the page's language; the amount and code where Intl does not know the currency. */
export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(messageLanguage(), { style: 'currency', currency }).format(amount);
  } catch {
    return `${decimal(amount)} ${currency}`;
  }
}

function Figure({ id, title, value, children }: { id: string; title: string; value: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="figure" aria-labelledby={`figure-${id}`} data-figure={id}>
      <h3 id={`figure-${id}`}>{title}</h3>
      <div class="figure-value">{value}</div>
      <details class="how">
        <summary>{t('dashboardHow')}</summary>
        <div class="how-body">{children}</div>
      </details>
    </section>
  );
}

const standsOn = (count: number) => <p>{plural(count, 'dashboardStandsOnOne', 'dashboardStandsOn')}</p>;

function VisibilityLine({ label, median }: { label: string; median: Median }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {median.median === null ? t('dashboardNotEnough') : t('dashboardPercent', signedDecimal(median.median))}{' '}
        <span class="muted">{t('dashboardCount', median.count)}</span>
      </dd>
    </div>
  );
}

export function Figures({ figures, onboardingScore, stages, today, colleagues }: FiguresProps) {
  const { onboarded, alignment, visibility, gaps, value } = figures;
  const day = formatDay(today);
  const computed = <p class="muted">{t('dashboardComputedOn', [day, colleagues])}</p>;
  const size =
    onboarded.size === null || onboarded.sizeFrom === null ? (
      <p>{t('dashboardTeamSizeNone')}</p>
    ) : (
      <p>{t('dashboardTeamSizeFrom', [onboarded.size, formatDay(onboarded.sizeFrom)])}</p>
    );
  return (
    <div class="figures">
      <Figure
        id="onboarded"
        title={t('dashboardOnboardedTitle')}
        value={
          onboarded.share === null || onboarded.size === null
            ? t('dashboardOnboardedNoSize', onboarded.count)
            : t('dashboardOnboardedShare', [onboarded.count, onboarded.size, decimal(onboarded.share * 100)])
        }
      >
        <p>{t('dashboardOnboardedRule', [day, onboardingScore])}</p>
        {standsOn(onboarded.count)}
        {size}
        {computed}
      </Figure>

      <Figure
        id="alignment"
        title={t('dashboardAlignmentTitle')}
        value={alignment.median === null ? t('dashboardNotEnough') : plural(alignment.median, 'dashboardPointsOne', 'dashboardPoints', [signedDecimal(alignment.median)])}
      >
        <p>{t('dashboardAlignmentRule')}</p>
        {alignment.firstMedian !== null && alignment.latestMedian !== null ? (
          <p>{t('dashboardAlignmentMedians', [decimal(alignment.firstMedian), decimal(alignment.latestMedian)])}</p>
        ) : null}
        {standsOn(alignment.count)}
        {computed}
      </Figure>

      <Figure
        id="visibility"
        title={t('dashboardVisibilityTitle')}
        value={
          <dl class="visibility">
            <VisibilityLine label={t('dashboardVisibilityLinkedinFollowers')} median={visibility.linkedinFollowers} />
            <VisibilityLine label={t('dashboardVisibilityLinkedinConnections')} median={visibility.linkedinConnections} />
            <VisibilityLine label={t('dashboardVisibilityXFollowers')} median={visibility.xFollowers} />
          </dl>
        }
      >
        <p>{t('dashboardVisibilityRule')}</p>
        {computed}
      </Figure>

      <Figure
        id="gaps"
        title={t('dashboardGapsTitle')}
        value={
          gaps.length === 0 ? (
            t('dashboardGapsNone')
          ) : (
            <ol class="gaps">
              {gaps.map((gap) => (
                <li key={gap.ruleId}>
                  {findingTitle(gap.ruleId)}{' '}
                  <span class="muted">({plural(gap.colleagues, 'dashboardColleaguesOne', 'dashboardColleagues')})</span>
                </li>
              ))}
            </ol>
          )
        }
      >
        <p>{t('dashboardGapsRule')}</p>
        {computed}
      </Figure>

      <Figure
        id="stages"
        title={t('dashboardStagesTitle')}
        value={
          <dl class="stages">
            {figures.stages.map((stage) => (
              <div key={stage.id}>
                <dt>{t(STAGE_NAMES[stage.id])}</dt>
                <dd>{stage.count}</dd>
              </div>
            ))}
          </dl>
        }
      >
        <p>{t('dashboardStagesRule')}</p>
        <ul>
          {stages.map((stage) => (
            <li key={stage.id}>
              <strong>{t(STAGE_NAMES[stage.id])}</strong>: {[...stage.steps.map((step) => t('dashboardStageStep', t(STEP_LABELS[step]))), ...stage.rules.map((rule) => findingTitle(rule, true))].join('; ') ||
                t('dashboardStageEmpty')}
            </li>
          ))}
        </ul>
        {figures.stageUnsure > 0 ? <p>{plural(figures.stageUnsure, 'dashboardStageUnsureOne', 'dashboardStageUnsure')}</p> : null}
        {computed}
      </Figure>

      <Figure
        id="value"
        title={t('dashboardValueTitle')}
        value={
          value === null ? (
            <span class="muted">{t('dashboardValueNoCost')}</span>
          ) : (
            <>
              <span>{money(value.amount, value.cost.currency)}</span>{' '}
              <span class="assumption">{t('dashboardValueAssumption', [money(value.cost.perThousand, value.cost.currency), value.audienceGained])}</span>
            </>
          )
        }
      >
        <p>{t('dashboardValueRule')}</p>
        {computed}
      </Figure>
    </div>
  );
}
