/**
 * @file "Since last time", under the score on one's own pages: the score's change since the last visit of another
 * day ("+6 since Nov 14"), the steps that moved, and the findings fixed since then, celebrated in one line. The
 * background works it out (src/storage/progress.ts); this only words it, dates and numbers through Intl in the
 * messages' language.
 */
import type { Finding } from '../../engine/run-rules';
import type { ProgressSince } from '../../messaging/protocol';
import { formatDay, messageLanguage, t } from '../shared/i18n';
import { STEP_LABELS } from '../shared/labels';
import { STEPS } from './popup-model';

const signed = (points: number) => new Intl.NumberFormat(messageLanguage(), { signDisplay: 'exceptZero' }).format(points);

function listOf(items: readonly string[]): string {
  try {
    return new Intl.ListFormat(messageLanguage(), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

export function ProgressSinceLine({ progress, findings }: { progress: ProgressSince; findings: readonly Finding[] }) {
  const day = formatDay(progress.day, { year: false });
  const moved = STEPS.filter((step) => (progress.steps[step] ?? 0) !== 0);
  const fixed = progress.fixed.flatMap((ruleId) => findings.find((finding) => finding.ruleId === ruleId)?.title ?? []);
  if (progress.overall === null && fixed.length === 0) return null;
  return (
    <section class="progress" aria-label={t('progressTitle')} data-testid="progress">
      {progress.overall === null ? null : (
        <p>
          <strong>{progress.overall === 0 ? t('progressSame', day) : t('progressSince', [signed(progress.overall), day])}</strong>
          {moved.length > 0 ? (
            <span class="muted small">
              {' · '}
              {moved.map((step) => `${t(STEP_LABELS[step])} ${signed(progress.steps[step] ?? 0)}`).join(' · ')}
            </span>
          ) : null}
        </p>
      )}
      {fixed.length > 0 ? <p class="celebrate">{t('progressFixed', [day, listOf(fixed)])}</p> : null}
    </section>
  );
}
