/**
 * @file The languages Profile Coach speaks: its interface and findings, and the page languages its readers know.
 * Adding a language starts here; every per-language table is a `PerLanguage` record, so the compiler (and a test)
 * names each table that lacks the new one.
 */
export const LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;

export type Language = (typeof LANGUAGES)[number];

/** One entry per language, none missing. */
export type PerLanguage<T> = Readonly<Record<Language, T>>;
