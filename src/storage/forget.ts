/**
 * @file "Forget this colleague", everywhere the extension keeps something: in the browser's extension storage, the
 * fingerprints of their profiles' summaries (profile history), the marks kept for their pages, the progress kept
 * under their page keys and the last check if it is one of their pages; then, in the coaching database, their
 * record, sessions, notes and agreed actions, of which only the date of the forgetting is kept (no name, no key).
 * Browser storage goes first: if it fails, the record (and with it the keys to look for) stays, and forgetting can
 * be tried again. It shows nothing and asks no confirmation (the screens do).
 */
import { browser } from 'wxt/browser';
import { pageKeyOf, type PageIdentity } from '../snapshot/page-key';
import type { CoachingStore } from './coaching/port';
import { isRecord } from './coaching/schema';
import { STORAGE_PREFIX } from './finding-state';
import { ownProfilesItem, summarySeenItem } from './profile-history';

/** Keyed items of `storage.local` that hold entries by page key (profile-history.ts, progress.ts). */
const BY_PAGE_KEY = ['summarySeen', 'progress'] as const;
const MARKS = STORAGE_PREFIX.slice('local:'.length);
const LAST_CHECK = 'lastSnapshot';

/** The page key is one of theirs: the profile itself, or a page under it (`x:@handle/following`). */
const isTheirs = (keys: ReadonlySet<string>, key: string): boolean => keys.has(key) || [...keys].some((theirs) => key.startsWith(`${theirs}/`));

/** The page key of a snapshot as stored (the last check's, one's own profiles; any version), or null. */
function storedSnapshotKey(snapshot: unknown): string | null {
  if (!isRecord(snapshot)) return null;
  const { site, pageType, url, direction } = snapshot;
  if ((site !== 'linkedin' && site !== 'x') || typeof pageType !== 'string' || typeof url !== 'string') return null;
  return pageKeyOf({ site, pageType, url, ...(typeof direction === 'string' ? { direction } : {}) } satisfies PageIdentity);
}

/**
 * Removes from `storage.local` everything kept under these page keys. The keyed items are rewritten as they are,
 * less those entries, whatever version wrote them (erasure is honoured even over a newer shape, which keeps its
 * version record); marks and the last check are removed with their version records.
 */
export async function forgetPages(pageKeys: Iterable<string>): Promise<void> {
  const keys = new Set(pageKeys);
  if (keys.size === 0) return;
  const all = await browser.storage.local.get(null);
  const rewritten: Record<string, unknown> = {};
  const removed: string[] = [];
  for (const item of BY_PAGE_KEY) {
    const value = all[item];
    if (!isRecord(value)) continue;
    const kept = Object.fromEntries(Object.entries(value).filter(([key]) => !isTheirs(keys, key)));
    if (Object.keys(kept).length !== Object.keys(value).length) rewritten[item] = kept;
  }
  for (const storageKey of Object.keys(all)) {
    if (!storageKey.startsWith(MARKS) || storageKey.endsWith('$')) continue;
    if (isTheirs(keys, storageKey.slice(MARKS.length))) removed.push(storageKey, `${storageKey}$`);
  }
  const lastCheck = all[LAST_CHECK];
  const last = storedSnapshotKey(isRecord(lastCheck) ? lastCheck.snapshot : undefined);
  if (last !== null && isTheirs(keys, last)) removed.push(LAST_CHECK, `${LAST_CHECK}$`);
  if (removed.length > 0) await browser.storage.local.remove(removed);
  if (Object.keys(rewritten).length > 0) await browser.storage.local.set(rewritten);
}

/**
 * Forgets a colleague everywhere (see the file's comment): their linked profiles and every profile a session was
 * held on (one may have been unlinked since). Rejects when either storage does; what was forgotten stays forgotten.
 */
export async function forgetColleague(coaching: CoachingStore, id: string, now: Date): Promise<void> {
  const record = await coaching.colleague(id);
  if (record) {
    const keys = [...record.colleague.profiles.map((profile) => profile.key), ...record.sessions.map((session) => session.profileKey)];
    await forgetPages(keys);
  }
  await coaching.forget(id, now);
}

/**
 * Once, at the update to the version that keeps a colleague's summary fingerprint only when they are coached: drops
 * the fingerprints earlier versions kept of every profile visited, except one's own (`ownProfiles`) and those of
 * colleagues with a coaching record. The migration of `summarySeen` cannot tell them apart (the coaching record is in
 * IndexedDB), so the background runs this when the extension is updated. A profile of one's own the reader could not
 * tell as such loses its history, which only means "first seen" again. Returns how many entries were dropped.
 */
export async function forgetUncoachedSummaries(coaching: Pick<CoachingStore, 'colleagues'>): Promise<number> {
  const [seen, own, colleagues] = await Promise.all([summarySeenItem.getValue(), ownProfilesItem.getValue(), coaching.colleagues()]);
  if (!isRecord(seen) || (await summarySeenItem.isNewer())) return 0;
  const kept = new Set(colleagues.flatMap((summary) => summary.colleague.profiles.map((profile) => profile.key)));
  if (isRecord(own)) {
    for (const snapshot of [own.linkedin, own.x]) {
      const key = storedSnapshotKey(snapshot);
      if (key !== null) kept.add(key);
    }
  }
  const remaining = Object.fromEntries(Object.entries(seen).filter(([key]) => kept.has(key)));
  const dropped = Object.keys(seen).length - Object.keys(remaining).length;
  if (dropped > 0) await summarySeenItem.setValue(remaining);
  return dropped;
}
