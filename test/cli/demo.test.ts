// @vitest-environment node
/**
 * @file The demo's parts that need no browser: when it opens a real window, what it serves in place of LinkedIn and
 * X, and that its bundled pages read as the pages they pose as (the run itself: test/e2e/demo.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../src/cli/audit';
import { hasDisplay } from '../../src/cli/demo';
import { DEMO_PAGES, demoPageBody, demoPagePath, demoResponse } from '../../src/demo/pages';

describe('hasDisplay', () => {
  it('opens a real window only with a display and outside CI', () => {
    expect(hasDisplay({ DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay({})).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0', CI: 'true' })).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0', CI: '1' })).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0', CI: 'false' })).toBe(true);
  });
});

describe('demoResponse', () => {
  it('serves each demo page at its address, with or without a query or trailing slash', () => {
    for (const page of DEMO_PAGES) {
      expect(demoResponse(page.url)).toBe(demoPageBody(page));
      expect(demoResponse(`${page.url}?trk=nav`)).toBe(demoPageBody(page));
    }
    expect(demoResponse('https://x.com/lotteverhaegen/')).toBe(demoPageBody(DEMO_PAGES[3] as (typeof DEMO_PAGES)[number]));
  });

  it('answers other LinkedIn and X addresses with a local page linking the demo pages, and refuses other hosts', () => {
    const other = demoResponse('https://www.linkedin.com/in/lotte-verhaegen/edit/intro/');
    expect(other).toContain('Not part of the demo');
    for (const page of DEMO_PAGES) expect(other).toContain(`href="${page.url}"`);
    expect(demoResponse('https://x.com/home')).toContain('Not part of the demo');
    expect(demoResponse('https://media.licdn.example/dms/image/photo.jpg')).toBeUndefined();
    expect(demoResponse('https://example.com/')).toBeUndefined();
    expect(demoResponse('http://www.linkedin.com/feed/')).toBeUndefined();
  });
});

describe('the demo pages', () => {
  it('read as the pages they pose as, with every field read, the own pages as the viewer’s own', () => {
    const read = Object.fromEntries(
      DEMO_PAGES.map((page) => [page.id, auditFile({ file: demoPagePath(page), url: page.url }).snapshot]),
    );
    expect(Object.values(read).map((snapshot) => `${snapshot.site} ${snapshot.pageType}`)).toEqual([
      'linkedin profile',
      'linkedin profile',
      'linkedin invitations',
      'x profile',
    ]);
    for (const [id, snapshot] of Object.entries(read)) {
      const unreadable = Object.entries(snapshot.fields as Record<string, { status: string }>)
        .filter(([, field]) => field.status === 'unreadable')
        .map(([name]) => name);
      expect(unreadable, id).toEqual([]);
      expect(snapshot.url, id).toBe(DEMO_PAGES.find((page) => page.id === id)?.url);
    }
    expect(read['own-profile'] && 'selfView' in read['own-profile'] && read['own-profile'].selfView).toBe(true);
    expect(read.colleague && 'selfView' in read.colleague && read.colleague.selfView).toBe(false);
    expect(read['x-profile'] && 'selfView' in read['x-profile'] && read['x-profile'].selfView).toBe(true);
  });
});
