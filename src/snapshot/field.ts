/**
 * @file The state every snapshot field carries, and its constructors. Free of zod on purpose: the page readers
 * build fields with these in the content scripts, where zod would blow the bundle budget.
 */

/**
 * A present field may be cut to its bound (src/snapshot/limits.ts): `truncated` says the page showed more than the
 * value holds (a longer text, more items, or items whose texts were cut), and for a list `seen` is how many items
 * the page showed, of which `value` holds the first ones. Both are left out when nothing was cut.
 */
export interface Bound {
  truncated?: true;
  seen?: number;
}

/**
 * Why a field could not be read. `not-shown`: the page, as it is, does not show it, a known limit rather than a
 * fault (LinkedIn prints the website only under Contact info; a list still loading). `no-match`: the markup did
 * not match what the reader expects, maybe because the site changed it (worth a bug report).
 */
export type UnreadableReason = 'not-shown' | 'no-match';
export const UNREADABLE_REASONS = ['not-shown', 'no-match'] as const satisfies readonly UnreadableReason[];

export type Field<T> =
  | ({ status: 'present'; value: T } & Bound)
  | { status: 'absent' }
  | { status: 'unreadable'; reason: UnreadableReason };

export const present = <T>(value: T): Field<T> => ({ status: 'present', value });
export const absent = <T>(): Field<T> => ({ status: 'absent' });
/** A markup mismatch unless told otherwise. */
export const unreadable = <T>(reason: UnreadableReason = 'no-match'): Field<T> => ({ status: 'unreadable', reason });

/** Follows whether anything was cut while bounding one list's items (the readers' src/extract/bound.ts). */
export interface Cuts {
  any: boolean;
}

/**
 * The first `max` items, each bounded by `item`; `seen` stays what the reader counted on the page when it stopped
 * reading early (at least the items it returned). The readers bound their lists with it, and storage shortens a
 * snapshot too big to keep with it (src/storage/stored-size.ts), so both mark a cut list the same way.
 */
export function boundListField<T>(field: Field<T[]>, max: number, item: (value: T, cuts: Cuts) => T): Field<T[]> {
  if (field.status !== 'present') return field;
  const cuts: Cuts = { any: false };
  const seen = Math.max(field.seen ?? 0, field.value.length);
  const value = field.value.slice(0, max).map((one) => item(one, cuts));
  // Nothing cut: the same items (copies equal to them), without the reader's `seen`.
  if (!cuts.any && !field.truncated && seen === value.length) return { status: 'present', value };
  return { status: 'present', value, truncated: true, seen };
}
