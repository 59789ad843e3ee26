/** @file The About card of a LinkedIn profile, in each markup generation; it reads nothing else. */
import type { Field } from '../../../snapshot';
import { collectText, isVisibleWithin, normalizeText, qa, readText, type Strategy, type TextView } from '../../dom';
import { seeMoreTail } from '../phrases';
import { archived, firstVisibleIn, type Page, textOf, wrap } from './scan';

/** Each child of a text box read on its own, buttons left out, `<br>` as a space. */
const WITHOUT_BUTTONS: TextView = {
  instead: (child) => {
    const tag = child.tagName.toLowerCase();
    return tag === 'button' ? '' : tag === 'br' ? ' ' : readText(child);
  },
  edge: () => '',
};

/** Text of an element without its buttons ("… more" inside the About text box of the 2025 layout). */
function textWithoutButtons(el: Element): string {
  return normalizeText(collectText(el.childNodes, WITHOUT_BUTTONS)).replace(seeMoreTail(), '');
}

export function aboutStrategies(page: Page): Strategy<Field<string>>[] {
  const card = page.sections.get('about');
  return [
    // 2025: the expandable text box, whose "… more" button sits inside it (2025-05-sdui-en-other.html).
    {
      name: '2025:expandable-text-box',
      read: () => {
        const box = firstVisibleIn(card, '[data-testid="expandable-text-box"]');
        return box ? wrap(textWithoutButtons(box) || undefined) : undefined;
      },
    },
    // 2024 artdeco: the visual copy inside the show-more wrapper (2024-06-artdeco-en-self.html).
    {
      name: '2024:inline-show-more-text',
      // Not the "…see more" button, whose wrapper shares the class prefix.
      read: () =>
        wrap(
          textOf(
            qa(card, '[class*="inline-show-more-text"] > span[aria-hidden="true"]').find(
              (span) => !span.closest('button') && isVisibleWithin(span, card ?? null),
            ),
          ),
        ),
    },
    ...archived(page, 'about'),
  ];
}
