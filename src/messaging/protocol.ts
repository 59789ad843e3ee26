/** @file The messages exchanged between the popup and the content scripts. Types and guards only. */
import type { PageType, Site } from '../extract/page-type';
import type { ReadResult } from '../snapshot';

/** Asked once: "what page is this, and what is on it?" */
export interface SnapshotRequest {
  type: 'snapshot';
}

/**
 * The name of the port a popup opens to a tab's content script to watch it: the content script posts a
 * fresh PageReport at once, then again whenever in-app navigation or lazily loaded sections change it,
 * for as long as the port is open (and does no work at all when no popup is watching).
 */
export const WATCH_PORT = 'profile-coach:watch';

export interface PageReport {
  url: string;
  site: Site;
  pageType: PageType;
  /** The snapshot and diagnostics, or null on a page no reader covers. */
  result: ReadResult | null;
  /** Set when the reader failed unexpectedly; the page is then treated as unreadable. */
  error?: string;
}

export function isSnapshotRequest(message: unknown): message is SnapshotRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'snapshot';
}

export function isPageReport(value: unknown): value is PageReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Record<string, unknown>;
  return (
    typeof report.url === 'string' &&
    typeof report.pageType === 'string' &&
    typeof report.site === 'string' &&
    'result' in report
  );
}
