/**
 * @file What one read of a profile costs, counted in DOM operations (never in time: timings and their ratio to a full
 * traversal of the page are in `npm run bench -- --readers`). Each test pins one saving, so that a change that
 * brings the work back fails here: text that cannot be a date is never walked, and the main column is listed once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readLinkedInProfile } from '../../src/extract/linkedin/profile';
import { fixturePaths, loadFixture, parseHtml } from '../helpers/fixtures';

function fixture(name: string): { doc: Document; url: string } {
  const found = loadFixture(fixturePaths().find((path) => path.endsWith(name)) as string);
  return { doc: parseHtml(found.html), url: found.url };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the cost of one profile read', () => {
  it('never walks the experience card paragraphs that hold no dash: twice the paragraphs, the same work', () => {
    // Paragraphs of 20 nested spans each, none with a date: no strategy needs to look inside them.
    const work = (paragraphs: number) => {
      const { doc, url } = fixture('2025-05-sdui-en-other.html');
      const card = doc.querySelector('[componentkey$="ExperienceTopLevelSection"]') as Element;
      for (let index = 0; index < paragraphs; index++) {
        const p = doc.createElement('p');
        p.innerHTML = '<span>Built pipelines </span>'.repeat(20);
        card.append(p);
      }
      const hasAttribute = vi.spyOn(Element.prototype, 'hasAttribute');
      const { snapshot } = readLinkedInProfile(doc, url);
      const calls = hasAttribute.mock.calls.length;
      hasAttribute.mockRestore();
      expect(snapshot.fields.currentPositions.status).toBe('present');
      return calls;
    };
    expect(work(40)).toBe(work(20));
  });

  it('lists the main column once for its cards', () => {
    const { doc, url } = fixture('2025-05-sdui-en-other.html');
    const main = doc.querySelector('main') as Element;
    const all = vi.spyOn(Element.prototype, 'querySelectorAll');
    readLinkedInProfile(doc, url);
    const onMain = all.mock.contexts.filter((context) => context === main);
    expect(onMain).toHaveLength(1);
  });
});
