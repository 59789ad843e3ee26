/** @file The diagnostics copied for a bug report carry no profile address, slug, handle, name or page text. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/extract';
import { pageTypeOf, siteOf } from '../../../src/extract/page-type';
import { profileKeyOfUrl } from '../../../src/snapshot/page-key';
import { diagnosticsOf } from '../../../src/ui/popup/diagnostics';
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
});
