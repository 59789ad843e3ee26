/** @file The diagnostics copied for a bug report carry no profile address, slug, handle, name or page text. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/extract';
import { pageTypeOf, siteOf } from '../../../src/snapshot/pages/page-type';
import { profileKeyOfUrl } from '../../../src/snapshot/page-key';
import { checkSnapshot } from '../../../src/engine';
import { diagnosticsOf } from '../../../src/ui/popup/diagnostics';
import { makeGuidelines, NOW } from '../../helpers/guidelines';
import { fixturePaths, loadFixture, parseHtml } from '../../helpers/fixtures';

const profiles = fixturePaths().filter((path) => /[/\\]profile[/\\]/.test(path));

describe('diagnosticsOf', () => {
  for (const path of profiles) {
    const fixture = loadFixture(path);
    it(`names no one on ${fixture.name}`, () => {
      // Reached with tracking parameters, as LinkedIn's own links do.
      const url = `${fixture.url}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB#about`;
      const result = readPage(parseHtml(fixture.html), fixture.url);
      const snapshot = result?.snapshot;
      expect(snapshot).toBeDefined();
      const text = diagnosticsOf({ url, site: siteOf(pageTypeOf(url)) ?? 'linkedin', pageType: pageTypeOf(url), result }, [], {
        extensionVersion: '0.1.0',
        userAgent: 'test',
      });
      const fields = (snapshot?.fields ?? {}) as Record<string, { status: string; value?: unknown }>;
      const who = [
        profileKeyOfUrl(fixture.url)?.replace(/^linkedin:in\/|^x:@/, ''),
        fields.name?.value,
        fields.handle?.value,
        (fields.publicUrl?.value as { slug?: string } | undefined)?.slug,
      ].filter((value): value is string => typeof value === 'string' && value !== '');
      expect(who.length).toBeGreaterThan(0);
      for (const value of who) {
        expect(text.toLowerCase()).not.toContain(value.toLowerCase().replace(/^@/, ''));
        for (const part of value.toLowerCase().split(/[\s-]+/).filter((p) => p.length > 3)) expect(text.toLowerCase()).not.toContain(part);
      }
      expect(text).not.toContain('miniProfileUrn');
      expect(JSON.parse(text).url).toMatch(/^https:\/\/(www\.linkedin|x)\.com\/(in\/)?…(\/[a-z-]*)*$/);
    });
  }

  // A colleague's profile, as an ambassador checks it in a coaching session: the diagnostics never say whose it is,
  // whatever the findings carry (evidence quotes the headline or bio).
  const colleagues = profiles.filter((path) => (loadFixture(path).expected as { selfView?: unknown }).selfView === false);
  it('covers colleagues’ profiles on LinkedIn and X', () => {
    expect(colleagues.some((path) => /linkedin/.test(path)) && colleagues.some((path) => /[/\\]x[/\\]/.test(path))).toBe(true);
  });
  for (const path of colleagues) {
    const fixture = loadFixture(path);
    it(`names no colleague, nor quotes their headline or bio, on ${fixture.name}`, () => {
      const result = readPage(parseHtml(fixture.html), fixture.url);
      const snapshot = result?.snapshot;
      if (!snapshot) throw new Error('unreadable fixture');
      const { findings } = checkSnapshot(snapshot, { guidelines: makeGuidelines(), now: NOW });
      const text = diagnosticsOf({ url: fixture.url, site: snapshot.site, pageType: pageTypeOf(fixture.url), result }, findings, {
        extensionVersion: '0.1.0',
        userAgent: 'test',
      }).toLowerCase();
      const fields = snapshot.fields as Record<string, { status: string; value?: unknown }>;
      const texts = ['name', 'headline', 'bio', 'about', 'location']
        .map((field) => fields[field])
        .filter((field) => field?.status === 'present' && typeof field.value === 'string')
        .map((field) => (field?.value as string).toLowerCase());
      expect(texts.length).toBeGreaterThan(1);
      const slug = profileKeyOfUrl(fixture.url)?.replace(/^linkedin:in\/|^x:@/, '') ?? '';
      expect(text).not.toContain(slug);
      // The whole texts, and each word of theirs long enough to say something, as a word of the diagnostics (field
      // names such as "featured" are the report's own words).
      const words = new Set(text.split(/[^\p{L}\p{N}_-]+/u));
      for (const value of texts) {
        expect(text).not.toContain(value);
        for (const word of value.split(/[^\p{L}\p{N}_-]+/u).filter((w) => w.length > 6)) expect(words.has(word), word).toBe(false);
      }
    });
  }
});
