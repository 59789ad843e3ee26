/**
 * @file The onboarded share over time: one point per month's last day and today, each share over the team's size
 * on that day (a past share keeps the size it had then), as a line on a time axis. Where the size changed, a dashed
 * mark names the new size, so a jump that comes from the denominator is seen as such. Points without a size have no
 * share: the line breaks there. The table gives every point: day, onboarded, size, share.
 */
import type { OnboardedPoint, TeamFigures } from '../../../coaching/team-types';
import { formatDay, plural, t } from '../../shared/i18n';
import { CHART_WIDTH, ChartFrame, formatNumber, formatShare, GridLines, NO_VALUE } from './parts';

const HEIGHT = 240;
const PAD = { left: 48, right: 16, top: 28, bottom: 28 };

/** Days as a time scale (UTC midnight: the points are calendar days). */
const dayTime = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Indices of the points whose size differs from the point before (the first point with a size counts). */
function sizeChanges(series: readonly OnboardedPoint[]): number[] {
  return series.flatMap((point, index) =>
    index > 0 && point.size !== null && point.size !== (series[index - 1] as OnboardedPoint).size ? [index] : [],
  );
}

/** Runs of consecutive points that have a share: one polyline each. */
function runsOf<T extends { share: number | null }>(points: readonly T[]): T[][] {
  const runs: T[][] = [[]];
  for (const point of points) {
    if (point.share === null) runs.push([]);
    else (runs.at(-1) as T[]).push(point);
  }
  return runs.filter((run) => run.length > 0);
}

export function OnboardedChart({ figures }: { figures: Pick<TeamFigures, 'onboarded'> }) {
  const series = figures.onboarded.series;
  const title = t('chartOnboardedTitle');
  const table = {
    head: [t('chartColDay'), t('chartColOnboarded'), t('chartColTeamSize'), t('chartColShare')],
    rows: series.map((point) => [
      formatDay(point.on),
      formatNumber(point.count),
      point.size === null ? t('chartSizeNotEntered') : formatNumber(point.size),
      point.share === null ? NO_VALUE : formatShare(point.share),
    ]),
  };
  if (series.length === 0) return <ChartFrame kind="onboarded" title={title} summary="" empty={t('chartOnboardedNoSessions')} height={HEIGHT} />;
  const withShare = series.filter((point) => point.share !== null);
  // Counts without a size are still worth reading: the table shows, the chart does not.
  if (withShare.length === 0) return <ChartFrame kind="onboarded" title={title} summary="" empty={t('chartOnboardedNoSize')} height={HEIGHT} table={table} />;

  const first = withShare[0] as OnboardedPoint;
  const last = withShare.at(-1) as OnboardedPoint;
  const changes = sizeChanges(series);
  const lastSentence =
    first === last
      ? t('chartOnboardedSummaryOne', [formatShare(last.share as number), formatDay(last.on), last.count, last.size as number])
      : t('chartOnboardedSummary', [formatShare(last.share as number), formatDay(last.on), last.count, last.size as number, formatShare(first.share as number), formatDay(first.on)]);
  const summary = changes.length === 0 ? lastSentence : `${lastSentence} ${plural(changes.length, 'chartOnboardedSizeChangesOne', 'chartOnboardedSizeChanges')}`;

  const start = dayTime((series[0] as OnboardedPoint).on);
  const span = dayTime((series.at(-1) as OnboardedPoint).on) - start;
  const innerWidth = CHART_WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  // A share above 1 (more onboarded than the size entered) is drawn as it is, not clipped.
  const top = Math.max(1, ...withShare.map((point) => point.share as number));
  const x = (day: string) => PAD.left + (span === 0 ? innerWidth / 2 : ((dayTime(day) - start) / span) * innerWidth);
  const y = (share: number) => PAD.top + (1 - share / top) * innerHeight;
  const lastPoint = series.at(-1) as OnboardedPoint;
  return (
    <ChartFrame kind="onboarded" title={title} summary={summary} height={HEIGHT} table={table}>
      <GridLines values={[0, 0.5, 1]} y={y} left={PAD.left} right={CHART_WIDTH - PAD.right} label={formatShare} />
      {changes.map((index) => {
        const point = series[index] as OnboardedPoint;
        return (
          <g key={`size-${point.on}`} class="chart-size-change">
            <line class="chart-marker" x1={x(point.on)} x2={x(point.on)} y1={PAD.top - 8} y2={HEIGHT - PAD.bottom} />
            {/* Near the right edge the label runs leftwards, so it is not cut off. */}
            <text
              class="chart-axis"
              x={x(point.on) > CHART_WIDTH * 0.8 ? x(point.on) - 3 : x(point.on) + 3}
              y={PAD.top - 12}
              text-anchor={x(point.on) > CHART_WIDTH * 0.8 ? 'end' : 'start'}
            >
              {t('chartSizeMark', formatNumber(point.size as number))}
            </text>
          </g>
        );
      })}
      {runsOf(series)
        .filter((run) => run.length > 1)
        .map((run) => (
          <polyline
            key={run[0]?.on}
            class="chart-line"
            points={run.map((point) => `${x(point.on).toFixed(1)},${y(point.share as number).toFixed(1)}`).join(' ')}
          />
        ))}
      {withShare.map((point) => (
        <circle key={point.on} class="chart-dot" cx={x(point.on).toFixed(1)} cy={y(point.share as number).toFixed(1)} r="3.5" />
      ))}
      <text class="chart-axis" x={PAD.left} y={HEIGHT - 8} text-anchor="start">
        {formatDay((series[0] as OnboardedPoint).on)}
      </text>
      {series.length > 1 ? (
        <text class="chart-axis" x={CHART_WIDTH - PAD.right} y={HEIGHT - 8} text-anchor="end">
          {formatDay(lastPoint.on)}
        </text>
      ) : null}
    </ChartFrame>
  );
}
