/** @file Formats a reader's result as a readable plain-text summary for the terminal. Formatting only: main() prints it through terminal.ts, which makes page text safe for a terminal. */
import type { Report } from '../engine';
import type { ReadResult } from '../snapshot';

const MAX_VALUE = 100;

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** A field that is not present: none on the page, not shown by this page (a known limit), or a markup mismatch. */
const STATE_TEXTS: Readonly<Record<string, string>> = {
  absent: '(none on the page)',
  'not-shown': '(not shown on this page: the site shows it elsewhere, e.g. in an overlay)',
  'no-match': "(couldn't read: the page did not match the reader; the site may have changed it)",
};

export function formatSummary({ snapshot, diagnostics }: ReadResult): string {
  const lines = [
    `${snapshot.site} ${snapshot.pageType}${'direction' in snapshot ? ` (${snapshot.direction})` : ''}: ${snapshot.url}`,
    `interface language: ${diagnostics.language ?? 'unknown'}; layout: ${diagnostics.layout ?? 'unknown'}`,
  ];
  if ('selfView' in snapshot) {
    lines.push(`own profile: ${snapshot.selfView === null ? 'unknown' : snapshot.selfView ? 'yes' : 'no'}`);
  }
  lines.push('');
  const fields = Object.entries(snapshot.fields) as [string, { status: string; value?: unknown; reason?: string }][];
  const width = Math.max(...fields.map(([name]) => name.length));
  for (const [name, field] of fields) {
    const strategy = diagnostics.fields[name]?.strategy;
    const via = strategy ? `  [${strategy}]` : '';
    if (field.status !== 'present') {
      lines.push(`${name.padEnd(width)}  ${STATE_TEXTS[field.status === 'absent' ? 'absent' : (field.reason ?? 'no-match')] ?? STATE_TEXTS['no-match']}${via}`);
    } else if (Array.isArray(field.value)) {
      lines.push(`${name.padEnd(width)}  ${field.value.length} item(s)${via}`);
      for (const item of field.value.slice(0, 5)) lines.push(`${''.padEnd(width)}    - ${show(item)}`);
      if (field.value.length > 5) lines.push(`${''.padEnd(width)}    … ${field.value.length - 5} more`);
    } else {
      lines.push(`${name.padEnd(width)}  ${show(field.value)}${via}`);
    }
  }
  return lines.join('\n');
}

export const STEP_NAMES = { 'clean-up': 'Clean up', 'plan-ahead': 'Plan ahead', 'team-up': 'Team up', guidelines: 'Guidelines' } as const;
const STATUS_MARKS = { fail: '✗', pass: '✓', incomplete: '?', error: '!', notApplicable: '–' } as const;

export const scoreText = (score: number | null) => (score === null ? 'not enough data' : `${score}/100`);

/** The score, the step scores, then what to fix first (failures by points), what could not be judged, what passed. */
export function formatReport({ findings, score }: Report, guidelinesName: string): string {
  const lines = [
    `Brand alignment: ${scoreText(score.overall)}  (guidelines: ${guidelinesName})`,
    (Object.keys(STEP_NAMES) as (keyof typeof STEP_NAMES)[])
      .map((step) => `${STEP_NAMES[step]}: ${scoreText(score.steps[step])}`)
      .join(' · '),
    '',
  ];
  for (const finding of findings) {
    if (finding.status === 'notApplicable') continue;
    lines.push(`${STATUS_MARKS[finding.status]} ${finding.title}  [${finding.ruleId}, ${STEP_NAMES[finding.step]}]`);
    if (finding.status === 'pass') continue;
    if (finding.message) lines.push(`    ${finding.message}`);
    if (finding.status === 'fail') lines.push(`    why: ${finding.why}`);
    for (const item of finding.evidence.slice(0, 3)) lines.push(`    - ${show(item.text)}`);
    if (finding.evidence.length > 3) lines.push(`    … ${finding.evidence.length - 3} more`);
    if (finding.fix) lines.push(`    fix: ${finding.fix.label}: ${finding.fix.url}`);
  }
  const skipped = findings.filter((finding) => finding.status === 'notApplicable').length;
  if (skipped > 0) lines.push('', `${skipped} rule(s) not applicable to this page or these guidelines.`);
  return lines.join('\n');
}
