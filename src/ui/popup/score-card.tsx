/**
 * @file The score at the top of the popup: the brand-alignment gauge with its band, and one bar per checklist step.
 * Each is a `meter` for screen readers; "not enough data" is said in words and drawn as a dotted line, never as the
 * empty track of a 0. Given no score it
 * draws a placeholder of the same size, so nothing moves when the page has been read.
 */
import { useEffect } from 'preact/hooks';
import type { Score } from '../../engine/score';
import { plural, t } from '../shared/i18n';
import { STEP_LABELS } from '../shared/labels';
import { SCORE_PAINTED_MARK } from './marks';
import { bandOf, STEPS, type Band } from './popup-model';

const BAND_LABELS = { good: 'bandGood', fair: 'bandFair', needsWork: 'bandNeedsWork' } as const;

const RADIUS = 34;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

function Ring({ value, band }: { value: number | null; band: Band | null }) {
  const filled = value === null ? 0 : (CIRCUMFERENCE * value) / 100;
  return (
    <svg class="ring" viewBox="0 0 84 84" width="84" height="84" aria-hidden="true" focusable="false">
      <circle class="ring-track" cx="42" cy="42" r={RADIUS} />
      {value !== null && value > 0 ? (
        <circle
          class={`ring-value band-${band}`}
          cx="42"
          cy="42"
          r={RADIUS}
          stroke-dasharray={`${filled} ${CIRCUMFERENCE}`}
          transform="rotate(-90 42 42)"
        />
      ) : null}
      <text class="ring-number" x="42" y="42" text-anchor="middle" dominant-baseline="central">
        {value === null ? '–' : value}
      </text>
    </svg>
  );
}

/** `score` undefined: the page is still being read or checked. */
export function ScoreCard({ score, unreadableCount = 0 }: { score?: Score; unreadableCount?: number }) {
  // Preact runs effects after the next frame, so the score has been painted when the mark is set.
  useEffect(() => {
    if (!score || typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
    if (performance.getEntriesByName(SCORE_PAINTED_MARK).length === 0) performance.mark(SCORE_PAINTED_MARK);
  }, [score]);
  if (!score) {
    return (
      <section class="score-card placeholder" aria-hidden="true">
        <div class="gauge">
          <Ring value={null} band={null} />
        </div>
        <div class="score-side">
          <p class="gauge-text">&nbsp;</p>
          <ul class="steps">
            {STEPS.map((step) => (
              <li key={step} class="step">
                <span class="step-label">{t(STEP_LABELS[step])}</span>
                <span class="bar" />
                <span class="step-value" />
              </li>
            ))}
          </ul>
        </div>
      </section>
    );
  }
  const overall = score.overall;
  const band = overall === null ? null : bandOf(overall);
  return (
    <section class="score-card" aria-labelledby="score-title">
      <div class="gauge">
        {overall === null || band === null ? (
          <div role="img" aria-labelledby="score-title score-band">
            <Ring value={null} band={null} />
          </div>
        ) : (
          <div
            role="meter"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={overall}
            aria-valuetext={t('scoreOutOf', [overall, t(BAND_LABELS[band])])}
            aria-labelledby="score-title"
          >
            <Ring value={overall} band={band} />
          </div>
        )}
      </div>
      {/* Beside the gauge, not under it: the top finding's action must stay in view at 600 px. */}
      <div class="score-side">
        <div class="gauge-text">
          <h2 id="score-title">{t('scoreTitle')}</h2>{' '}
          <p id="score-band" class={band ? `band band-${band}` : 'band'} data-testid="score-band">
            {band ? t(BAND_LABELS[band]) : t('notEnoughData')}
          </p>
          {overall === null ? <p class="muted small">{t('notEnoughDataHint')}</p> : null}
          {unreadableCount > 0 ? (
            <p class="small">
              <a href="#unreadable">{plural(unreadableCount, 'scoreLeavesOutOne', 'scoreLeavesOut')}</a>
            </p>
          ) : null}
        </div>
        <h3 class="visually-hidden">{t('stepsTitle')}</h3>
        <ul class="steps">
          {STEPS.map((step) => {
            const value = score.steps[step];
            const id = `step-${step}`;
            return (
              <li key={step} class="step">
                <span class="step-label" id={id}>
                  {t(STEP_LABELS[step])}
                </span>
                {value === null ? (
                  <>
                    {/* No track: an empty track would read as 0. */}
                    <span class="bar no-data" aria-hidden="true" data-testid={`no-data-${step}`} />
                    <span class="step-value muted small">{t('stepNoData')}</span>
                  </>
                ) : (
                  <>
                    <span
                      class="bar"
                      role="meter"
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={value}
                      aria-valuetext={t('scoreOutOf', [value, t(BAND_LABELS[bandOf(value)])])}
                      aria-labelledby={id}
                    >
                      <span class={`bar-fill band-${bandOf(value)}`} style={{ width: `${value}%` }} />
                    </span>
                    <span class="step-value" aria-hidden="true">
                      {value}
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
