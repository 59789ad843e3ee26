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
