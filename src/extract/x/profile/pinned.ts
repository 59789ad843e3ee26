/**
 * @file The pinned post of an X profile: the first post of the profile's own timeline when X marks it pinned, its
 * own text and not the text of a post it quotes. Never a post by someone else.
 */
import type { Field } from '../../../snapshot';
import { absent, present, q, qa, unreadable } from '../../dom';
import { foldLabel, labelSet } from '../labels';
import { xHook } from '../hooks';
import { hrefSegments, readXText } from '../text';
import { profileTimeline, type Scope, tabFromUrl } from './scope';

const PINNED = labelSet('pinned');
const AUTHOR = xHook('postAuthor');

export function pinnedPost(scope: Scope, handle: string | null, url: string): Field<string> | undefined {
  const timeline = profileTimeline(scope);
  if (!timeline) return undefined;
  const first = q(timeline, xHook('post'));
  if (!first) {
    // X shows an empty state when the account has not posted; a spinner alone means not loaded yet.
    return q(timeline, '[data-testid="emptyState"]') ? absent() : undefined;
  }
  // X always puts the pinned post first on the Posts tab.
  const context = qa(first, xHook('postContext')).map((el) => foldLabel(readXText(el)));
  if (context.some((text) => PINNED.has(text))) {
    const author = qa(first, `${AUTHOR} a[href]`)
      .map((a) => hrefSegments(a)[0])
      .find(Boolean);
    // A pinned post is always the profile owner's; any other author means this is not the profile's timeline.
    if (handle && author && author.toLowerCase() !== handle.slice(1).toLowerCase()) return undefined;
    // The post's own text, not the text of a post it quotes: a quoted post comes as a card (role="link") with an
    // author line of its own, so the own text is the one met before any second author line.
    const inCard = (el: Element): boolean => {
      for (let up = el.parentElement; up && up !== first; up = up.parentElement) {
        if (up.getAttribute('role') === 'link' || up.tagName.toLowerCase() === 'article') return true;
      }
      return false;
    };
    let own: Element | undefined;
    let authors = 0;
    for (const el of qa(first, `${AUTHOR}, ${xHook('postText')}`)) {
      if (el.matches(AUTHOR)) {
        authors += 1;
        if (authors > 1) break;
      } else if (!inCard(el)) {
        own = el;
        break;
      }
    }
    const text = readXText(own);
    return text ? present(text) : undefined;
  }
  // Other tabs (Media, Replies, Likes) never show the pinned post: its absence there proves nothing, and the page
  // does not show it (a known limit, not a markup change).
  return tabFromUrl(url) === null ? absent() : unreadable('not-shown');
}
