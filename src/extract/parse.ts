/**
 * @file Parses the numbers, ages and dates LinkedIn and X print, in English, French and Dutch.
 * Pure functions of a string; they return null when the text is not understood (never 0 by default).
 */

/**
 * A count as printed: "1,284" (en), "1.024" (nl), "3 210" with U+202F or U+00A0 (fr), "12.5K", "12,5 k",
 * "393.2K", "2.4M", "1,2 mln", "500+" (gives 500), "1 Follower", "12,5 k abonnés", "1.024 volgers".
 * The first number in the text is read (with its suffix); null when there is none.
 */
export function parseCount(text: string): number | null {
  throw new Error(`parseCount not implemented yet: ${text}`);
}

/**
 * A relative age in days: "Today", "3 hours ago" = 0, "Yesterday" = 1, "5 days ago" = 5, "2 weeks ago" = 14,
 * "3 months ago" = 90, "1 year ago" = 365, "Sent 3 months ago", "il y a 2 semaines", "Envoyée il y a 3 mois",
 * "hier", "aujourd’hui", "2 weken geleden", "gisteren", "vandaag", "Verzonden 3 maanden geleden",
 * "1 week ago", "a week ago", "1w", "3mo". Null when not understood.
 */
export function parseAgeDays(text: string): number | null {
  throw new Error(`parseAgeDays not implemented yet: ${text}`);
}

/**
 * Mutual connections: "Ann Smith and 6 other mutual connections" = 7, "A and B are mutual connections" = 2,
 * "A is a mutual connection" = 1, "12 mutual connections" = 12, with French and Dutch forms
 * ("Ann Smith et 6 autres relations en commun", "Ann Smith en 6 andere gemeenschappelijke connecties").
 * Null when the text says nothing about mutual connections (unknown, not zero).
 */
export function parseMutualConnections(text: string): number | null {
  throw new Error(`parseMutualConnections not implemented yet: ${text}`);
}

/**
 * A month and year as "YYYY-MM": "Joined March 2019", "A rejoint X en mars 2019", "Lid sinds maart 2019",
 * "janv. 2022", "Joined Mar 2019". Null when not understood.
 */
export function parseMonthYear(text: string): string | null {
  throw new Error(`parseMonthYear not implemented yet: ${text}`);
}
