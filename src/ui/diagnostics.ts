/**
 * @file The "Copy diagnostics" text for a bug report: which page, which markup generation and language the reader
 * recognised, and per field its state and the strategy that read it (or why none did). It carries no field value
 * and no text from the page; the address is kept without its query and fragment. It does not copy anything itself.
 */
import type { Finding } from '../engine/run-rules';
import type { PageReport } from '../messaging/protocol';

export interface DiagnosticsContext {
  extensionVersion: string;
  userAgent: string;
}

function addressOnly(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '';
  }
}

export function diagnosticsOf(report: PageReport, findings: readonly Finding[], context: DiagnosticsContext): string {
  const result = report.result;
  const states = (result?.snapshot.fields ?? {}) as Record<string, { status: string }>;
  const reads = result?.diagnostics.fields ?? {};
  const names = [...new Set([...Object.keys(states), ...Object.keys(reads)])];
  const fields = Object.fromEntries(
    names.map((name) => {
      const read = reads[name];
      return [
        name,
        {
          status: states[name]?.status ?? 'missing',
          strategy: read?.strategy ?? null,
          ...(read?.note ? { note: read.note } : {}),
        },
      ];
    }),
  );
  const notJudged = findings
    .filter((finding) => finding.status === 'incomplete' || finding.status === 'error')
    .filter((finding) => !finding.ruleId.startsWith('manual:'))
    .map((finding) => ({ rule: finding.ruleId, status: finding.status, unreadable: finding.unreadable ?? [] }));
  const data = {
    extension: 'profile-coach',
    version: context.extensionVersion,
    userAgent: context.userAgent,
    url: addressOnly(report.url),
    pageType: report.pageType,
    ...(report.error ? { error: report.error } : {}),
    layout: result?.diagnostics.layout ?? null,
    language: result?.diagnostics.language ?? null,
    fields,
    rulesNotJudged: notJudged,
  };
  return JSON.stringify(data, null, 2);
}
