/**
 * @file The free texts of a LinkedIn or X profile with their field names, evidence excerpts with highlights, and the
 * edit page of each field: shared by the rules that scan profile text. It judges nothing and is not a rule.
 */
import type { Evidence, Fix } from '../../engine/define-rule';
import { LINKEDIN, X } from '../../engine/fix-urls';
import { linkedInSlugOf } from '../../snapshot/pages/linkedin';
import type { Match, Matcher } from '../../engine/text';
import type { Matchers } from '../../engine/matchers';
import type { LinkedInProfileSnapshot, XProfileSnapshot } from '../../snapshot';
import { type SharedText, type Speech, sharedText } from './texts';

/** What the helpers need of the rule's context to speak the active language, in its voice. */
type Language = Speech;

/** The part of a rule's input these helpers read. */
export type ProfileInput =
  | { target: 'linkedin-profile'; snapshot: LinkedInProfileSnapshot }
  | { target: 'x-profile'; snapshot: XProfileSnapshot };

/** LinkedIn: headline, About, current job titles; X: display name, bio, pinned post. */
export type TextField = 'headline' | 'about' | 'currentPositions' | 'name' | 'bio' | 'pinnedPost';

export interface ProfileText {
  field: TextField;
  text: string;
}

/**
 * The profile's free texts that the page shows, in reading order, optionally only some fields. Fields the rule
 * requires are present or absent here (the engine stops at unreadable ones); the others (job titles, pinned post)
 * are read only when present, so a rule never goes incomplete for a field it merely looks at when it can.
 */
export function profileTexts(input: ProfileInput, only?: readonly TextField[]): ProfileText[] {
  const texts: ProfileText[] = [];
  const add = (field: TextField, value: { status: string; value?: unknown }) => {
    if ((!only || only.includes(field)) && value.status === 'present' && typeof value.value === 'string') {
      texts.push({ field, text: value.value });
    }
  };
  if (input.target === 'linkedin-profile') {
    const { headline, about, currentPositions } = input.snapshot.fields;
    add('headline', headline);
    if ((!only || only.includes('currentPositions')) && currentPositions.status === 'present') {
      for (const position of currentPositions.value) texts.push({ field: 'currentPositions', text: position.title });
    }
    add('about', about);
  } else {
    const { name, bio, pinnedPost } = input.snapshot.fields;
    add('name', name);
    add('bio', bio);
    add('pinnedPost', pinnedPost);
  }
  return texts;
}

export interface TextMatches {
  source: ProfileText;
  matches: Match[];
}

/** Every text with at least one match of `matcher`, tokenised once through the run's cache. */
export function findInTexts(texts: readonly ProfileText[], matcher: Matcher, matchers: Matchers): TextMatches[] {
  if (matcher.size === 0) return [];
  const found: TextMatches[] = [];
  for (const source of texts) {
    const matches = matcher.find(source.text, matchers.tokens(source.text));
    if (matches.length > 0) found.push({ source, matches });
  }
  return found;
}

/** Texts up to this length are shown whole; longer ones (a 100 KB About) as excerpts around each highlight. */
const WHOLE_TEXT = 300;
const RADIUS = 60;
const MAX_WINDOW = 400;
import { MAX_EVIDENCE } from './evidence';
export { MAX_EVIDENCE };

/**
 * Evidence for `ranges` of `text`: the whole text when short, else one excerpt per cluster of nearby ranges, cut at
 * word boundaries and marked with "…", with the highlights moved to the excerpt's offsets.
 */
export function evidenceOf(field: string, text: string, ranges: ReadonlyArray<readonly [number, number]>): Evidence[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  if (text.length <= WHOLE_TEXT) return [{ field, text, highlights: merged }];
  const windows: Array<{ from: number; to: number; highlights: Array<[number, number]> }> = [];
  for (const [start, end] of merged) {
    const last = windows[windows.length - 1];
    // Nearby highlights share an excerpt, but an excerpt never grows past MAX_WINDOW (a name repeated all along a text).
    if (last && start - RADIUS <= last.to && end + RADIUS - last.from <= MAX_WINDOW) {
      last.to = Math.min(text.length, Math.max(last.to, end + RADIUS));
      last.highlights.push([start, end]);
    } else {
      if (windows.length === MAX_EVIDENCE) break;
      windows.push({ from: Math.max(0, start - RADIUS), to: Math.min(text.length, end + RADIUS), highlights: [[start, end]] });
    }
  }
  return windows.map(({ from, to, highlights }) => {
    const first = (highlights[0] as [number, number])[0];
    const lastEnd = (highlights[highlights.length - 1] as [number, number])[1];
    // Cut at a space when one lies between the window's edge and the highlights, so no word is split.
    // Only within the window: a text without spaces must not be searched end to end for every excerpt.
    let cutFrom = from;
    if (from > 0) {
      const space = text.slice(from, first).indexOf(' ');
      if (space !== -1) cutFrom = from + space + 1;
    }
    let cutTo = to;
    if (to < text.length) {
      const space = text.slice(lastEnd, to + 1).lastIndexOf(' ');
      if (space !== -1) cutTo = lastEnd + space;
    }
    const prefix = cutFrom > 0 ? '…' : '';
    const suffix = cutTo < text.length ? '…' : '';
    const shift = prefix.length - cutFrom;
    return {
      field,
      text: `${prefix}${text.slice(cutFrom, cutTo)}${suffix}`,
      highlights: highlights.map(([start, end]) => [start + shift, end + shift] as [number, number]),
    };
  });
}

/**
 * Where to edit a field of the profile: the exact LinkedIn form, X's edit-profile dialog, or the pinned post; the
 * label in the active language (`context` is the rule's).
 */
export function fixForField(input: ProfileInput, field: string | undefined, context: Language): Fix | null {
  const fix = (label: SharedText, url: string): Fix => ({ label: sharedText(context, label), url });
  if (input.target === 'x-profile') {
    if (field === 'pinnedPost') return fix('fixXPinnedPost', input.snapshot.url);
    return fix(field === 'name' ? 'fixXName' : 'fixXBio', X.editProfile);
  }
  const slug = linkedInSlugOf(input.snapshot.url);
  if (!slug) return null;
  switch (field) {
    case 'about':
      return fix('fixAbout', LINKEDIN.editAbout(slug));
    case 'currentPositions':
      return fix('fixExperience', LINKEDIN.editPositions(slug));
    case 'website':
      return fix('fixContactInfo', LINKEDIN.editContactInfo(slug));
    default:
      return fix('fixHeadline', LINKEDIN.editIntro(slug));
  }
}

/** At most this many values in a message list, each at most LISTED_LENGTH characters: a message stays a few KB. */
const MAX_LISTED = 10;
const LISTED_LENGTH = 80;

/**
 * Quotes and joins distinct values for a message, with the active language's quotation marks: “a”, “b” (« a », « b »
 * in French); past MAX_LISTED values, “…” and how many more.
 */
export function quoteList(values: Iterable<string>, context: Language): string {
  const distinct = [...new Set(values)];
  const shown = distinct
    .slice(0, MAX_LISTED)
    .map((value) => sharedText(context, 'quoted', { text: value.length > LISTED_LENGTH ? `${value.slice(0, LISTED_LENGTH)}…` : value }));
  if (distinct.length > MAX_LISTED) shown.push(`… (+${distinct.length - MAX_LISTED})`);
  return shown.join(', ');
}

/** How a field is named in messages. */
const FIELD_LABELS: Readonly<Record<TextField, SharedText>> = {
  headline: 'fieldHeadline',
  about: 'fieldAbout',
  currentPositions: 'fieldCurrentPositions',
  name: 'fieldName',
  bio: 'fieldBio',
  pinnedPost: 'fieldPinnedPost',
};

/** The fields the texts come from, each named once, in the active language: "headline, About". */
export function fieldNames(sources: readonly ProfileText[], context: Language): string {
  return [...new Set(sources.map(({ field }) => FIELD_LABELS[field]))].map((name) => sharedText(context, name)).join(', ');
}

/** Message data and evidence for matches found in several texts: what was found, how often, where. */
export function summarise(
  found: readonly TextMatches[],
  context: Language,
): { terms: string; count: number; fields: string; evidence: Evidence[] } {
  const all = found.flatMap(({ matches }) => matches);
  return {
    terms: quoteList(all.map((match) => match.text), context),
    count: all.length,
    fields: fieldNames(found.map(({ source }) => source), context),
    evidence: found
      .flatMap(({ source, matches }) => evidenceOf(source.field, source.text, matches.map((match) => [match.start, match.end])))
      .slice(0, MAX_EVIDENCE),
  };
}

/** A text as evidence without highlights: whole when short, else its opening cut at a word and marked with "…". */
export function openingOf(field: string, text: string): Evidence {
  if (text.length <= WHOLE_TEXT) return { field, text };
  const space = text.lastIndexOf(' ', WHOLE_TEXT);
  return { field, text: `${text.slice(0, space > 0 ? space : WHOLE_TEXT)}…` };
}
