/**
 * @file DOM helpers shared by the page readers: safe queries, text read once (not twice), whitespace
 * normalisation, and the strategy runner that records which strategy read a field. No reader state, no globals.
 */
import type { FieldDiagnostic } from '../snapshot';
import { MAX_ANY_TEXT } from '../snapshot/limits';
import { parseUrl } from '../snapshot/url';

/** Zero-width characters that carry no meaning in a name or a bio. ZWJ/ZWNJ stay: emoji and scripts need them. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
const WHITESPACE = /[\s\u00A0\u202F\u2007]+/g;

function normalizeAll(value: string): string {
  return value.replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
}

/**
 * Collapses every run of whitespace (including no-break spaces) to one space and trims, as far as `max` characters
 * of the result and a little beyond: a text longer than `max` comes back longer than `max` (so the bound pass,
 * src/extract/bound.ts, cuts it and marks it), never the whole of a 5 MB About. It normalises a growing prefix of
 * the raw text, doubling it until the result passes `max`: the normalised prefix is a prefix of the whole result, so
 * the cost follows what is kept, not the page. `prepare` runs on the raw text (or prefix) first.
 */
export function normalizeText(value: string, max: number = MAX_ANY_TEXT, prepare?: (raw: string) => string): string {
  const normalize = (raw: string) => normalizeAll(prepare ? prepare(raw) : raw);
  for (let length = 4 * (max + 1); length < value.length; length *= 2) {
    const text = normalize(value.slice(0, length));
    if (text.length > max) return text;
  }
  return normalize(value);
}

/** querySelector that never throws (a bad selector gives null). */
export function q<E extends Element = Element>(root: ParentNode | null | undefined, selector: string): E | null {
  if (!root) return null;
  try {
    return root.querySelector<E>(selector);
  } catch {
    return null;
  }
}

/** querySelectorAll as an array, never throwing. */
export function qa<E extends Element = Element>(root: ParentNode | null | undefined, selector: string): E[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll<E>(selector));
  } catch {
    return [];
  }
}

/** Phrasing elements: they sit inside a line, so they never separate words. */
const INLINE_TAGS =
  'a abbr b bdi bdo cite code data del dfn em font i ins kbd label mark q s samp small span strong sub sup time u var';
const INLINE = new Set(INLINE_TAGS.split(' '));

const SCREEN_READER_ONLY = ['visually-hidden', 'a11y-text', 'sr-only'];

/** Text for screen readers only (`visually-hidden`, `a11y-text`, `sr-only`). */
export function isScreenReaderOnly(el: Element): boolean {
  return SCREEN_READER_ONLY.some((name) => el.classList.contains(name));
}

/**
 * A screen-reader-only copy whose visual twin stands beside it under the same parent: an `aria-hidden="true"`
 * sibling with text of its own (an aria-hidden icon is not a twin).
 */
function isDuplicateForScreenReaders(el: Element): boolean {
  if (!isScreenReaderOnly(el)) return false;
  for (let sibling = el.parentElement?.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling !== el && sibling.getAttribute('aria-hidden') === 'true' && sibling.textContent?.trim()) return true;
  }
  return false;
}

/** An element hidden from everyone: `hidden`, `display:none` inline, or a template/script/style. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const tag = el.tagName.toLowerCase();
  if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/** Not hidden (`hidden`, `display:none`, template…) itself or through an ancestor up to `scope` (all of them for null). */
export function isVisibleWithin(el: Element, scope: Element | null): boolean {
  for (let node: Element | null = el; node && node !== scope; node = node.parentElement) {
    if (isHidden(node)) return false;
  }
  return true;
}

/** How a reader sees text: what stands for an element instead of its content, and what its edges add. */
export interface TextView {
  /** The text that stands for an element instead of its content ('' leaves it out), or undefined to read inside. */
  instead: (el: Element) => string | undefined;
  /** What an element adds before and after its content: a space at a block's edges, nothing for inline markup. */
  edge: (tag: string) => string;
}

/**
 * One emoji or a few, as X draws them in `<img alt>`: only pictographs (ExtPict, Extended_Pictographic) and emoji
 * components (EComp, Emoji_Component: skin tones, ZWJ, VS16, keycap marks, flag letters, tags), and not only digits,
 * "#" or "*" (a keycap has its mark). So flags (🇧🇪) and keycaps (1️⃣) count, though they are not pictographs; an
 * avatar's, a photo's or a logo's alt has words, and is not text.
 */
const EMOJI = /^(?![#*\d]*$)[\p{ExtPict}\p{EComp}]+$/u;

export function isEmoji(alt: string): boolean {
  return EMOJI.test(alt);
}

/**
 * The raw text of `nodes` and everything inside them as `view` sees it, not yet normalised: one walk shared by every
 * reader's view of text. Hidden subtrees are skipped; emoji drawn as `<img alt>` (X) are kept as their alt text.
 */
export function collectText(nodes: Iterable<Node>, view: TextView): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isHidden(el)) return;
    const replaced = view.instead(el);
    if (replaced !== undefined) {
      parts.push(replaced);
      return;
    }
    const tag = el.tagName.toLowerCase();
    if (tag === 'img') {
      // Only an emoji's alt (X draws emoji as images); a photo's or a logo's alt is not part of the text.
      const alt = el.getAttribute('alt');
      if (alt && isEmoji(alt)) parts.push(alt);
      return;
    }
    const edge = view.edge(tag);
    parts.push(edge);
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    parts.push(edge);
  };
  for (const node of nodes) walk(node);
  return parts.join('');
}

/**
 * LinkedIn's text, read once: a screen-reader copy is skipped when an aria-hidden sibling holds the visual copy; a
 * screen-reader text with no visual twin is read. Block-level boundaries (and `<br>`) read as a space, so
 * "Title</div><div>Company" never fuses; inline markup (links, spans, bold) adds none, so "@brightwave</a>." and
 * "Hel<b>lo</b>" read as printed.
 */
const READ_ONCE: TextView = {
  instead: (el) => (isDuplicateForScreenReaders(el) ? '' : undefined),
  edge: (tag) => (INLINE.has(tag) ? '' : ' '),
};

/**
 * The text a sighted user reads in `el`, once. LinkedIn prints most text twice, for the eye
 * (`aria-hidden="true"`) and for screen readers (`.visually-hidden`): see READ_ONCE. Emoji drawn as `<img alt>`
 * (X) are kept as their alt text. Hidden subtrees are skipped. Returns "" for null.
 */
export function readText(el: Element | null | undefined): string {
  return el ? normalizeText(collectText(el.childNodes, READ_ONCE)) : '';
}

/** One way to read a field. `read` returns undefined when this strategy does not apply to the page. */
export interface Strategy<T> {
  name: string;
  read: () => T | undefined;
}

export interface StrategyResult<T> {
  value: T | undefined;
  diagnostic: FieldDiagnostic;
}

/**
 * Tries strategies newest first and records which one matched. A strategy that throws is treated as not
 * matching (a reader never throws on any DOM).
 */
export function firstMatch<T>(strategies: readonly Strategy<T>[]): StrategyResult<T> {
  for (const strategy of strategies) {
    let value: T | undefined;
    try {
      value = strategy.read();
    } catch {
      value = undefined;
    }
    if (value !== undefined) return { value, diagnostic: { strategy: strategy.name } };
  }
  return { value: undefined, diagnostic: { strategy: null, note: `none of ${strategies.length} strategies matched` } };
}

/** The absolute form of an href, or null when it is not an http(s) URL. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  const url = href ? parseUrl(href, base) : undefined;
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}

// The field constructors and the URL parser, for the readers (zod-free, so they can ship in the content scripts).
export { absent, present, unreadable } from '../snapshot/field';
export { parseUrl };
