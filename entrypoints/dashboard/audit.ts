/**
 * @file The dashboard's batch audit service (mounted by main.tsx into src/ui/dashboard/batch-audit.tsx, which never
 * imports the readers): parses each saved page with the page's own DOMParser, whose documents have no browsing
 * context, so no script of the page runs and no image, style or frame is loaded (test/e2e/batch-audit.test.ts proves
 * it); reads it with every reader `npm run audit` uses (src/extract `readPage`, the archived Ember layout included);
 * checks it as the background checks a page (src/coaching/batch.ts → src/messaging/check.ts `runCheck`) against the
 * guidelines in force, loaded once per batch the way the background loads them.
 */
import { browser } from 'wxt/browser';
import { auditSavedFiles, type BatchDeps } from '../../src/coaching/batch';
import { readPage } from '../../src/extract';
import { RULES } from '../../src/rules';
import { loadActiveGuidelines } from '../../src/storage/guidelines';
import type { BatchAuditService } from '../../src/ui/dashboard/batch-audit';

/** An inert document: DOMParser runs no script and fetches nothing. */
export const parseInert = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export interface BatchServiceOptions {
  now?: () => Date;
  /** The guidelines in force: the background's loader unless a test gives its own. */
  loadGuidelines?: BatchDeps['loadGuidelines'];
}

export function batchAuditService(options: BatchServiceOptions = {}): BatchAuditService {
  const loadGuidelines = options.loadGuidelines ?? (() => loadActiveGuidelines({ rules: RULES }));
  // The findings' texts in the browser's language, as the background words them (sessions keep none of them). A
  // plain signature: WXT types getMessage by key only after `wxt prepare`.
  const i18n = browser.i18n as { getMessage(name: string): string };
  const translate = (key: string) => i18n.getMessage(key) || undefined;
  return (files, progress) =>
    auditSavedFiles(files, { parse: parseInert, readPage, loadGuidelines, now: options.now?.() ?? new Date(), translate }, progress);
}
