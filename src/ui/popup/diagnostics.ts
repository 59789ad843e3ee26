/**
 * @file The "Copy diagnostics" text for a bug report: which page, which markup generation and language the reader
 * recognised, and per field its state and the strategy that read it (or why none did). It carries no field value
 * and no text from the page, and no profile address: the page is named by its kind and the shape of its address,
 * with the LinkedIn slug or X handle replaced (`https://www.linkedin.com/in/…/`), the query and fragment dropped.
 * It does not copy anything itself.
 */
import type { Finding } from '../../engine/run-rules';
import type { PageReport } from '../../messaging/protocol';

export interface DiagnosticsContext {
  extensionVersion: string;
  userAgent: string;
}

/** The address's shape only: who the profile is (slug, handle) is the person's business, not a bug report's. */
function addressShape(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const segments = parsed.pathname.split('/');
  const isLinkedIn = /(^|\.)linkedin\.com$/.test(parsed.hostname);
  // LinkedIn names a person at /in/<slug>; X at /<handle> (every X page the popup reads is a person's).
  const at = isLinkedIn ? segments.indexOf('in') + 1 : 1;
  if (at > 0 && segments[at]) segments[at] = '…';
  // Any other segment long enough to be a name or an id (a company slug, a member id) is hidden too.
  return `${parsed.origin}${segments.map((segment) => (/^[a-z-]{0,30}$/.test(segment) || segment === '…' ? segment : '…')).join('/')}`;
}

export function diagnosticsOf(report: PageReport, findings: readonly Finding[], context: DiagnosticsContext): string {
  const result = report.result;
  const states = (result?.snapshot.fields ?? {}) as Record<string, { status: string; reason?: string }>;
  const reads = result?.diagnostics.fields ?? {};
  const names = [...new Set([...Object.keys(states), ...Object.keys(reads)])];
  const fields = Object.fromEntries(
    names.map((name) => {
      const read = reads[name];
      return [
        name,
        {
          status: states[name]?.status ?? 'missing',
          // Why it is unreadable: `not-shown` is a known limit of the page, `no-match` the markup a bug report is about.
          ...(states[name]?.status === 'unreadable' ? { reason: states[name]?.reason ?? 'no-match' } : {}),
          strategy: read?.strategy ?? null,
          ...(read?.note ? { note: read.note } : {}),
        },
      ];
    }),
  );
  const notJudged = findings
    .filter((finding) => finding.status === 'incomplete' || finding.status === 'error')
    .filter((finding) => !finding.ruleId.startsWith('manual:'))
    .map((finding) => ({
      rule: finding.ruleId,
      status: finding.status,
      unreadable: finding.unreadable ?? [],
      ...(finding.reason ? { reason: finding.reason } : {}),
    }));
  const data = {
    extension: 'profile-coach',
    version: context.extensionVersion,
    userAgent: context.userAgent,
    url: addressShape(report.url),
    pageType: report.pageType,
    ...(report.error ? { error: report.error } : {}),
    layout: result?.diagnostics.layout ?? null,
    language: result?.diagnostics.language ?? null,
    fields,
    rulesNotJudged: notJudged,
  };
  return JSON.stringify(data, null, 2);
}
