/**
 * @file What the rules may know beyond the page in front of them, kept by the background in the browser's own
 * extension storage: the person's own LinkedIn and X profiles as last seen (so `cross-site-consistency` can compare
 * them), and when each profile's summary text was first seen and whether a change of it was seen (so
 * `profile-freshness` can tell a profile refreshed, or not, this season). Two versioned items, validated on read: a damaged value reads as "nothing
 * known", never a crash. The summary is kept as a short fingerprint, not as text. It runs no rule.
 */
import { z } from 'zod';
import type { Related } from '../engine/define-rule';
import {
  LinkedInProfileSchema,
  MAX_TEXT,
  type LinkedInProfileSnapshot,
  type Snapshot,
  XProfileSchema,
  type XProfileSnapshot,
} from '../snapshot';
import { addressOf, pageKeyOf, profileKeyOfUrl } from '../snapshot/page-key';
import { fitSnapshot, MAX_STORED_BYTES } from './stored-size';
import { defineVersionedItem, STORED_VERSIONS } from './versioned-item';

/** The person's own profiles (pages they saw with `selfView: true`), one per site. */
export const OwnProfilesSchema = z.object({
  linkedin: LinkedInProfileSchema.optional(),
  x: XProfileSchema.optional(),
});

/** Version 2's entry: a fingerprint and since when it was seen (a first visit and a change looked alike). */
const SeenV2Schema = z.object({ fingerprint: z.string(), since: z.string() });
type SeenV2 = z.output<typeof SeenV2Schema>;

/**
 * One profile's summary as seen: the fingerprint of its text, since when that text has been seen (the visit that saw
 * it change, or the first visit), and when any text of it was first seen. `since` later than `firstSeen` means a
 * change was seen; equal, that the same text has been seen since the first visit (which says nothing of when it was
 * last refreshed).
 */
const SeenSchema = z.object({ fingerprint: z.string(), since: z.string(), firstSeen: z.string() });
type Seen = z.output<typeof SeenSchema>;

/**
 * By page key (`linkedin:in/ada-vermeulen`, `x:@adavermeulen`: src/snapshot/page-key.ts, the key the popup's marks
 * use): what was seen of its summary.
 */
export const SummarySeenSchema = z.record(z.string(), SeenSchema);

export const ownProfilesItem = defineVersionedItem('local:ownProfiles', { version: STORED_VERSIONS.ownProfiles });

/**
 * Version 1 was keyed by the page's raw address, so `?miniProfileUrn=…` or a capital letter made a first visit and
 * tracking parameters were stored. Version 2 merges those entries under the page key: for one profile, the most
 * recent summary (the latest `since`) wins, seen since the earliest day any of its addresses saw that same summary.
 * Entries whose address names no profile are dropped; a damaged value stays as it is (it reads as nothing known).
 */
export function summariesByPageKey(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
  const merged = new Map<string, SeenV2>();
  for (const [address, value] of Object.entries(old)) {
    const entry = SeenV2Schema.safeParse(value);
    const key = profileKeyOfUrl(address);
    if (!entry.success || key === null) continue;
    const kept = merged.get(key);
    const { fingerprint, since } = entry.data;
    if (!kept || (kept.fingerprint !== fingerprint && since > kept.since)) merged.set(key, { fingerprint, since });
    else if (kept.fingerprint === fingerprint && since < kept.since) merged.set(key, { fingerprint, since });
  }
  return Object.fromEntries(merged);
}

/**
 * Version 2 wrote `since` both on a first visit and on a change, so which one it was is lost: version 3 reads each
 * entry as first seen then (no change known). A change seen before the update is forgotten, so the profile waits for
 * the next change (or fails once unchanged past the window) rather than passing on a first sighting. Entries not of
 * version 2's shape are dropped.
 */
export function firstSeenAsSince(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
  const entries: Record<string, Seen> = {};
  for (const [key, value] of Object.entries(old)) {
    const entry = SeenV2Schema.safeParse(value);
    if (entry.success) entries[key] = { fingerprint: entry.data.fingerprint, since: entry.data.since, firstSeen: entry.data.since };
  }
  return entries;
}

export const summarySeenItem = defineVersionedItem('local:summarySeen', {
  version: STORED_VERSIONS.summarySeen,
  migrations: { 2: summariesByPageKey, 3: firstSeenAsSince },
});

/** At most this many profiles remembered for freshness: an ambassador's season of coaching, not a crawl. */
const SUMMARIES_KEPT = 500;

/** FNV-1a, 32 bits: enough to tell "the same text as last time" without keeping the text. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The texts whose change counts as a refresh, or null when one of them could not be read (then nothing is known). */
function summaryOf(snapshot: LinkedInProfileSnapshot | XProfileSnapshot): string | null {
  const fields =
    snapshot.site === 'linkedin' ? [snapshot.fields.headline, snapshot.fields.about] : [snapshot.fields.bio];
  if (fields.some((field) => field.status === 'unreadable')) return null;
  return fields.map((field) => (field.status === 'present' ? field.value : '')).join('\u0000');
}

async function read<T>(item: { getValue(): Promise<unknown> }, schema: z.ZodType<T>): Promise<T | null> {
  try {
    const parsed = schema.safeParse(await item.getValue());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * What is known around this snapshot, and records it for next time. For a profile: what was seen of its summary
 * (first seen now on a first visit; a change seen now when it differs from the last visit), and, on one's own
 * profile, one's own profile on the other site. Storage failures only mean less is known.
 */
export async function relatedFor(snapshot: Snapshot, now: Date): Promise<Related> {
  if (snapshot.pageType !== 'profile') return {};
  const related: Related = {};

  const summary = summaryOf(snapshot);
  // The address is the key: one too long to be a real profile's is not remembered (it would be stored whole).
  if (summary !== null && snapshot.url.length <= MAX_TEXT.url) {
    const seen = (await read(summarySeenItem, SummarySeenSchema)) ?? {};
    const key = pageKeyOf(snapshot);
    const print = fingerprint(summary);
    const previous = seen[key];
    if (previous?.fingerprint === print) {
      related.summary = {
        firstSeen: new Date(previous.firstSeen),
        unchangedSince: new Date(previous.since),
        changeSeen: previous.since !== previous.firstSeen,
      };
    } else {
      // First visit: first seen now, no change known. Changed since the last visit: a change seen now.
      const firstSeen = previous?.firstSeen ?? now.toISOString();
      related.summary = { firstSeen: new Date(firstSeen), unchangedSince: now, changeSeen: previous !== undefined };
      delete seen[key];
      seen[key] = { fingerprint: print, since: now.toISOString(), firstSeen };
      const keys = Object.keys(seen);
      for (const old of keys.slice(0, Math.max(0, keys.length - SUMMARIES_KEPT))) delete seen[old];
      await summarySeenItem.setValue(seen).catch(() => undefined);
    }
  }

  if (snapshot.selfView === true) {
    const own = (await read(ownProfilesItem, OwnProfilesSchema)) ?? {};
    const before = JSON.stringify(own[snapshot.site]);
    // Kept without the address's query and fragment (no tracking parameter is stored); both profiles share one item,
    // so each keeps at most half of the page budget (src/storage/stored-size.ts).
    const url = addressOf(snapshot.url) || snapshot.url;
    const kept = fitSnapshot({ ...snapshot, url }, MAX_STORED_BYTES / 2) ?? undefined;
    if (snapshot.site === 'linkedin') {
      if (own.x) related.xProfile = own.x;
      own.linkedin = kept as LinkedInProfileSnapshot | undefined;
    } else {
      if (own.linkedin) related.linkedinProfile = own.linkedin;
      own.x = kept as XProfileSnapshot | undefined;
    }
    // Each popup opening checks the page again: write only when one's own profile changed.
    if (JSON.stringify(own[snapshot.site]) !== before) await ownProfilesItem.setValue(own).catch(() => undefined);
  }
  return related;
}
