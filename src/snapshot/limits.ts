/**
 * @file How much of a page a snapshot keeps: the most items of each list and characters of each text a reader
 * returns, with the reason for each bound. Free of zod, so the readers in the content scripts use the same numbers
 * the schema enforces. A bound is a generous multiple of what the site itself allows, so a real profile is never
 * cut; only a hostile page, or a list grown for minutes by scrolling, is. Whatever is cut is marked (`truncated`,
 * and for lists the number of items `seen`), never silently.
 */

/**
 * People in one list (invitations received or sent, connections, followed accounts). LinkedIn's invitation manager
 * and connections list load people 10 to 100 at a time as one scrolls, and X keeps only a window of about 50 cells
 * of its following timeline in the page: a page showing more than 500 is a list grown by minutes of scrolling.
 * 500 cards are read in a few milliseconds (`npm run bench`), keep a check's message and result in the low
 * hundreds of kilobytes, and are more than any rule needs to judge the list; its length is counted in full.
 */
export const MAX_PEOPLE = 500;

/** Skills: LinkedIn allows 100 per profile; twice that. */
export const MAX_SKILLS = 200;

/** Current positions: LinkedIn sets no limit, a person holds a handful; 50 leaves room for any real profile. */
export const MAX_POSITIONS = 50;

/**
 * Characters of text, a few times what the site allows (a site counts differently than we do: line breaks, emoji,
 * entities; and older profiles kept texts written under older limits).
 */
export const MAX_TEXT = {
  /** LinkedIn's About allows 2,600 characters. */
  about: 10_000,
  /** LinkedIn's headline allows 220. */
  headline: 1_000,
  /** X's bio allows 160. */
  bio: 1_000,
  /** A personal note with an invitation: LinkedIn allows 300 (200 without Premium). */
  message: 1_000,
  /** X's posts allow 280 characters, 25,000 for subscribers: a pinned post is read as far as this. */
  post: 10_000,
  /** Names (LinkedIn about 100 for first and last name together, X 50), titles, companies, skills, locations. */
  name: 500,
  /** A web address: browsers and sites stop at about 2,000 characters; a longer one is not kept at all. */
  url: 2_048,
} as const;

/**
 * The longest text any field keeps: readers never normalise more than one character beyond it. Written out (a test
 * holds it equal to the largest of MAX_TEXT), since every byte counts in the content scripts.
 */
export const MAX_ANY_TEXT = 10_000;
