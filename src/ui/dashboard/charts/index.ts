/**
 * @file The team charts, for the dashboard to mount: each takes the team's figures (src/coaching/team-types.ts) and
 * draws one SVG with its table, or a sentence when there is nothing to draw. Styles: charts.css (import it into the
 * page's stylesheet; its print rules show the tables).
 */
export { AlignmentChart } from './alignment-chart';
export { DistributionChart } from './distribution-chart';
export { OnboardedChart } from './onboarded-chart';
export { STAGE_LABELS, StageFunnelChart } from './stage-funnel-chart';
