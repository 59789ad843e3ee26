/**
 * @file Reads an X profile page (the header in the primary column and the profile's own timeline) into an
 * XProfileSnapshot. It never reads the sidebar, the left navigation, hover cards or other people's posts,
 * and it never judges what it reads. The parts: scope.ts (where the profile is), header.ts (its fields),
 * counts.ts (its links and counts), pinned.ts (the pinned post), locate.ts (show a field on the page).
 */
import type { Diagnostics, XProfileSnapshot, ReadResult } from '../../../snapshot';
import { boundXProfile } from '../../bound';
import { unreadable } from '../../dom';
import { foldLabel, type XLanguage, xLanguageOf, xLanguageOfFollowing } from '../labels';
import { readXText } from '../text';
import { headerLink, headerLinks } from './counts';
import { field, readHeader, type Reads } from './header';
import { pinnedPost } from './pinned';
import { findScope, type Scope, UNIQUE_FALLBACK_NOTE } from './scope';

export { locateXProfile, X_PROFILE_SHOWS } from './locate';
export { UNIQUE_FALLBACK_NOTE } from './scope';
export { findTimeline, hrefSegments, outerTextBlocks, readXText } from '../text';

function detectLanguage(doc: Document, scope: Scope | null): XLanguage | null {
  const fromHtml = xLanguageOf(doc);
  if (fromHtml || !scope) return fromHtml;
  // Without <html lang>: the word after the following count ("Following", "abonnements", "Volgend", "Folge ich").
  return xLanguageOfFollowing(foldLabel(readXText(headerLink(headerLinks(scope), null, 'following'))));
}

export function readXProfile(doc: Document, url: string): ReadResult<XProfileSnapshot> {
  const reads: Reads = {};
  const { scope, diagnostic: scopeDiagnostic } = findScope(doc);
  const language = detectLanguage(doc, scope);
  const diagnostics: Diagnostics = {
    language,
    layout: scope ? `x-testid (${scope.strategy})` : null,
    fields: reads,
  };
  const fields: XProfileSnapshot['fields'] = {
    name: unreadable(),
    handle: unreadable(),
    bio: unreadable(),
    location: unreadable(),
    website: unreadable(),
    joined: unreadable(),
    followers: unreadable(),
    following: unreadable(),
    photo: unreadable(),
    banner: unreadable(),
    pinnedPost: unreadable(),
    verified: unreadable(),
  };
  if (!scope) {
    for (const key of Object.keys(fields)) reads[key] = { strategy: null, note: 'profile header not found' };
    reads.scope = scopeDiagnostic;
    return { snapshot: boundXProfile({ site: 'x', pageType: 'profile', url, selfView: null, fields }), diagnostics };
  }
  reads.scope = scopeDiagnostic;
  const selfView = readHeader(scope, url, fields, reads);
  const handle = fields.handle.status === 'present' ? fields.handle.value : null;

  fields.pinnedPost = field(
    reads,
    'pinnedPost',
    [{ name: 'timeline:first-post', read: () => pinnedPost(scope, handle, url) }],
    'the profile timeline is not loaded, or not on the Posts tab',
  );

  if (scope.unique) {
    for (const [name, read] of Object.entries(reads)) {
      if (name !== 'scope' && read.strategy !== null) reads[name] = { ...read, note: UNIQUE_FALLBACK_NOTE };
    }
  }
  return { snapshot: boundXProfile({ site: 'x', pageType: 'profile', url, selfView, fields }), diagnostics };
}
