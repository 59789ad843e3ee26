/** @file The order of text the coaching records sort by: code unit by code unit, as `<` compares, not by locale. */

/** Code unit order (ids, ISO times, days): the same on every machine, whatever its language. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
