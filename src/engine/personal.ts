/**
 * @file What belongs to the person rather than to a page: the reasons they may give for "Doesn't apply to me", and
 * the shape of that choice, shared by the engine, the background's validation and the popup. Zod-free and
 * dependency-free, so the popup can import it without weight. It stores nothing and judges nothing.
 */

/** The short list offered; "other" comes with a few words of the person's own. */
export const NOT_APPLICABLE_REASONS = ['themes', 'customerFacing', 'other'] as const;
export type NotApplicableReason = (typeof NOT_APPLICABLE_REASONS)[number];

/** The longest "other" reason kept: a few words, never a text. */
export const MAX_REASON_NOTE = 80;

/** "This rule doesn't apply to me", with why. */
export interface PersonalChoice {
  reason: NotApplicableReason;
  /** The person's own words, for "other" only; at most MAX_REASON_NOTE characters. */
  note?: string;
}

/** A snapshot as far as ownership goes: a profile says whose it is; list pages are always one's own. */
interface Owned {
  pageType: string;
  selfView?: boolean | null;
}

/**
 * True unless the page is known to be someone else's profile: there the viewer's answers and choices are not theirs
 * to give (unknown counts as one's own, as the popup says "your About section").
 */
export const isViewersOwn = (snapshot: Owned): boolean => snapshot.selfView !== false;
