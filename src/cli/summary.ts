/** @file Formats a reader's result as a readable plain-text summary for the terminal. Formatting only. */
import type { ReadResult } from '../snapshot';

const MAX_VALUE = 100;

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

export function formatSummary({ snapshot, diagnostics }: ReadResult): string {
  const lines = [
    `${snapshot.site} ${snapshot.pageType}${'direction' in snapshot ? ` (${snapshot.direction})` : ''}: ${snapshot.url}`,
    `interface language: ${diagnostics.language ?? 'unknown'}; layout: ${diagnostics.layout ?? 'unknown'}`,
  ];
  if ('selfView' in snapshot) {
    lines.push(`own profile: ${snapshot.selfView === null ? 'unknown' : snapshot.selfView ? 'yes' : 'no'}`);
  }
  lines.push('');
  const fields = Object.entries(snapshot.fields) as [string, { status: string; value?: unknown }][];
  const width = Math.max(...fields.map(([name]) => name.length));
  for (const [name, field] of fields) {
    const strategy = diagnostics.fields[name]?.strategy;
    const via = strategy ? `  [${strategy}]` : '';
    if (field.status !== 'present') {
      lines.push(`${name.padEnd(width)}  ${field.status === 'absent' ? '(none on the page)' : "(couldn't read)"}${via}`);
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
