/**
 * @file Cuts what a reader read to the snapshot's bounds (src/snapshot/limits.ts) and says so: a text longer than
 * its bound keeps its first characters and is marked `truncated`; a list longer than its bound keeps its first
 * items, is marked `truncated` and records how many items the page showed (`seen`); an address too long to keep is
 * dropped (a cut address is another address). Every reader passes its snapshot through `boundSnapshot` last, so no
 * field can slip past. The readers also stop early where they can (lists, `normalizeText`), which keeps huge pages
 * cheap; this pass makes the result exact. Pure, zod-free (it ships in the content scripts).
 */
import type {
  Connection,
  FollowedAccount,
  Invitation,
  LinkedInConnectionsSnapshot,
  LinkedInInvitationsSnapshot,
  LinkedInProfileSnapshot,
  Position,
  PublicUrl,
  Snapshot,
  XFollowingSnapshot,
  XProfileSnapshot,
} from '../snapshot';
import { boundListField, type Cuts, type Field, unreadable } from '../snapshot/field';

export { boundListField };
import { MAX_PEOPLE, MAX_POSITIONS, MAX_SKILLS, MAX_TEXT } from '../snapshot/limits';

/**
 * The first `max` characters of `text` without trailing space, never splitting a surrogate pair (an emoji is kept
 * whole or left out). Callers cut only a text longer than `max`.
 */
export function cutText(text: string, max: number): string {
  return text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '').trimEnd();
}

/** A text (or null) within `max` characters, noting a cut in `cuts`. */
function text<T extends string | null>(value: T, max: number, cuts: Cuts): T {
  if (value === null || value.length <= max) return value;
  cuts.any = true;
  return cutText(value, max) as T;
}

/** An address too long to keep is dropped, not cut. */
function url(value: string | null, cuts: Cuts): string | null {
  if (value === null || value.length <= MAX_TEXT.url) return value;
  cuts.any = true;
  return null;
}

function boundTextField(field: Field<string>, max: number): Field<string> {
  if (field.status !== 'present' || field.value.length <= max) return field;
  return { ...field, value: cutText(field.value, max), truncated: true };
}

/** A present address field too long to keep cannot be read as one. */
function boundUrlField(field: Field<string>): Field<string> {
  return field.status === 'present' && field.value.length > MAX_TEXT.url ? unreadable() : field;
}

/** A person on a LinkedIn list (invitation or connection). */
const person = <P extends Invitation | Connection>(p: P, cuts: Cuts): P => ({
  ...p,
  name: text(p.name, MAX_TEXT.name, cuts),
  headline: text(p.headline, MAX_TEXT.headline, cuts),
  profileUrl: url(p.profileUrl, cuts),
});

const invitation = (i: Invitation, cuts: Cuts): Invitation => ({ ...person(i, cuts), message: text(i.message, MAX_TEXT.message, cuts) });

const account = (a: FollowedAccount, cuts: Cuts): FollowedAccount => ({
  ...a,
  name: text(a.name, MAX_TEXT.name, cuts),
  bio: text(a.bio, MAX_TEXT.bio, cuts),
});

const position = (p: Position, cuts: Cuts): Position => ({
  ...p,
  title: text(p.title, MAX_TEXT.name, cuts),
  company: text(p.company, MAX_TEXT.name, cuts),
  companyPageUrl: url(p.companyPageUrl, cuts),
});

/** A stated total below the number of items listed is a misread (another card's count): not kept. */
function boundTotal(total: Field<number> | undefined, list: Field<unknown[]>): Field<number> | undefined {
  return total?.status === 'present' && list.status === 'present' && total.value < list.value.length
    ? unreadable()
    : total;
}

export function boundLinkedInProfile(snapshot: LinkedInProfileSnapshot): LinkedInProfileSnapshot {
  const f = snapshot.fields;
  const publicUrl =
    f.publicUrl.status === 'present' && f.publicUrl.value.slug.length > MAX_TEXT.name
      ? unreadable<PublicUrl>()
      : f.publicUrl;
  return {
    ...snapshot,
    fields: {
      ...f,
      name: boundTextField(f.name, MAX_TEXT.name),
      headline: boundTextField(f.headline, MAX_TEXT.headline),
      about: boundTextField(f.about, MAX_TEXT.about),
      location: boundTextField(f.location, MAX_TEXT.name),
      publicUrl,
      currentPositions: boundListField(f.currentPositions, MAX_POSITIONS, position),
      skills: boundListField(f.skills, MAX_SKILLS, (skill, cuts) => text(skill, MAX_TEXT.name, cuts)),
      skillsTotal: boundTotal(f.skillsTotal, f.skills),
      website: boundUrlField(f.website),
    },
  };
}

export function boundXProfile(snapshot: XProfileSnapshot): XProfileSnapshot {
  const f = snapshot.fields;
  return {
    ...snapshot,
    fields: {
      ...f,
      name: boundTextField(f.name, MAX_TEXT.name),
      bio: boundTextField(f.bio, MAX_TEXT.bio),
      location: boundTextField(f.location, MAX_TEXT.name),
      website: boundTextField(f.website, MAX_TEXT.url),
      pinnedPost: boundTextField(f.pinnedPost, MAX_TEXT.post),
    },
  };
}

export function boundInvitations(snapshot: LinkedInInvitationsSnapshot): LinkedInInvitationsSnapshot {
  const invitations = boundListField(snapshot.fields.invitations, MAX_PEOPLE, invitation);
  return { ...snapshot, fields: { ...snapshot.fields, invitations } };
}

export function boundConnections(snapshot: LinkedInConnectionsSnapshot): LinkedInConnectionsSnapshot {
  const connections = boundListField(snapshot.fields.connections, MAX_PEOPLE, person);
  return { ...snapshot, fields: { ...snapshot.fields, connections } };
}

export function boundFollowing(snapshot: XFollowingSnapshot): XFollowingSnapshot {
  const accounts = boundListField(snapshot.fields.accounts, MAX_PEOPLE, account);
  return { ...snapshot, fields: { ...snapshot.fields, accounts } };
}

/**
 * Any snapshot with every text and list within its bound, cuts marked. The readers call their own page type's
 * function above, so each content script carries only its own site's.
 */
export function boundSnapshot<S extends Snapshot>(snapshot: S): S;
export function boundSnapshot(snapshot: Snapshot): Snapshot {
  if (snapshot.site === 'x') return snapshot.pageType === 'profile' ? boundXProfile(snapshot) : boundFollowing(snapshot);
  if (snapshot.pageType === 'profile') return boundLinkedInProfile(snapshot);
  return snapshot.pageType === 'invitations' ? boundInvitations(snapshot) : boundConnections(snapshot);
}
