/**
 * @file The one LinkedIn slug parser (src/snapshot/pages/linkedin.ts) on tricky addresses, and every place that
 * reads a `/in/<slug>` agreeing with it: the profile reader's public address, the stored page keys and the
 * invitation cards' profile links (the rules' fix links call it directly).
 */
import { describe, expect, it } from 'vitest';
import { profileUrlOf } from '../../src/extract/linkedin/invitations';
import { publicUrlOf } from '../../src/extract/linkedin/public-url';
import { profileKeyOfUrl } from '../../src/snapshot/page-key';
import { linkedInSlugOf, linkedInSlugSegmentOf } from '../../src/snapshot/pages/linkedin';

/** Address → slug (null: not a LinkedIn profile address). */
const SLUGS: ReadonlyArray<[string, string | null]> = [
  ['https://www.linkedin.com/in/ada-vermeulen/', 'ada-vermeulen'],
  ['https://www.linkedin.com/in/ada-vermeulen', 'ada-vermeulen'],
  ['https://linkedin.com/in/ada-vermeulen/', 'ada-vermeulen'],
  // Country and mobile subdomains are LinkedIn's own.
  ['https://be.linkedin.com/in/ada-vermeulen/', 'ada-vermeulen'],
  ['https://mobile.linkedin.com/in/ada-vermeulen', 'ada-vermeulen'],
  ['http://www.linkedin.com/in/ada-vermeulen/', 'ada-vermeulen'],
  ['https://WWW.LinkedIn.COM/in/ada-vermeulen/', 'ada-vermeulen'],
  // Trailing segments, query and fragment are not part of the slug.
  ['https://www.linkedin.com/in/kobe-lemmens-a81b4c29/overlay/contact-info/', 'kobe-lemmens-a81b4c29'],
  ['https://www.linkedin.com/in/ada-vermeulen/details/skills/', 'ada-vermeulen'],
  ['https://www.linkedin.com/in/ada-vermeulen?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB', 'ada-vermeulen'],
  ['https://www.linkedin.com/in/ada-vermeulen/#about', 'ada-vermeulen'],
  ['https://www.linkedin.com//in//ada-vermeulen', 'ada-vermeulen'],
  // Percent-encoding is decoded; a malformed escape is kept as written; case is kept.
  ['https://www.linkedin.com/in/%C3%A9lodie-marchand/', 'élodie-marchand'],
  ['https://www.linkedin.com/in/élodie-marchand/', 'élodie-marchand'],
  ['https://www.linkedin.com/in/%E0%A4%A/', '%E0%A4%A'],
  ['https://www.linkedin.com/in/%ZZada/', '%ZZada'],
  ['https://www.linkedin.com/in/Ada-Vermeulen/', 'Ada-Vermeulen'],
  ['https://www.linkedin.com/in/ACoAABcdEfGhIjKlMnOpQrStUvWxYz0123456789/', 'ACoAABcdEfGhIjKlMnOpQrStUvWxYz0123456789'],
  // Not a LinkedIn profile address.
  ['https://www.linkedin.com/in/', null],
  ['https://www.linkedin.com/company/brightwave-systems/', null],
  ['https://www.linkedin.com/pub/ada-vermeulen/1/2/3', null],
  ['https://www.linkedin.com/feed/?next=/in/ada-vermeulen/', null],
  ['https://www.linkedin.com/search/results/all/?keywords=in/ada', null],
  ['https://example.com/in/ada-vermeulen/', null],
  ['https://notlinkedin.com/in/ada-vermeulen/', null],
  ['https://linkedin.com.example.net/in/ada-vermeulen/', null],
  ['https://example.com/?next=https://www.linkedin.com/in/ada-vermeulen/', null],
  ['https://example.com/linkedin.com/in/ada-vermeulen/', null],
  ['https://x.com/in/ada-vermeulen', null],
  ['ftp://www.linkedin.com/in/ada-vermeulen/', null],
  ['javascript:alert(1)//linkedin.com/in/ada', null],
  ['/in/ada-vermeulen/', null],
  ['not a url', null],
  ['', null],
];

describe('linkedInSlugOf', () => {
  for (const [url, slug] of SLUGS) {
    it(`reads ${JSON.stringify(url)} as ${JSON.stringify(slug)}`, () => {
      expect(linkedInSlugOf(url)).toBe(slug);
    });
  }

  it('gives the segment as written, for building an address back', () => {
    expect(linkedInSlugSegmentOf(new URL('https://www.linkedin.com/in/%C3%A9lodie-marchand/overlay/'))).toBe('%C3%A9lodie-marchand');
    expect(linkedInSlugSegmentOf(new URL('https://example.com/in/ada/'))).toBeNull();
  });
});

describe('every reader of a /in/ slug agrees with linkedInSlugOf', () => {
  const BASE = 'https://www.linkedin.com/mynetwork/invitation-manager/';

  for (const [url, slug] of SLUGS) {
    it(`on ${JSON.stringify(url)}`, () => {
      expect(publicUrlOf(url)?.slug ?? null, 'profile reader').toBe(slug);
      const key = profileKeyOfUrl(url);
      expect(key?.startsWith('linkedin:') ? key : null, 'page key').toBe(slug === null ? null : `linkedin:in/${slug.toLowerCase()}`);
      // A card's link is read against the page it is on, so a relative /in/ link is a profile there.
      const resolved = URL.canParse(url, BASE) ? new URL(url, BASE) : null;
      const segment = resolved ? linkedInSlugSegmentOf(resolved) : null;
      expect(profileUrlOf(url, BASE), 'invitation cards').toBe(segment === null ? null : `${resolved!.origin}/in/${segment}/`);
    });
  }
});
