/**
 * @file The stage funnel: the colleagues coached, then how many reached each stage (each asks for the one before, so
 * the bars only narrow), as horizontal bars over the colleagues coached; the colleagues whose next stage could not
 * be decided (a rule unread) are said apart, never counted as failing it. The table gives the same counts.
 */
import type { StageId, TeamFigures } from '../../../coaching/team-types';
import type { MessageKey } from '../../shared/i18n';
import { plural, t } from '../../shared/i18n';
import { CHART_WIDTH, ChartFrame, formatNumber, formatShare } from './parts';

/** Each stage's name on the charts (src/coaching/stages.ts defines what each asks). */
export const STAGE_LABELS: Readonly<Record<StageId, MessageKey>> = {
  safe: 'chartStageSafe',
  connected: 'chartStageConnected',
  speaking: 'chartStageSpeaking',
};

const ROW = 46;
const PAD = { left: 8, right: 96, top: 8 };

/** Colleagues coached: every colleague has a latest score in a bin or is counted without one. */
export const coachedCount = (figures: Pick<TeamFigures, 'distribution' | 'unscored'>) =>
  figures.distribution.reduce((sum, bin) => sum + bin.count, figures.unscored);

export function StageFunnelChart({ figures }: { figures: Pick<TeamFigures, 'stages' | 'stageUnsure' | 'distribution' | 'unscored'> }) {
  const title = t('chartFunnelTitle');
  const coached = coachedCount(figures);
  if (coached === 0) return <ChartFrame kind="funnel" title={title} summary="" empty={t('chartNoColleagues')} height={ROW} />;

  const rows = [
    { label: t('chartFunnelCoached'), count: coached, stage: false },
    ...figures.stages.map((stage) => ({ label: t(STAGE_LABELS[stage.id]), count: stage.count, stage: true })),
  ];
  const summary = t('chartFunnelSummary', [
    coached,
    figures.stages.map((stage) => `${t(STAGE_LABELS[stage.id])}: ${formatNumber(stage.count)}`).join('; '),
  ]);
  const unsure = figures.stageUnsure > 0 ? plural(figures.stageUnsure, 'chartFunnelUnsureOne', 'chartFunnelUnsure') : null;
  const height = PAD.top + rows.length * ROW;
  const innerWidth = CHART_WIDTH - PAD.left - PAD.right;
  // Scaled to the colleagues coached (a stage count above it would be a fault upstream; drawn as it is).
  const scale = Math.max(coached, ...rows.map((row) => row.count));
  return (
    <ChartFrame
      kind="funnel"
      title={title}
      summary={unsure ? `${summary} ${unsure}` : summary}
      height={height}
      note={unsure}
      table={{
        head: [t('chartColStage'), t('chartColColleagues'), t('chartColShareOfCoached')],
        rows: [
          ...rows.map((row) => [row.label, formatNumber(row.count), formatShare(row.count / coached)]),
          ...(figures.stageUnsure > 0 ? [[t('chartFunnelColUnsure'), formatNumber(figures.stageUnsure), formatShare(figures.stageUnsure / coached)]] : []),
        ],
      }}
    >
      {rows.map((row, index) => {
        const top = PAD.top + index * ROW;
        const width = (row.count / scale) * innerWidth;
        return (
          <g key={row.label}>
            <text class="chart-label" x={PAD.left} y={top + 13}>
              {row.label}
            </text>
            <rect class={row.stage ? 'chart-bar' : 'chart-bar chart-bar-muted'} x={PAD.left} y={top + 19} width={width} height={18} />
            <text class="chart-value" x={PAD.left + width + 6} y={top + 33}>
              {`${formatNumber(row.count)} (${formatShare(row.count / coached)})`}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
