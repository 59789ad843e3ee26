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

export type Field<T> = ({ status: 'present'; value: T } & Bound) | { status: 'absent' } | { status: 'unreadable' };

export const present = <T>(value: T): Field<T> => ({ status: 'present', value });
export const absent = <T>(): Field<T> => ({ status: 'absent' });
export const unreadable = <T>(): Field<T> => ({ status: 'unreadable' });
