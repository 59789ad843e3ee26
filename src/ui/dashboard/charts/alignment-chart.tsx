/**
 * @file Alignment before and after: the median score of the colleagues' first sessions beside the median of their
 * latest (on the latest session's site, under the same guidelines), as paired bars on a 0-100 axis, and the median
 * of their changes with how many colleagues it stands on. The median change is not the difference of the two
 * medians, so the table gives all three.
 */
import type { TeamFigures } from '../../../coaching/team-types';
import { plural, t } from '../../shared/i18n';
import { CHART_WIDTH, ChartFrame, formatChange, formatNumber } from './parts';

const HEIGHT = 150;
const PAD = { left: 8, right: 56, top: 8, bottom: 24 };
const ROW = 56;

export function AlignmentChart({ figures }: { figures: Pick<TeamFigures, 'alignment'> }) {
  const { count, median, firstMedian, latestMedian } = figures.alignment;
  const title = t('chartAlignmentTitle');
  if (count === 0 || median === null || firstMedian === null || latestMedian === null) {
    return <ChartFrame kind="alignment" title={title} summary="" empty={t('chartAlignmentNone')} height={HEIGHT} />;
  }
  const summary = t('chartAlignmentSummary', [
    plural(count, 'dashboardColleaguesOne', 'dashboardColleagues'),
    formatNumber(firstMedian),
    formatNumber(latestMedian),
    plural(median, 'chartPointsOne', 'chartPoints', [formatChange(median)]),
  ]);
  const innerWidth = CHART_WIDTH - PAD.left - PAD.right;
  const x = (score: number) => PAD.left + (Math.min(Math.max(score, 0), 100) / 100) * innerWidth;
  const bars = [
    { label: t('chartAlignmentFirst'), value: firstMedian, class: 'chart-bar chart-bar-muted' },
    { label: t('chartAlignmentLatest'), value: latestMedian, class: 'chart-bar' },
  ];
  return (
    <ChartFrame
      kind="alignment"
      title={title}
      summary={summary}
      height={HEIGHT}
      table={{
        head: [t('chartColFigure'), t('chartColValue')],
        rows: [
          [t('chartAlignmentFirst'), formatNumber(firstMedian)],
          [t('chartAlignmentLatest'), formatNumber(latestMedian)],
          [t('chartAlignmentChange'), formatChange(median)],
          [t('chartColColleagues'), formatNumber(count)],
        ],
      }}
    >
      {[0, 50, 100].map((score) => (
        <g key={score} class="chart-grid" aria-hidden="true">
          <line class="chart-gridline" x1={x(score)} x2={x(score)} y1={PAD.top} y2={HEIGHT - PAD.bottom} />
          <text class="chart-axis" x={x(score)} y={HEIGHT - 8} text-anchor={score === 0 ? 'start' : score === 100 ? 'end' : 'middle'}>
            {formatNumber(score)}
          </text>
        </g>
      ))}
      {bars.map((bar, index) => {
        const top = PAD.top + index * ROW;
        return (
          <g key={bar.label}>
            <text class="chart-label" x={PAD.left} y={top + 14}>
              {bar.label}
            </text>
            <rect class={bar.class} x={PAD.left} y={top + 20} width={x(bar.value) - PAD.left} height={20} />
            <text class="chart-value" x={x(bar.value) + 6} y={top + 35}>
              {formatNumber(bar.value)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
