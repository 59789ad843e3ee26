/**
 * @file What the rules may know beyond the page in front of them, kept by the background in the browser's own
 * extension storage: the person's own LinkedIn and X profiles as last seen (so `cross-site-consistency` can compare
 * them), and since when each profile's summary text has been seen unchanged (so `profile-freshness` can tell a
 * profile not refreshed this season). Two versioned items, validated on read: a damaged value reads as "nothing
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

const SeenSchema = z.object({ fingerprint: z.string(), since: z.string() });
type Seen = z.output<typeof SeenSchema>;

/**
 * By page key (`linkedin:in/ada-vermeulen`, `x:@adavermeulen`: src/snapshot/page-key.ts, the key the popup's marks
 * use): a fingerprint of its summary text and the day it was first seen so.
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
  const merged = new Map<string, Seen>();
  for (const [address, value] of Object.entries(old)) {
    const entry = SeenSchema.safeParse(value);
    const key = profileKeyOfUrl(address);
    if (!entry.success || key === null) continue;
    const kept = merged.get(key);
    const { fingerprint, since } = entry.data;
    if (!kept || (kept.fingerprint !== fingerprint && since > kept.since)) merged.set(key, { fingerprint, since });
    else if (kept.fingerprint === fingerprint && since < kept.since) merged.set(key, { fingerprint, since });
  }
  return Object.fromEntries(merged);
}

export const summarySeenItem = defineVersionedItem('local:summarySeen', {
  version: STORED_VERSIONS.summarySeen,
  migrations: { 2: summariesByPageKey },
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
 * What is known around this snapshot, and records it for next time. For a profile: since when its summary has
 * been seen unchanged (unknown on a first visit; "now" when it changed since the last visit), and, on one's own
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
      related.unchangedSince = new Date(previous.since);
    } else {
      // First visit: no history yet (the rule says so). Changed since the last visit: refreshed in between.
      if (previous) related.unchangedSince = now;
      delete seen[key];
      seen[key] = { fingerprint: print, since: now.toISOString() };
      const keys = Object.keys(seen);
      for (const old of keys.slice(0, Math.max(0, keys.length - SUMMARIES_KEPT))) delete seen[old];
      await summarySeenItem.setValue(seen).catch(() => undefined);
    }
  }

  if (snapshot.selfView === true) {
    const own = (await read(ownProfilesItem, OwnProfilesSchema)) ?? {};
    const before = JSON.stringify(own[snapshot.site]);
    // Kept without the address's query and fragment (no tracking parameter is stored); both profiles share one item,
    // so each keeps at most half of the page budget (src/messaging/stored-size.ts).
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
