/**
 * @file The overall score over the sessions as a line in plain SVG, and the same figures as a table (the chart is
 * hidden from screen readers; the table is what they read). The line breaks where the guidelines changed, and where
 * a session had no score: scores under different guidelines are not comparable. It reads nothing and saves nothing.
 */
import type { Session } from '../../coaching/record';
import { t } from '../shared/i18n';
import { sessionDay } from './dates';

const WIDTH = 600;
const HEIGHT = 160;
const PAD = { left: 32, right: 12, top: 10, bottom: 20 };

/** Runs of consecutive sessions under the same guidelines, each with a score: one polyline each. */
function runsOf(points: readonly { session: Session; x: number; y: number | null }[]) {
  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  let print: string | null = null;
  for (const point of points) {
    if (point.y === null || point.session.guidelines.fingerprint !== print) {
      if (run.length) runs.push(run);
      run = [];
    }
    print = point.session.guidelines.fingerprint;
    if (point.y !== null) run.push({ x: point.x, y: point.y });
  }
  if (run.length) runs.push(run);
  return runs;
}

export function ScoreChart({ sessions }: { sessions: readonly Session[] }) {
  const times = sessions.map((session) => Date.parse(session.at));
  const first = Math.min(...times);
  const span = Math.max(...times) - first || 1;
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const points = sessions.map((session, index) => ({
    session,
    // One session alone sits in the middle.
    x: PAD.left + (sessions.length === 1 ? innerWidth / 2 : (((times[index] as number) - first) / span) * innerWidth),
    y: session.score.overall === null ? null : PAD.top + (1 - session.score.overall / 100) * innerHeight,
  }));
  const changed = sessions.some((session) => session.guidelines.fingerprint !== sessions[0]?.guidelines.fingerprint);
  return (
    <div class="score-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="presentation" aria-hidden="true" focusable="false">
        {[0, 50, 100].map((value) => {
          const y = PAD.top + (1 - value / 100) * innerHeight;
          return (
            <g key={value}>
              <line class="grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y} y2={y} />
              <text class="axis" x={PAD.left - 6} y={y + 4} text-anchor="end">
                {value}
              </text>
            </g>
          );
        })}
        {runsOf(points)
          .filter((run) => run.length > 1)
          .map((run, index) => (
            <polyline key={index} class="score-line" points={run.map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')} />
          ))}
        {[points[0], points.length > 1 ? points.at(-1) : undefined].map((point, index) =>
          point ? (
            <text key={`day-${index}`} class="axis" x={point.x} y={HEIGHT - 4} text-anchor={index === 0 ? 'start' : 'end'}>
              {sessionDay(point.session.at)}
            </text>
          ) : null,
        )}
        {points.map(({ session, x, y }) =>
          y === null ? null : <circle key={session.id} class="score-dot" cx={x.toFixed(1)} cy={y.toFixed(1)} r="4" />,
        )}
      </svg>
      {changed ? <p class="hint">{t('colleaguePageGuidelinesChanged')}</p> : null}
      <table class="data-table">
        <caption>{t('colleaguePageScoreCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colleaguePageColDate')}</th>
            <th scope="col" class="number">
              {t('colleaguePageColScore')}
            </th>
            <th scope="col">{t('colleaguePageColGuidelines')}</th>
          </tr>
        </thead>
        <tbody>
          {[...sessions].reverse().map((session) => (
            <tr key={session.id}>
              <th scope="row">{sessionDay(session.at)}</th>
              <td class="number">{session.score.overall ?? t('colleaguePageNoScore')}</td>
              <td>{session.guidelines.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
