/**
 * @file The content script's 'show' message: it scrolls the located element into view, outlines it for a moment and
 * puts the page's own inline style back; it answers shown: false, touching nothing, when there is no such element.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OUTLINE_MS, type ScriptContext, serveContentScript, showElement } from '../../src/content/serve';
import { LINKEDIN_READERS } from '../../src/extract/linkedin';
import { fixturePaths, loadFixture, parseHtml } from '../helpers/fixtures';

type Listener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => unknown;
const listeners = vi.hoisted(() => [] as Listener[]);

vi.mock('@wxt-dev/browser', () => ({
  browser: {
    runtime: {
      onMessage: { addListener: (listener: Listener) => listeners.push(listener) },
      onConnect: { addListener: () => undefined },
    },
  },
}));

const ctx: ScriptContext = { isValid: true, onInvalidated: () => () => undefined };
let scrolled: Element[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  scrolled = [];
  Element.prototype.scrollIntoView = vi.fn(function (this: Element, options?: boolean | ScrollIntoViewOptions) {
    expect(options).toEqual({ block: 'center', behavior: 'smooth' });
    scrolled.push(this);
  });
});

afterEach(() => {
  vi.useRealTimers();
  listeners.length = 0;
});

/** Puts a fixture page in the test document at its own URL, and serves it. */
function servePage(fixtureName: string): (message: unknown) => unknown {
  const path = fixturePaths().find((file) => file.endsWith(fixtureName));
  const fixture = loadFixture(path as string);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(fixture.url);
  const doc = parseHtml(fixture.html);
  document.documentElement.setAttribute('lang', doc.documentElement.getAttribute('lang') ?? '');
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
  serveContentScript(ctx, 'linkedin', LINKEDIN_READERS);
  return (message) => {
    let answer: unknown;
    for (const listener of listeners) listener(message, {}, (value) => (answer = value));
    return answer;
  };
}

describe("the content script's 'show' message", () => {
  it('scrolls to the headline, outlines it for a moment, then restores its own inline style', () => {
    const send = servePage('2024-06-artdeco-en-self.html');
    const headline = document.querySelector('section[data-member-id] .text-body-medium') as HTMLElement;
    headline.style.color = 'red';
    const before = headline.getAttribute('style');
    expect(send({ type: 'show', field: 'headline' })).toEqual({ shown: true });
    expect(scrolled).toEqual([headline]);
    expect(headline.style.outline).not.toBe('');
    expect(headline.style.outlineOffset).not.toBe('');
    vi.advanceTimersByTime(OUTLINE_MS);
    expect(headline.getAttribute('style')).toBe(before);
  });

  it('leaves no style attribute behind on an element that had none, even when clicked twice', () => {
    const send = servePage('2024-06-artdeco-en-self.html');
    expect(send({ type: 'show', field: 'about' })).toEqual({ shown: true });
    const about = scrolled[0] as HTMLElement;
    expect(about.style.outline).not.toBe('');
    expect(send({ type: 'show', field: 'about' })).toEqual({ shown: true });
    expect(scrolled).toEqual([about, about]);
    vi.advanceTimersByTime(OUTLINE_MS);
    expect(about.hasAttribute('style')).toBe(false);
  });

  it('answers shown: false and touches nothing when the page has no such element', () => {
    const send = servePage('2024-06-artdeco-en-self.html');
    const html = document.documentElement.outerHTML;
    expect(send({ type: 'show', url: 'https://www.linkedin.com/in/nobody-here/' })).toEqual({ shown: false });
    expect(send({ type: 'show', field: 'bio' })).toEqual({ shown: false });
    expect(scrolled).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(html);
  });

  it('ignores malformed show messages', () => {
    const send = servePage('2024-06-artdeco-en-self.html');
    expect(send({ type: 'show' })).toBeUndefined();
    expect(send({ type: 'show', field: 3 })).toBeUndefined();
    expect(scrolled).toEqual([]);
  });

  it('showElement restores the previous outline values', () => {
    const el = document.createElement('div');
    el.style.outline = '1px dotted blue';
    const before = el.style.outline;
    showElement(el);
    expect(el.style.outline).not.toContain('dotted');
    vi.advanceTimersByTime(OUTLINE_MS);
    expect(el.style.outline).toBe(before);
    expect(el.style.outlineOffset).toBe('');
  });
});
