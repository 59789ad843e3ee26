/**
 * @file Keeps what is stored per page under 256 KB: a snapshot about to be stored whose JSON is larger keeps fewer
 * items of its lists (the first ones, halving the longest list until it fits), each cut list marked `truncated` with
 * the number of items the page showed (`seen`) kept as it was. A snapshot that still does not fit (an address of
 * hundreds of kilobytes) is not stored at all. The readers' bounds (src/snapshot/limits.ts) already keep real pages
 * far below this; this is the last guard, for what a bound allows at its worst (500 invitations with notes of 1,000
 * characters). It stores nothing itself.
 */
import type { Snapshot } from '../snapshot';
import { boundListField } from '../snapshot/field';

/** The most one page may take in storage, in bytes of JSON (UTF-8). */
export const MAX_STORED_BYTES = 256 * 1024;

const encoder = new TextEncoder();

/** Bytes of `value` as JSON in UTF-8, as the browser's storage counts them (near enough: it adds the key). */
export function storedSize(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

type ListField = { status: 'present'; value: unknown[]; truncated?: true; seen?: number };

function listFields(snapshot: Snapshot): Array<[string, ListField]> {
  return Object.entries(snapshot.fields as Record<string, { status: string; value?: unknown }>).filter(
    (entry): entry is [string, ListField] => entry[1].status === 'present' && Array.isArray(entry[1].value),
  );
}

/**
 * The snapshot, or a copy with shorter lists, whose JSON takes at most `budget` bytes; null when even empty lists
 * do not fit.
 */
export function fitSnapshot<S extends Snapshot>(snapshot: S, budget: number = MAX_STORED_BYTES): S | null {
  let fitted: S = snapshot;
  for (let size = storedSize(fitted); size > budget; size = storedSize(fitted)) {
    const lists = listFields(fitted).filter(([, field]) => field.value.length > 0);
    if (lists.length === 0) return null;
    // The list that takes the most room gives up half its items (the last ones) first.
    const [name, field] = lists.reduce((big, one) => (storedSize(one[1].value) > storedSize(big[1].value) ? one : big));
    // The readers' own cut (src/snapshot/field.ts): the first items, marked, with what the page showed kept in `seen`.
    const shorter = boundListField(field, field.value.length >> 1, (item) => item);
    fitted = { ...fitted, fields: { ...fitted.fields, [name]: shorter } };
  }
  return fitted;
}
