import { describe, expect, it } from 'vitest';
import { reportPage } from '../../src/content/serve';

describe('reportPage', () => {
  it('reports the page type of the URL it is given, read at the time of asking', () => {
    expect(reportPage('linkedin', 'https://www.linkedin.com/in/ada-vermeulen/')).toEqual({
      url: 'https://www.linkedin.com/in/ada-vermeulen/',
      site: 'linkedin',
      pageType: 'linkedin-profile',
    });
    expect(reportPage('x', 'https://x.com/brightwave_ada/following').pageType).toBe('x-following');
    expect(reportPage('x', 'https://x.com/home').pageType).toBe('unsupported');
  });
});
