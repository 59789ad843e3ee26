/**
 * @file What the team charts share: the frame (a figure with its title, the SVG as one image with a spoken summary,
 * and the same numbers as a real table), the sentence shown instead of an empty chart, and number formats. The
 * table carries the class `chart-table`: visually hidden on screen, read by screen readers, shown in print
 * (charts.css). Charts render numbers and the interface's own words only, never a text from the record.
 */
import type { ComponentChildren } from 'preact';
import { messageLanguage, t } from '../../shared/i18n';

/** The SVG's coordinate box: charts scale to their container's width (charts.css). */
export const CHART_WIDTH = 640;

const numberFormats = new Map<string, Intl.NumberFormat | null>();

/** A number in the messages' language, at most one decimal (a median of two middle values may end in .5). */
export function formatNumber(value: number): string {
  const language = messageLanguage();
  if (!numberFormats.has(language)) {
    try {
      numberFormats.set(language, new Intl.NumberFormat(language, { maximumFractionDigits: 1 }));
    } catch {
      numberFormats.set(language, null);
    }
  }
  return numberFormats.get(language)?.format(value) ?? String(Math.round(value * 10) / 10);
}

/** A change, signed: "+12", "-3", "0". */
export const formatChange = (value: number) => (value > 0 ? `+${formatNumber(value)}` : formatNumber(value));

/** A share (0..1) as a whole per cent in the language's way ("42%", "42 %"). */
export const formatShare = (share: number) => t('chartPercent', formatNumber(Math.round(share * 100)));

/** A score bin as it is labelled: "0–9", "90–100". */
export const binLabel = (bin: { from: number; to: number }) => `${bin.from}–${bin.to}`;

/** What a table cell shows for a value that does not exist (a share without a team size). */
export const NO_VALUE = '—';

export interface ChartFrameProps {
  /** A modifier for the figure's class (`chart-<kind>`). */
  kind: string;
  title: string;
  /** The SVG's spoken summary; the SVG is not drawn when `empty` is given. */
  summary: string;
  /** A sentence shown instead of the chart when there is nothing to draw. */
  empty?: string | null;
  /** The SVG's content, in a CHART_WIDTH × `height` box. */
  height: number;
  children?: ComponentChildren;
  /** The same numbers as a table (head and body rows); none when there is nothing to tabulate. */
  table?: { head: readonly string[]; rows: readonly (readonly (string | number)[])[] } | null;
  /** Something to say under the chart (a count the chart cannot show). */
  note?: string | null;
}

/**
 * A chart: title, SVG image with a summary (or a sentence when empty), an optional note, and its table. The table
 * is hidden on screen only while the chart shows the same numbers; without a chart it is the figure, so it shows.
 */
export function ChartFrame({ kind, title, summary, empty = null, height, children, table = null, note = null }: ChartFrameProps) {
  return (
    <figure class={`chart chart-${kind}`}>
      <figcaption class="chart-title">{title}</figcaption>
      {empty === null ? (
        <svg class="chart-svg" viewBox={`0 0 ${CHART_WIDTH} ${height}`} role="img" aria-label={summary} focusable="false">
          {children}
        </svg>
      ) : (
        <p class="chart-empty">{empty}</p>
      )}
      {note ? <p class="chart-note">{note}</p> : null}
      {table ? (
        <table class={empty === null ? 'chart-table' : 'chart-table chart-table-shown'}>
          <caption>{title}</caption>
          <thead>
            <tr>
              {table.head.map((cell, index) => (
                <th key={index} scope="col" class={index === 0 ? undefined : 'number'}>
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={index} class="number">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </figure>
  );
}

/** Horizontal grid lines with their labels on the left, for a vertical scale from `top` to `bottom`. */
export function GridLines({ values, y, left, right, label }: {
  values: readonly number[];
  y: (value: number) => number;
  left: number;
  right: number;
  label: (value: number) => string;
}) {
  return (
    <g class="chart-grid" aria-hidden="true">
      {values.map((value) => (
        <g key={value}>
          <line class="chart-gridline" x1={left} x2={right} y1={y(value)} y2={y(value)} />
          <text class="chart-axis" x={left - 6} y={y(value) + 4} text-anchor="end">
            {label(value)}
          </text>
        </g>
      ))}
    </g>
  );
}
