/**
 * @file The fields of an X profile's header: name, handle and badge (UserName), bio, location, website, join date,
 * counts, photo, banner, and whether the viewer looks at their own profile. Each field lists its strategies newest
 * first; a field no strategy reads stays unreadable, never absent.
 */
import type { Field, FieldDiagnostic, XProfileSnapshot } from '../../../snapshot';
import { absent, firstMatch, present, q, qa, type Strategy, unreadable } from '../../dom';
import { parseMonthYear } from '../../parse';
import { foldLabel, labelSet } from '../labels';
import { xHook } from '../hooks';
import { HANDLE, outerTextBlocks, readXText } from '../text';
import { countFromLink, headerLink, headerLinks } from './counts';
import { handleFromUrl, none, one, type Scope } from './scope';

export type Reads = Record<string, FieldDiagnostic>;

export function field<T>(reads: Reads, name: string, strategies: readonly Strategy<Field<T>>[], fallback?: string): Field<T> {
  const { value, diagnostic } = firstMatch(strategies);
  reads[name] = value === undefined && fallback ? { strategy: null, note: fallback } : diagnostic;
  return value ?? unreadable<T>();
}

function imageSource(container: Element | null): string | null {
  if (!container) return null;
  const img = q(container, 'img');
  const src = img?.getAttribute('src');
  if (src) return src;
  // Some builds draw the picture only as a background image.
  const styled = qa(container, '[style*="background-image"]')[0];
  return styled?.getAttribute('style')?.match(/url\(\s*(?:&quot;|["'])?([^"')&]+)/)?.[1] ?? null;
}

const EDIT_PROFILE = labelSet('editProfile');
const VERIFIED = labelSet('verified');

function readSelfView(scope: Scope): { value: boolean | null; diagnostic: FieldDiagnostic } {
  const { header } = scope;
  const { value, diagnostic } = firstMatch<boolean>([
    // 2019–2025: the header's own edit button, an <a> to /settings/profile.
    { name: 'editProfileButton', read: () => (one(scope, xHook('selfView')) ? true : undefined) },
    // 2019–2025: someone else's profile shows `<userId>-follow` or `<userId>-unfollow` (also "Follow back").
    {
      name: 'follow-button',
      read: () => (q(header, xHook('notSelfView')) ? false : undefined),
    },
    // The edit button's label in the interface language, without its data-testid.
    {
      name: 'edit-profile-label',
      read: () =>
        qa(header, 'a, button, [role="button"]').some((el) => EDIT_PROFILE.has(foldLabel(readXText(el))))
          ? true
          : undefined,
    },
  ]);
  return { value: value ?? null, diagnostic };
}

/**
 * Reads the header's fields into `fields` (all but the pinned post) and their diagnostics into `reads`; returns
 * whether the viewer looks at their own profile (null when the page does not say).
 */
export function readHeader(scope: Scope, url: string, fields: XProfileSnapshot['fields'], reads: Reads): boolean | null {
  const { userName, header } = scope;
  const parts = outerTextBlocks(userName).map((block) => block.text);
  // The handle is the last "@…" line: a display name may look like a handle too, but it comes first.
  let handleIndex = -1;
  parts.forEach((part, i) => {
    if (HANDLE.test(part)) handleIndex = i;
  });

  fields.handle = field(reads, 'handle', [
    // 2019–2025: the "@handle" line of UserName.
    { name: 'UserName:@handle', read: () => (handleIndex >= 0 ? present(parts[handleIndex] as string) : undefined) },
    // The page URL names the profile (x.com/<handle>), though not always in the case the owner chose.
    {
      name: 'url',
      read: () => {
        const fromUrl = handleFromUrl(url);
        return fromUrl ? present(`@${fromUrl}`) : undefined;
      },
    },
  ]);
  const handle = fields.handle.status === 'present' ? fields.handle.value : null;
  const bare = handle?.slice(1) ?? handleFromUrl(url);
  const links = headerLinks(scope);

  fields.name = field(reads, 'name', [
    // 2019–2025: the first text block of UserName, before the handle line.
    {
      name: 'UserName:first-line',
      read: () => {
        const name = handleIndex !== 0 ? parts[0] : undefined;
        return name ? present(name) : undefined;
      },
    },
  ]);

  const { value: selfView, diagnostic: selfDiagnostic } = readSelfView(scope);
  reads.selfView = selfDiagnostic;

  fields.verified = field(reads, 'verified', [
    // 2023–2025: the badge's data-testid.
    { name: 'icon-verified', read: () => (q(userName, '[data-testid="icon-verified"]') ? present(true) : undefined) },
    // 2022–2024: the badge's aria-label in the interface language.
    {
      name: 'aria-label',
      read: () =>
        qa(userName, '[aria-label]').some((el) => VERIFIED.has(foldLabel(el.getAttribute('aria-label') ?? '')))
          ? present(true)
          : undefined,
    },
    // UserName holds no badge: not verified. An icon we do not know (a badge in another language, a new badge)
    // leaves the field unreadable rather than false; the lock of a protected account is not a badge.
    {
      name: 'UserName:no-badge',
      read: () =>
        qa(userName, 'svg').some(
          (svg) => svg.getAttribute('data-testid') !== 'icon-lock' && svg.getAttribute('aria-hidden') !== 'true',
        )
          ? undefined
          : present(false),
    },
  ]);

  fields.bio = field(reads, 'bio', [
    // 2019–2025: data-testid="UserDescription"; X leaves it out when the bio is empty.
    {
      name: 'UserDescription',
      read: () => {
        const description = one(scope, xHook('bio'));
        if (!description) return undefined;
        const text = readXText(description);
        return text ? present(text) : absent();
      },
    },
    // The header was found, and it has no description.
    { name: 'header:no-description', read: () => (none(scope, xHook('bio')) ? absent() : undefined) },
  ]);

  const items = one(scope, xHook('headerItems'));
  // Without a column, an item is read where it occurs once in the document (and in the items, when they were found).
  const item = (finds: 'location' | 'website' | 'joined') => {
    const found = scope.unique ? one(scope, xHook(finds)) : q(items, xHook(finds));
    return found && (!items || items.contains(found)) ? found : null;
  };

  fields.location = field(
    reads,
    'location',
    [
      {
        // 2019–2025: data-testid="UserLocation" in UserProfileHeader_Items.
        name: 'UserLocation',
        read: () => {
          const text = readXText(item('location'));
          return text ? present(text) : undefined;
        },
      },
      {
        name: 'items:no-location',
        read: () => (items && none(scope, xHook('location')) ? absent() : undefined),
      },
    ],
    'UserProfileHeader_Items not found',
  );

  fields.website = field(
    reads,
    'website',
    [
      {
        // 2019–2025: data-testid="UserUrl", an <a> to t.co whose text is the readable address.
        name: 'UserUrl',
        read: () => {
          const text = readXText(item('website'));
          return text ? present(text) : undefined;
        },
      },
      { name: 'items:no-url', read: () => (items && none(scope, xHook('website')) ? absent() : undefined) },
    ],
    'UserProfileHeader_Items not found',
  );

  fields.joined = field(
    reads,
    'joined',
    [
      {
        // 2019–2025: data-testid="UserJoinDate", "Joined March 2019" / "A rejoint X en mars 2019" / "Lid sinds maart 2019".
        name: 'UserJoinDate',
        read: () => {
          const text = readXText(item('joined'));
          const month = text ? parseMonthYear(text) : null;
          return month ? present(month) : undefined;
        },
      },
    ],
    // Every account has a join date, so a missing one means we could not read it, not that there is none.
    'no readable UserJoinDate',
  );

  fields.following = field(reads, 'following', [
    {
      // 2019–2025: the header link to /<handle>/following.
      name: 'link:/following',
      read: () => {
        const count = countFromLink(headerLink(links, bare, 'following'));
        return count === undefined ? undefined : present(count);
      },
    },
  ]);

  fields.followers = field(reads, 'followers', [
    {
      // 2023–2025: the link goes to /<handle>/verified_followers.
      name: 'link:/verified_followers',
      read: () => {
        const count = countFromLink(headerLink(links, bare, 'verified_followers'));
        return count === undefined ? undefined : present(count);
      },
    },
    {
      // 2019–2024: the link goes to /<handle>/followers.
      name: 'link:/followers',
      read: () => {
        const count = countFromLink(headerLink(links, bare, 'followers'));
        return count === undefined ? undefined : present(count);
      },
    },
  ]);

  fields.photo = field(reads, 'photo', [
    {
      // 2019–2025: the avatar links to /<handle>/photo; the egg/placeholder comes from default_profile_images.
      name: 'link:/photo',
      read: () => {
        const src = imageSource(headerLink(links, bare, 'photo') ?? null);
        return src ? present(!src.includes('default_profile_images')) : undefined;
      },
    },
    {
      // The avatar container carries the handle in its data-testid.
      name: 'UserAvatar-Container',
      read: () => {
        // Without a column the owner's avatar also sits on each of their posts: not unique, so not read.
        const container = one(scope, '[data-testid^="UserAvatar-Container-"]');
        const src = imageSource(container);
        return src ? present(!src.includes('default_profile_images')) : undefined;
      },
    },
  ]);

  fields.banner = field(reads, 'banner', [
    {
      // 2019–2025: an uploaded banner links to /<handle>/header_photo.
      name: 'link:/header_photo',
      read: () => (headerLink(links, bare, 'header_photo') ? present(true) : undefined),
    },
    {
      name: 'img:profile_banners',
      read: () =>
        qa(header, 'img').some((img) => (img.getAttribute('src') ?? '').includes('/profile_banners/'))
          ? present(true)
          : undefined,
    },
    // The header and its avatar were found, with no banner link or image: a plain grey area.
    {
      name: 'header:no-banner',
      read: () =>
        fields.photo.status === 'present' &&
        (!scope.unique || (links.all.every(({ parts }) => parts[1] !== 'header_photo') && none(scope, 'img[src*="/profile_banners/"]')))
          ? present(false)
          : undefined,
    },
  ]);

  return selfView;
}
