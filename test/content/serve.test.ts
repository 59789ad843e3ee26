import { describe, expect, it } from 'vitest';
import { reportPage } from '../../src/content/serve';
import { LINKEDIN_READERS } from '../../src/extract/linkedin';
import { X_READERS } from '../../src/extract/x';

describe('reportPage', () => {
  it('reports the page type of the URL it is given, and no reading on pages no reader covers', () => {
    const doc = new DOMParser().parseFromString('<html><body><main></main></body></html>', 'text/html');
    expect(reportPage('x', X_READERS, doc, 'https://x.com/home')).toEqual({
      url: 'https://x.com/home',
      site: 'x',
      pageType: 'unsupported',
      result: null,
    });
  });

  it('reads a supported page, and never throws even on an empty document', () => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    const report = reportPage('linkedin', LINKEDIN_READERS, doc, 'https://www.linkedin.com/in/ada-vermeulen/');
    expect(report.pageType).toBe('linkedin-profile');
    expect(report.error).toBeUndefined();
    expect(report.result?.snapshot).toMatchObject({ pageType: 'profile', fields: { name: { status: 'unreadable' } } });
  });
});
