/**
 * @file The effect of the edited guidelines on the last page the popup checked: the score with the guidelines in
 * force and with the edits, the top findings with the edits, and what would no longer be flagged. It runs the
 * rules engine here, in the options page, on the stored snapshot (src/storage/last-check.ts); finding texts come
 * from the rules, in the browser's language, and are shown as text only. It does not store anything.
 */
import { useMemo } from 'preact/hooks';
import { checkSnapshot, type Finding } from '../../engine';
import { targetOf } from '../../engine/define-rule';
import type { Guidelines } from '../../guidelines/schema';
import type { LastCheck } from '../../storage/last-check';
import { t } from '../shared/i18n';
import { PAGE_TYPE_LABELS } from '../shared/labels';
import { translateFindings } from '../shared/rule-texts';

/** How many findings the preview lists: enough to see the change, few enough to read at a glance. */
const TOP = 5;

function ScoreFigure({ id, label, score }: { id: string; label: string; score: number | null }) {
  return (
    <div class="score-figure">
      <span id={id} class="score-label">
        {label}
      </span>
      <strong class="score-value" aria-labelledby={id} data-testid={id}>
        {score === null ? t('previewNoScore') : t('previewScore', score)}
      </strong>
    </div>
  );
}

export function GuidelinesPreview({
  last,
  inForce,
  edited,
  now,
}: {
  /** The last page checked; null when the popup has checked none yet. */
  last: LastCheck | null;
  inForce: Guidelines;
  /** The edited guidelines, or null while the text has errors. */
  edited: Guidelines | null;
  now: Date;
}) {
  const check = (guidelines: Guidelines) =>
    last ? checkSnapshot(last.snapshot, { guidelines, now, answers: last.answers, translate: translateFindings }) : null;
  const before = useMemo(() => check(inForce), [last, inForce, now]);
  const after = useMemo(() => (edited ? check(edited) : null), [last, edited, now]);

  if (!last || !before) return <p class="muted">{t('previewNothing')}</p>;
  const failing = (findings: readonly Finding[]) => findings.filter((finding) => finding.status === 'fail');
  const page = t(PAGE_TYPE_LABELS[targetOf(last.snapshot)]);

  return (
    <div class="preview">
      <p class="muted">{t('previewPage', [page, last.snapshot.url])}</p>
      <div class="scores">
        <ScoreFigure id="preview-before" label={t('previewBefore')} score={before.score.overall} />
        <span aria-hidden="true">→</span>
        {after ? (
          <ScoreFigure id="preview-after" label={t('previewAfter')} score={after.score.overall} />
        ) : (
          <p class="note">{t('previewFixErrors')}</p>
        )}
      </div>
      {after ? (
        <>
          <h3>{t('previewTopFindings')}</h3>
          {failing(after.findings).length === 0 ? (
            <p>{t('previewNothingToFix')}</p>
          ) : (
            <ol class="preview-findings">
              {failing(after.findings)
                .slice(0, TOP)
                .map((finding) => (
                  <li key={finding.ruleId}>
                    <strong>{finding.title}</strong>
                    {finding.message ? <span class="muted"> · {finding.message}</span> : null}
                  </li>
                ))}
            </ol>
          )}
          <NoLongerFlagged before={failing(before.findings)} after={failing(after.findings)} />
        </>
      ) : null}
    </div>
  );
}

function NoLongerFlagged({ before, after }: { before: readonly Finding[]; after: readonly Finding[] }) {
  const still = new Set(after.map((finding) => finding.ruleId));
  const gone = before.filter((finding) => !still.has(finding.ruleId));
  if (gone.length === 0) return null;
  return (
    <>
      <h3>{t('previewNoLongerFlagged')}</h3>
      <ul>
        {gone.map((finding) => (
          <li key={finding.ruleId}>{finding.title}</li>
        ))}
      </ul>
    </>
  );
}
