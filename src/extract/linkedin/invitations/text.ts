/**
 * @file How the network readers see a card's text: what a sighted user reads, once (a screen-reader copy or a
 * badge's label is not part of a name), a card's first line, and a personal message without its "…see more"
 * control. No lookups of their own.
 */
import { collectText, isHidden, isScreenReaderOnly, normalizeText } from '../../dom';
import { MAX_ANY_TEXT } from '../../../snapshot/limits';
import { isSeeMoreLabel } from '../phrases';

/**
 * The text a sighted user reads in `el`. A leaf (one text node, the usual case) is read without a tree walk. When a
 * child is marked as the visual copy (`aria-hidden="true"` beside a screen-reader copy), only that child is read, so
 * a copy that lost its `visually-hidden` class never doubles the text; otherwise screen-reader-only text is skipped.
 */
export function textOf(el: Element | null): string {
  if (!el) return '';
  if (el.firstElementChild === null) return normalizeText(el.textContent ?? '');
  for (let child: Element | null = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.getAttribute('aria-hidden') === 'true' && (child.textContent ?? '').trim() !== '') {
      // Only when a twin sits beside it: an aria-hidden child alone is a decoration, not the whole text.
      if (child.previousElementSibling || child.nextElementSibling) return textOf(child);
    }
  }
  return readSeen(el).text;
}

/**
 * The first line of text in `el`: all of it when it holds text of its own ("Sarah <b>Benali</b>"), else its first
 * child that shows text ("<strong>Sarah Benali</strong> <svg/><span>Verified</span>" gives "Sarah Benali").
 */
export function firstLineOf(el: Element | null): string {
  if (!el) return '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return textOf(el);
  }
  for (let child: Element | null = el.firstElementChild; child; child = child.nextElementSibling) {
    if (isHidden(child) || isScreenReaderOnly(child)) continue;
    const text = textOf(child);
    if (text) return text;
  }
  return '';
}

/** Elements inside a message box that are controls, not text: "…see more" links and buttons. */
function isMessageControl(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'button' || el.getAttribute('role') === 'button') return true;
  if (el.classList.contains('lt-line-clamp__more') || el.classList.contains('lt-line-clamp__ellipsis')) return true;
  const text = el.textContent ?? '';
  return text.length <= 24 && isSeeMoreLabel(normalizeText(text));
}

/** Marks a block boundary while reading; becomes a space, or nothing before punctuation. */
const BOUNDARY = '\uE000';
const BLOCK = new Set(['p', 'div', 'li', 'br', 'ul', 'ol', 'blockquote', 'section', 'header', 'footer', 'figure']);
const BLOCK_EDGE = (tag: string) => (BLOCK.has(tag) ? BOUNDARY : '');

/**
 * The text as seen on screen: screen-reader-only labels are skipped even without a visual twin (a verified badge's
 * "Compte vérifié" is not part of the name; see 2025-05-sdui-fr-received.html), hidden subtrees are skipped, emoji
 * images keep their alt. Elements for which `isControl` is true ("…see more") are dropped; `clipped` says whether
 * one was, and then the dangling ellipsis goes with it, so the control never fuses with the last word.
 */
export function readSeen(el: Element, isControl?: (el: Element) => boolean): { text: string; clipped: boolean } {
  if (el.firstElementChild === null) return { text: normalizeText(el.textContent ?? ''), clipped: false };
  let clipped = false;
  const raw = collectText(el.childNodes, {
    instead: (child) => {
      if (isScreenReaderOnly(child)) return '';
      if (!isControl?.(child)) return undefined;
      clipped = true;
      return ' ';
    },
    // Blocks read as a space so lines never fuse; inline markup adds none ("salon <strong>Data Days</strong>.").
    edge: BLOCK_EDGE,
  });
  // A block boundary just before punctuation adds no space ("Days</div>." reads "Days."); typed spaces stay.
  const text = normalizeText(raw, MAX_ANY_TEXT, (part) =>
    part.replace(/\uE000+(?=[.,;:!?)…])/g, '').replace(/\uE000+/g, ' '),
  );
  return { text: clipped ? text.replace(/\s*(?:…|\.\.\.)$/, '') : text, clipped };
}

/** A personal message without its "…see more" control. */
export function readMessage(box: Element): string {
  return readSeen(box, isMessageControl).text;
}
