/**
 * @file Reads a LinkedIn profile page (`/in/<slug>/`) into a LinkedInProfileSnapshot: top card, About, Featured,
 * Activity header, Experience, Skills, and the contact-info overlay when it is open. It reads only the profile's own
 * cards (never the nav bar, sidebars, "People also viewed", ads, the messaging overlay, hidden copies or JSON blobs),
 * never clicks or scrolls, and never judges what it reads. The live reader knows the generations LinkedIn serves
 * (2024 artdeco, 2025 server-driven); the archive reader adds those only old saved pages show (profile/ember.ts).
 */
import type { Field, FieldDiagnostic, LinkedInProfileSnapshot, PublicUrl, ReadResult } from '../../snapshot';
import { present, type StrategyResult, unreadable } from '../dom';
import { boundLinkedInProfile } from '../bound';
import { publicUrlOf } from './public-url';
import { type ArchivedGeneration, fromCard, fromTopCard, languageOf, type Page, scan, wrap } from './profile/scan';
import { aboutStrategies } from './profile/cards';
import { positionStrategies } from './profile/positions';
import {
  bannerStrategies,
  followersStrategies,
  headlineStrategies,
  locationStrategies,
  nameStrategies,
  openToWorkStrategies,
  photoStrategies,
  selfViewStrategies,
  topCardCounts,
  websiteStrategies,
} from './profile/top-card';
import { skillsTotalStrategies, skillStrategies } from './profile/skills';

export { LINKEDIN_PROFILE_SHOWS, locateLinkedInProfile, profileLocatorWith } from './profile/locate';

/** The live reader: the generations LinkedIn serves today. */
export function readLinkedInProfile(doc: Document, url: string): ReadResult<LinkedInProfileSnapshot> {
  return readProfileWith([], doc, url);
}

/** A reader that also knows archived generations (src/extract/index.ts passes them for saved pages). */
export function profileReaderWith(archive: readonly ArchivedGeneration[]) {
  return (doc: Document, url: string): ReadResult<LinkedInProfileSnapshot> => readProfileWith(archive, doc, url);
}

function readProfileWith(
  archive: readonly ArchivedGeneration[],
  doc: Document,
  url: string,
): ReadResult<LinkedInProfileSnapshot> {
  let page: Page | undefined;
  try {
    page = scan(doc, url, archive);
  } catch {
    page = undefined;
  }
  const publicUrl = publicUrlOf(url);
  const fields = emptyFields(publicUrl ? present(publicUrl) : unreadable());
  const diagnostics: Record<string, FieldDiagnostic> = { publicUrl: { strategy: publicUrl ? 'url-slug' : null } };
  const snapshot = { site: 'linkedin', pageType: 'profile', url, selfView: null, fields } as const;

  if (!page) {
    const none = { strategy: null, note: 'the page could not be scanned' };
    for (const name of Object.keys(fields)) if (name !== 'publicUrl') diagnostics[name] = none;
    return { snapshot: boundLinkedInProfile(snapshot), diagnostics: { language: null, layout: null, fields: diagnostics } };
  }

  const p = page;
  /** Records a field's diagnostic, and its value when a strategy (or the card order) gave one. */
  const take = <K extends keyof Fields>(name: K, result: StrategyResult<Fields[K]>): Fields[K] => {
    diagnostics[name] = result.diagnostic;
    if (result.value) fields[name] = result.value;
    return fields[name];
  };
  take('name', fromTopCard(p, nameStrategies(p)));
  take('headline', fromTopCard(p, headlineStrategies(p)));
  take('location', fromTopCard(p, locationStrategies(p)));
  const photo = take('photo', fromTopCard(p, photoStrategies(p)));
  take('banner', fromTopCard(p, bannerStrategies(p, photo)));
  take('connections', fromTopCard(p, [{ name: 'top-card-count', read: () => wrap(topCardCounts(p).connections) }]));
  take('followers', fromTopCard(p, followersStrategies(p)));
  take('openToWork', fromTopCard(p, openToWorkStrategies(p)));
  take('website', fromTopCard(p, websiteStrategies(p)));
  take('about', fromCard(p, 'about', aboutStrategies(p)));
  take(
    'featured',
    fromCard(p, 'featured', [{ name: 'featured-card', read: () => present(true) }], () => present(false)),
  );
  take('currentPositions', fromCard(p, 'experience', positionStrategies(p)));
  take('skills', fromCard(p, 'skills', skillStrategies(p)));
  take('skillsTotal', fromCard(p, 'skills', skillsTotalStrategies(p)));
  const self = fromTopCard(p, selfViewStrategies(p));
  diagnostics.selfView = self.diagnostic;

  return {
    snapshot: boundLinkedInProfile({ ...snapshot, selfView: self.value ?? null }),
    diagnostics: { language: languageOf(p), layout: p.layout, fields: diagnostics },
  };
}

type Fields = LinkedInProfileSnapshot['fields'];

/** Every field unreadable but the public address, in the snapshot's order. */
function emptyFields(publicUrl: Field<PublicUrl>): Fields {
  return {
    name: unreadable(),
    headline: unreadable(),
    about: unreadable(),
    location: unreadable(),
    photo: unreadable(),
    banner: unreadable(),
    connections: unreadable(),
    followers: unreadable(),
    publicUrl,
    openToWork: unreadable(),
    currentPositions: unreadable(),
    skills: unreadable(),
    skillsTotal: unreadable(),
    featured: unreadable(),
    website: unreadable(),
  };
}
