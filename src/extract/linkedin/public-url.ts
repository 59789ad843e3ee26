/**
 * @file Reads a LinkedIn profile's public address from the page URL (`/in/<slug>/`) and tells a slug the person
 * chose ("adavermeulen", "ada-vermeulen") from one LinkedIn generated ("ada-vermeulen-4b2a1c7", "ACoAAB…").
 * Pure string work; it never looks at the DOM.
 */
import type { PublicUrl } from '../../snapshot';
import { linkedInSlugOf } from '../../snapshot/pages/linkedin';

/** LinkedIn member ids used as slugs: "ACoAAB…" (and "ACwAA…" from Sales Navigator links), 30+ characters. */
const MEMBER_ID = /^AC[a-zA-Z0-9]A[A-Za-z0-9_-]{26,}$/;

/**
 * The suffix LinkedIn appends when it makes a slug from a name: hexadecimal with at least one digit
 * ("4b2a1c7", "a81b4c29") or a run of digits ("12345678"). Five or more characters, so a chosen year such as
 * "ada-vermeulen-1987" still reads as chosen.
 */
const GENERATED_SUFFIX = /^(?=[0-9a-f]*\d)[0-9a-f]{5,12}$/;

/** True for a slug a person chose; false for LinkedIn's generated slugs and member ids. */
export function isCustomSlug(slug: string): boolean {
  if (MEMBER_ID.test(slug)) return false;
  const parts = slug.toLowerCase().split('-');
  if (parts.length < 2) return true;
  return !GENERATED_SUFFIX.test(parts[parts.length - 1] ?? '');
}

/** The public address of the profile a URL shows, or null when the URL is not a `/in/<slug>/` address. */
export function publicUrlOf(url: string): PublicUrl | null {
  const slug = linkedInSlugOf(url);
  return slug ? { slug, custom: isCustomSlug(slug) } : null;
}
