/**
 * @file The state every snapshot field carries, and its constructors. Free of zod on purpose: the page readers
 * build fields with these in the content scripts, where zod would blow the bundle budget.
 */
export type Field<T> = { status: 'present'; value: T } | { status: 'absent' } | { status: 'unreadable' };

export const present = <T>(value: T): Field<T> => ({ status: 'present', value });
export const absent = <T>(): Field<T> => ({ status: 'absent' });
export const unreadable = <T>(): Field<T> => ({ status: 'unreadable' });
