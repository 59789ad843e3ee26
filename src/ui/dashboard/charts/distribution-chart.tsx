/**
 * @file The score distribution: how many colleagues' latest overall score falls in each ten-point bin, as bars, and
 * the colleagues without a score as a bar apart; the same counts in a table. Team figures, not people: no name.
 */
import type { TeamFigures } from '../../../coaching/team-types';
import { t } from '../../shared/i18n';
import { binLabel, CHART_WIDTH, ChartFrame, formatNumber, GridLines } from './parts';

const HEIGHT = 220;
const PAD = { left: 40, right: 8, top: 20, bottom: 28 };

export function DistributionChart({ figures }: { figures: Pick<TeamFigures, 'distribution' | 'unscored'> }) {
  const { distribution, unscored } = figures;
  const scored = distribution.reduce((sum, bin) => sum + bin.count, 0);
  const title = t('chartDistributionTitle');
  if (scored + unscored === 0) return <ChartFrame kind="distribution" title={title} summary="" empty={t('chartNoColleagues')} height={HEIGHT} />;
  if (scored === 0) return <ChartFrame kind="distribution" title={title} summary="" empty={t('chartDistributionNoScore')} height={HEIGHT} />;

  // The most common bin, the lower one on a tie: what the summary says first.
  const top = distribution.reduce((best, bin) => (bin.count > best.count ? bin : best));
  const summary = t('chartDistributionSummary', [scored, top.from, top.to, top.count, unscored]);
  const bars = [
    ...distribution.map((bin) => ({ label: binLabel(bin), count: bin.count, unscored: false })),
    ...(unscored > 0 ? [{ label: t('chartUnscored'), count: unscored, unscored: true }] : []),
  ];
  const max = Math.max(...bars.map((bar) => bar.count));
  const innerWidth = CHART_WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  // The bar without a score stands half a slot apart from the bins: it is not a score range.
  const gap = unscored > 0 ? 0.5 : 0;
  const slot = innerWidth / (bars.length + gap);
  const y = (count: number) => PAD.top + (1 - count / max) * innerHeight;
  return (
    <ChartFrame
      kind="distribution"
      title={title}
      summary={summary}
      height={HEIGHT}
      table={{
        head: [t('chartColScore'), t('chartColColleagues')],
        rows: bars.map((bar) => [bar.label, formatNumber(bar.count)]),
      }}
    >
      <GridLines values={[0, max]} y={y} left={PAD.left} right={CHART_WIDTH - PAD.right} label={formatNumber} />
      {bars.map((bar, index) => {
        const x = PAD.left + (index + (bar.unscored ? gap : 0)) * slot + slot * 0.15;
        const width = slot * 0.7;
        return (
          <g key={bar.label}>
            <rect class={bar.unscored ? 'chart-bar chart-bar-muted' : 'chart-bar'} x={x} y={y(bar.count)} width={width} height={y(0) - y(bar.count)} />
            {bar.count > 0 ? (
              <text class="chart-value" x={x + width / 2} y={y(bar.count) - 4} text-anchor="middle">
                {formatNumber(bar.count)}
              </text>
            ) : null}
            <text class="chart-axis" x={x + width / 2} y={HEIGHT - 10} text-anchor="middle">
              {bar.label}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
