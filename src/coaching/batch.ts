/**
 * @file The batch audit of one saved profile page, for the team dashboard: finds the page's address in it (canonical
 * link, og:url, "saved from" comment: src/snapshot/saved-page.ts, as `npm run audit` does), reads it with the reader
 * handed in (the dashboard's service passes src/extract's `readPage`, every reader including the archived ones), and
 * checks it exactly as the background checks a page in the popup (`runCheck`, src/messaging/check.ts: the snapshot
 * validated against the contract, the guidelines in force, the engine). Returns what a session needs, or why the
 * file cannot give one. It parses nothing itself (the caller hands in a parser that runs no script and loads
 * nothing: DOMParser), and stores nothing.
 */
import type { Translate } from '../engine';
import type { Guidelines } from '../guidelines/schema';
import { type LoadedGuidelines, runCheck } from '../messaging/check';
import type { CheckResult } from '../messaging/protocol';
import type { ReadResult } from '../snapshot';
import { pageKeyOf } from '../snapshot/page-key';
import { pageTypeOf } from '../snapshot/pages/page-type';
import { MAX_PAGE_BYTES, savedPageAddressOf } from '../snapshot/saved-page';
import type { CoachedSite } from './record';
import type { SessionInput } from './session';

/** A file the ambassador picked or dropped: its name, its size in bytes, and its text (read only when small enough). */
export interface SavedFile {
  name: string;
  bytes: number;
  /** Read only after the size was checked: a file over the limit is refused without reading it. */
  text: () => Promise<string>;
}

export interface BatchDeps {
  /** Parses HTML without running its scripts or loading anything (DOMParser in the page, happy-dom in tests). */
  parse: (html: string) => Document;
  /** The readers: src/extract's `readPage` (the screens may not import src/extract, so it is handed in). */
  readPage: (doc: Document, url: string) => ReadResult | null;
  /** The guidelines in force, loaded once for the whole batch (the background's `loadActiveGuidelines`). */
  loadGuidelines: () => Promise<LoadedGuidelines | Guidelines>;
  now: Date;
  /** The findings' texts in the page's language. */
  translate?: Translate;
}

/** Why a file gives no session; nothing is saved for it. */
export type BatchFailure = 'too-large' | 'empty' | 'not-html' | 'no-address' | 'not-a-profile' | 'unreadable';

export type BatchOutcome =
  | {
      ok: true;
      file: string;
      site: CoachedSite;
      /** The profile's page key (src/snapshot/page-key.ts): how a colleague already recorded is found. */
      key: string;
      /** The name as read from the page. */
      name: string;
      /**
       * The check, as a session takes it (src/coaching/session.ts `sessionOf`), with the snapshot checked, of which
       * the session keeps only the audience counts (`audienceOf`), for the team's visibility figure.
       */
      result: SessionInput['result'];
    }
  | { ok: false; file: string; reason: BatchFailure; /** The address found, when there was one. */ address?: string };

/** Control characters other than white space: a binary file (an image, a PDF, a zip), not a saved page. */
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000E-\u001F]/;

/** Looks like HTML: after an optional byte order mark and white space, the first character opens a tag or comment. */
function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return !BINARY.test(head) && /^\uFEFF?\s*</.test(head);
}

/** Audits one saved page. Never throws: a reader or check that fails makes the file 'unreadable'. */
export async function auditSavedFile(file: SavedFile, deps: BatchDeps): Promise<BatchOutcome> {
  const failed = (reason: BatchFailure, address?: string): BatchOutcome => ({
    ok: false,
    file: file.name,
    reason,
    ...(address ? { address } : {}),
  });
  if (file.bytes > MAX_PAGE_BYTES) return failed('too-large');
  let text: string;
  try {
    text = await file.text();
  } catch {
    return failed('unreadable');
  }
  if (text.trim() === '') return failed('empty');
  if (!looksLikeHtml(text)) return failed('not-html');

  let read: ReadResult | null;
  let address: string | undefined;
  try {
    const doc = deps.parse(text);
    address = savedPageAddressOf(doc);
    if (!address) return failed('no-address');
    const type = pageTypeOf(address);
    if (type !== 'linkedin-profile' && type !== 'x-profile') return failed('not-a-profile', address);
    read = deps.readPage(doc, address);
  } catch {
    return failed('unreadable', address);
  }
  const snapshot = read?.snapshot;
  if (!snapshot || snapshot.pageType !== 'profile') return failed('unreadable', address);
  // A colleague is recorded under their name as read: a page whose name could not be read is not their profile as
  // the readers know it (a signed-out page, an unknown layout).
  const name = snapshot.fields.name.status === 'present' ? snapshot.fields.name.value.trim() : '';
  if (name === '') return failed('unreadable', address);

  let check: CheckResult;
  try {
    check = await runCheck(
      { type: 'check', snapshot, answers: {} },
      { loadGuidelines: deps.loadGuidelines, now: () => deps.now, translate: deps.translate },
    );
  } catch {
    return failed('unreadable', address);
  }
  // Refused by the contract (an address off its site, a field out of bounds) or failed in the engine.
  if (!check.ok) return failed('unreadable', address);

  return {
    ok: true,
    file: file.name,
    site: snapshot.site,
    key: pageKeyOf(snapshot),
    name,
    result: { findings: check.findings, points: check.points, score: check.score, guidelines: check.guidelines, snapshot },
  };
}

/**
 * Audits the files one after another (a page of several megabytes parsed at a time, never fifty at once), telling
 * `progress` after each. Outcomes come back in the files' order. The next file's text is read while the current one
 * is checked: reading a file is the browser's work (about 0.1 s a megabyte in Chromium), checking is the page's.
 */
export async function auditSavedFiles(
  files: readonly SavedFile[],
  deps: BatchDeps,
  progress?: (done: number, total: number) => void,
): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = [];
  // The guidelines are loaded once for the batch, not once per file.
  let loaded: Promise<LoadedGuidelines | Guidelines> | undefined;
  const once = { ...deps, loadGuidelines: () => (loaded ??= deps.loadGuidelines()) };
  /** A file whose text is being read already (at most one ahead; a file over the limit is never read). */
  const ahead = (file: SavedFile | undefined): SavedFile | undefined => {
    if (!file || file.bytes > MAX_PAGE_BYTES) return file;
    const text = file.text();
    // A failed read is the audit's to say ('unreadable'), not an unhandled rejection meanwhile.
    text.catch(() => undefined);
    return { ...file, text: () => text };
  };
  let next = ahead(files[0]);
  for (let index = 0; index < files.length; index++) {
    const current = next as SavedFile;
    next = ahead(files[index + 1]);
    outcomes.push(await auditSavedFile(current, once));
    progress?.(outcomes.length, files.length);
  }
  return outcomes;
}
