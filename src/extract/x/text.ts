/**
 * @file How the X readers see text and links: the text of a block (emoji kept, copy-only parts skipped), its `[dir]`
 * lines, in-site link paths, and labelled timelines. Shared by the profile and following readers; no reader state.
 */
import { collectText, normalizeText, qa, type TextView } from '../dom';
import { foldLabel, TIMELINE_LABEL_SELECTOR } from './labels';

export const HANDLE = /^@[A-Za-z0-9_]{1,15}$/;

/**
 * The text a reader sees in an X text block. X draws emoji as `<img alt>` (kept), wraps mentions in inline-flex
 * `<div>`s (not a word break), and hides the "https://" of a link in an `aria-hidden` zero-size span that only
 * exists for copy and paste (skipped, with icons). Hidden subtrees are skipped; `<br>` reads as a space.
 */
export function readXText(el: Element | null | undefined): string {
  return el ? normalizeText(collectText([el], X_TEXT)) : '';
}

const X_TEXT: TextView = {
  instead: (el) => (el.getAttribute('aria-hidden') === 'true' || el.tagName.toLowerCase() === 'svg' ? '' : undefined),
  edge: (tag) => (tag === 'br' ? ' ' : ''),
};

/** The path segments of an in-site href ("/Noor_H/following?x=1" → ["Noor_H", "following"]); [] for other sites. */
export function hrefSegments(a: Element): string[] {
  const href = a.getAttribute('href') ?? '';
  if (!href.startsWith('/') || href.startsWith('//')) return [];
  return href.split(/[?#]/)[0]?.split('/').filter(Boolean) ?? [];
}

/**
 * The outermost `[dir]` text blocks under `root`, in order, with their text. X gives every line of text its
 * own `dir` block: in UserName the name, the badge holder (no text), the handle and "Follows you"; in a
 * UserCell also the follow button's label and the bio.
 */
export function outerTextBlocks(root: Element): { el: Element; text: string }[] {
  const blocks: { el: Element; text: string }[] = [];
  for (const el of qa(root, '[dir]')) {
    // A [dir] nested in another one is part of that one's text.
    const outer = el.parentElement?.closest('[dir]');
    if (outer && root.contains(outer)) continue;
    const text = readXText(el);
    if (text) blocks.push({ el, text });
  }
  return blocks;
}

/**
 * The first element labelled like a timeline ("Timeline: …", "Fil d’actualités : …", "Tijdlijn: …") that passes
 * `test`. X puts each list right inside a `section`, so those are looked at first (cheap); a scan of every
 * labelled element is the fallback.
 */
export function findTimeline(root: ParentNode, test: (el: Element, label: string) => boolean): Element | null {
  for (const section of qa(root, 'section')) {
    for (let child = section.firstElementChild; child; child = child.nextElementSibling) {
      const label = child.getAttribute('aria-label');
      if (label && test(child, foldLabel(label))) return child;
    }
  }
  return (
    qa(root, TIMELINE_LABEL_SELECTOR).find((el) => test(el, foldLabel(el.getAttribute('aria-label') ?? ''))) ?? null
  );
}
