/**
 * @file Where the colleague fixes a finding, for the coaching sheet: the rule's own Fix label (its `meta.texts`
 * `fix…`, or the shared helpers' `rule_shared_fix…`) and the address of the form on LinkedIn or X. A session keeps
 * no address and no text, so the place comes from what it does keep: the site, the profile's key (its /in/ slug or
 * X handle), the rule id, and for rules that read several fields, the first field named in the evidence labels
 * (src/coaching/session.ts `labelsOf`). It mirrors each rule's `fix` (test/coaching/where-to-fix.test.ts holds the
 * two together); it judges nothing. Checklist items (`manual:`) have no place. It does not import the rules
 * themselves (the whole engine, with zod): the labels' words come from messages.json through `translate`.
 */
import { LINKEDIN, X } from '../engine/fix-urls';
import { ruleTextKey } from '../engine/message-keys';
import type { Translate } from '../engine/messages';
import { localizeIn, type Voice } from '../engine/voice';
import { sharedText, type SharedText } from '../rules/shared/texts';
import type { CoachedSite, RuleOutcome } from './record';

export interface FixPlace {
  /** The rule's Fix label in the active language ("Edit your headline"). */
  label: string;
  /** The page or form where it is fixed, when the profile's key gives it. */
  url: string | null;
}

/** The colleague's address on the site, from the session's profile key (`linkedin:in/<slug>`, `x:@<handle>`). */
interface Profile {
  slug: string | null;
  handle: string | null;
}

type Url = (profile: Profile) => string | null;
/** A Fix label (`shared:<name>` for the shared helpers' texts, else the rule's own `meta.texts` name) and its address. */
interface Spec {
  text: string;
  url: Url;
}

const onLinkedIn =
  (form: (slug: string) => string): Url =>
  ({ slug }) =>
    slug ? form(slug) : null;
const at =
  (url: string): Url =>
  () =>
    url;
const xProfile: Url = ({ handle }) => (handle ? X.profile(handle) : null);
const xFollowing: Url = ({ handle }) => (handle ? X.following(handle) : null);

/** src/rules/shared/profile-texts.ts `fixForField`: the form for a profile field. */
function fieldSpec(site: CoachedSite, field: string | undefined): Spec {
  if (site === 'x') {
    if (field === 'pinnedPost') return { text: 'shared:fixXPinnedPost', url: xProfile };
    return field === 'name' ? { text: 'shared:fixXName', url: at(X.editProfile) } : { text: 'shared:fixXBio', url: at(X.editProfile) };
  }
  switch (field) {
    case 'about':
      return { text: 'shared:fixAbout', url: onLinkedIn(LINKEDIN.editAbout) };
    case 'currentPositions':
      return { text: 'shared:fixExperience', url: onLinkedIn(LINKEDIN.editPositions) };
    case 'website':
      return { text: 'shared:fixContactInfo', url: onLinkedIn(LINKEDIN.editContactInfo) };
    default:
      return { text: 'shared:fixHeadline', url: onLinkedIn(LINKEDIN.editIntro) };
  }
}

/** Per rule: the place on each site, or a function of the field at fault. */
type Place = Partial<Record<CoachedSite, Spec>> | ((site: CoachedSite, field: string | undefined) => Spec | null);

const byField: Place = (site, field) => fieldSpec(site, field);
const about: Place = {
  linkedin: { text: 'fixAbout', url: onLinkedIn(LINKEDIN.editAbout) },
  x: { text: 'fixBio', url: at(X.editProfile) },
};
const receivedInvitations: Place = { linkedin: { text: 'fixInvitations', url: at(LINKEDIN.receivedInvitations) } };
const following: Place = { x: { text: 'fixFollowing', url: xFollowing } };

/** Every rule with a `fix`, as its `fix` chooses (a rule added without a place here fails the test). */
export const FIX_PLACES: Readonly<Record<string, Place>> = {
  'about-keywords': about,
  'about-length': about,
  'avoided-accounts': following,
  'banned-terms': byField,
  'brand-hashtags': (site) => fieldSpec(site, site === 'linkedin' ? 'about' : 'bio'),
  'brand-spelling': byField,
  'campaign-presence': {
    linkedin: { text: 'fixFeatured', url: onLinkedIn(LINKEDIN.addFeatured) },
    x: { text: 'fixXHashtag', url: at(X.editProfile) },
  },
  'company-handle': (site) => fieldSpec(site, 'bio'),
  'company-page-link': (site) => fieldSpec(site, 'currentPositions'),
  'competitor-disparagement': byField,
  'confidential-terms': byField,
  // The X bio is what is fixed, unless LinkedIn lacks the position (a LinkedIn session is checked against it).
  'cross-site-consistency': {
    linkedin: { text: 'fixLinkedInExperience', url: onLinkedIn(LINKEDIN.editPositions) },
    x: { text: 'fixXBio', url: at(X.editProfile) },
  },
  'current-position-company': { linkedin: { text: 'fixExperience', url: onLinkedIn(LINKEDIN.editPositions) } },
  'following-relevance': following,
  'headline-keywords': { linkedin: { text: 'fixHeadline', url: onLinkedIn(LINKEDIN.editIntro) } },
  'invitation-backlog': receivedInvitations,
  'invitation-relevance': receivedInvitations,
  'pending-invitation-age': receivedInvitations,
  'profile-banner': {
    linkedin: { text: 'fixBanner', url: onLinkedIn(LINKEDIN.profile) },
    x: { text: 'fixXHeader', url: at(X.editProfile) },
  },
  'profile-freshness': about,
  'profile-photo': {
    linkedin: { text: 'fixPhoto', url: onLinkedIn(LINKEDIN.profile) },
    x: { text: 'fixXPhoto', url: at(X.editProfile) },
  },
  'public-url': { linkedin: { text: 'fixAddress', url: at(LINKEDIN.publicProfileSettings) } },
  'reconnect-candidates': { linkedin: { text: 'fixConnections', url: at(LINKEDIN.connections) } },
  'required-disclosure': (site) => fieldSpec(site, site === 'linkedin' ? 'about' : 'bio'),
  'retired-messages': (site, field) => {
    if (site === 'x') return field === 'bio' ? { text: 'fixBio', url: at(X.editProfile) } : { text: 'fixPinnedPost', url: xProfile };
    return field === 'headline'
      ? { text: 'fixHeadline', url: onLinkedIn(LINKEDIN.editIntro) }
      : { text: 'fixAbout', url: onLinkedIn(LINKEDIN.editAbout) };
  },
  'sent-invitation-age': { linkedin: { text: 'fixSent', url: at(LINKEDIN.sentInvitations) } },
  'website-domain': (site) => (site === 'x' ? { text: 'fixXWebsite', url: at(X.editProfile) } : fieldSpec(site, 'website')),
  'website-link': {
    linkedin: { text: 'fixWebsite', url: onLinkedIn(LINKEDIN.editContactInfo) },
    x: { text: 'fixXWebsite', url: at(X.editProfile) },
  },
};

function profileOf(profileKey: string): Profile {
  const slug = /^linkedin:in\/(.+)$/.exec(profileKey)?.[1] ?? null;
  const handle = /^x:@(.+)$/.exec(profileKey)?.[1] ?? null;
  return { slug, handle };
}

/** The first evidence label that names a field (counts such as "3 items" do not). */
const firstField = (labels: readonly string[]) => labels.find((label) => /^[a-z][A-Za-z]*$/.test(label));

/**
 * The Fix label's words in `voice` (the colleague's sheet speaks to them: 'own'; words about their profile:
 * 'colleague'): the shared helpers' text, or the rule's own (`rule_<id>_text_<name>`, or its colleague wording
 * `rule_<id>_colleague_text_<name>` where it has one; their English is in messages.json like every language's;
 * without a translation, the text's name).
 */
export function fixLabelOf(ruleId: string, text: string, translate?: Translate, voice: Voice = 'own'): string {
  if (text.startsWith('shared:')) return sharedText({ translate: translate ?? (() => undefined), voice }, text.slice('shared:'.length) as SharedText);
  const colleague = voice === 'colleague' ? translate?.(ruleTextKey(ruleId, text, 'colleague')) : undefined;
  return localizeIn(voice, translate, (v) => ruleTextKey(ruleId, text, v), text, colleague);
}

/** The spec for a rule on a site, as FIX_PLACES gives it (exported for the test that holds it to the rules). */
export function fixSpecOf(ruleId: string, site: CoachedSite, field?: string): Spec | null {
  const place = FIX_PLACES[ruleId];
  if (!place) return null;
  return typeof place === 'function' ? place(site, field) : (place[site] ?? null);
}

/** Where the colleague fixes this outcome of a session on `site` with `profileKey`, or null (a checklist item, an unknown rule). */
export function whereToFix(
  outcome: Pick<RuleOutcome, 'ruleId' | 'labels'>,
  site: CoachedSite,
  profileKey: string,
  translate?: Translate,
  voice: Voice = 'own',
): FixPlace | null {
  const spec = fixSpecOf(outcome.ruleId, site, firstField(outcome.labels));
  if (!spec) return null;
  return { label: fixLabelOf(outcome.ruleId, spec.text, translate, voice), url: spec.url(profileOf(profileKey)) };
}
