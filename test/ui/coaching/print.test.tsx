/**
 * @file The print stylesheet: printed, the colleague's page is the coaching sheet alone (every control of the page
 * is inside a container print hides; the sheet holds none), black on white; on screen, the sheet stays out of the way.
 * happy-dom applies `@media print` when its device's media type is "print".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CoachingPage } from '../../../src/ui/coaching/coaching-page';
import { adaStore, TODAY } from './fixtures';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const css = (path: string) => readFileSync(join(ROOT, path), 'utf8').replace(/@import[^;]+;/g, '');
const PAGE_CSS = css('src/ui/shared/theme.css') + css('src/ui/shared/page.css') + css('src/ui/shared/record-page.css') + css('entrypoints/coaching/style.css');

const device = () => (window as unknown as { happyDOM: { settings: { device: { mediaType: string } } } }).happyDOM.settings.device;

const INTERACTIVE = 'a, button, input, select, textarea, nav, form, svg, [tabindex], [role="button"]';

/** True when the element or one of its ancestors is not displayed. */
function hidden(element: Element | null): boolean {
  for (let node = element; node; node = node.parentElement) if (getComputedStyle(node).display === 'none') return true;
  return false;
}

/** The page for Ada, styled as the extension styles it, in the given media (set before styles are computed). */
async function renderIn(media: 'print' | 'screen') {
  device().mediaType = media;
  const style = document.createElement('style');
  style.textContent = PAGE_CSS;
  document.head.append(style);
  const view = render(<CoachingPage store={adaStore()} colleagueId="c1" now={() => TODAY} print={() => undefined} />);
  // By text, not role: printed, the page's own heading is hidden from the accessibility tree, as it should be.
  await screen.findByText('Ada Vermeulen', { selector: 'h1' });
  return { view, style };
}

afterEach(() => {
  device().mediaType = 'screen';
  for (const style of document.head.querySelectorAll('style')) style.remove();
});

describe('printing the colleague page', () => {
  it('hides every control of the page and shows the sheet alone', async () => {
    const { view } = await renderIn('print');
    const controls = [...view.container.querySelectorAll(INTERACTIVE)];
    expect(controls.length).toBeGreaterThan(10);
    expect(controls.filter((control) => !hidden(control)).map((control) => control.outerHTML.slice(0, 80))).toEqual([]);
    const sheet = view.container.querySelector('.coaching-sheet');
    expect(sheet).not.toBeNull();
    expect(hidden(sheet)).toBe(false);
    expect(sheet?.querySelectorAll(INTERACTIVE)).toHaveLength(0);
    // Every element shown in print is the sheet's.
    const shown = [...view.container.querySelectorAll('*')].filter((element) => !hidden(element));
    expect(shown.filter((element) => !sheet?.contains(element))).toEqual([]);
  });

  it('prints black on white', async () => {
    const { view } = await renderIn('print');
    const heading = view.container.querySelector('.coaching-sheet h1') as Element;
    expect(getComputedStyle(heading).color).toMatch(/^(#000|#000000|black|rgb\(0, 0, 0\))$/);
    expect(getComputedStyle(document.body).backgroundColor).toMatch(/^(#fff|#ffffff|white|rgb\(255, 255, 255\))$/);
  });

  it('puts on the sheet the name, date, score, five findings with where to fix them, the notes for the colleague, the next session and what is kept', async () => {
    const { view } = await renderIn('print');
    const sheet = view.container.querySelector('.coaching-sheet') as HTMLElement;
    const text = sheet.textContent ?? '';
    expect(text).toContain('Coaching sheet: Ada Vermeulen');
    expect(text).toContain('Session of Mar 10, 2026');
    expect(text).toContain('Score: 71 / 100');
    expect(sheet.querySelectorAll('ol.sheet-items > li').length).toBeLessThanOrEqual(5);
    expect(text).toMatch(/Where: Open the profile and click the photo to add one · linkedin\.com\/in\/ada-vermeulen\//);
    expect(text).toContain('for 12 months');
    expect(text).not.toContain('Memo');
  });

  it('speaks to the colleague on the sheet, and about their profile on the page', async () => {
    const store = adaStore();
    const latest = store.sessions.get('s3');
    latest?.outcomes.push({ ruleId: 'brand-hashtags', step: 'guidelines', status: 'fail', points: 30, labels: [] });
    device().mediaType = 'print';
    const view = render(<CoachingPage store={store} colleagueId="c1" now={() => TODAY} />);
    await screen.findByText('Ada Vermeulen', { selector: 'h1' });
    const sheet = view.container.querySelector('.coaching-sheet') as HTMLElement;
    const page = view.container.querySelector('.screen') as HTMLElement;
    expect(sheet.textContent).toContain('Your profile carries no company hashtag');
    expect(sheet.textContent).toContain('Where: Edit your About section');
    expect(page.textContent).toContain('The profile carries no company hashtag');
    expect(page.textContent).not.toContain('Your profile carries');
  });

  it('keeps the sheet off the screen, where the page’s controls are', async () => {
    const { view } = await renderIn('screen');
    expect(hidden(view.container.querySelector('.coaching-sheet'))).toBe(true);
    expect(hidden(screen.getByRole('button', { name: 'Print the coaching sheet' }))).toBe(false);
  });
});
