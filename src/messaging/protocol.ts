/** @file The messages exchanged between the popup, the background and the content scripts. Types and guards only. */
import type { PageType, Site } from '../extract/page-type';

/** Asked by the popup: "what page is this, and what is on it?" */
export interface SnapshotRequest {
  type: 'snapshot';
}

/** Sent by a content script when in-app navigation changed the page it is on. */
export interface PageChangedNotice {
  type: 'page-changed';
  url: string;
  pageType: PageType;
}

export interface PageReport {
  url: string;
  site: Site;
  pageType: PageType;
}

export function isSnapshotRequest(message: unknown): message is SnapshotRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'snapshot';
}

export function isPageChangedNotice(message: unknown): message is PageChangedNotice {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'page-changed';
}

export function isPageReport(value: unknown): value is PageReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Record<string, unknown>;
  return typeof report.url === 'string' && typeof report.pageType === 'string' && typeof report.site === 'string';
}
