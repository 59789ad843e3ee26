/**
 * @file How each markup generation prints the entries of a profile card (experience, skills): which elements are
 * entries, which are their text lines, and where an entry's own lines stop. Shared by positions.ts and skills.ts;
 * it judges no line.
 */
import { isHidden, q, qa, readText } from '../../dom';

/** How one generation marks experience and skill entries, and where an entry's own text lines stop. */
export interface EntryMarkup {
  item: string;
  role: string;
  /** A text line of an entry (tests, not selectors: they run on every element of an entry). */
  isLine: (el: Element) => boolean;
  /** An element whose lines belong to something else (descriptions, nested roles, buttons). */
  isBoundary: (el: Element) => boolean;
  skip?: (line: Element) => boolean;
  /** The bold first line (a role's title, a group's company), when the generation marks it. */
  isBold?: (line: Element) => boolean;
  /** The "Company · Employment type" line, when the generation marks it. */
  isCompanyLine?: (line: Element) => boolean;
  /** The line that names a skill (inside the skill's link), when the generation marks it. */
  isSkillName?: (line: Element) => boolean;
}

const ENTITY = 'profile-component-entity';

/** 2024 artdeco: entities with visual/screen-reader double text; descriptions and nested roles in sub-components. */
export const ARTDECO_ENTRIES: EntryMarkup = {
  item: `[data-view-name="${ENTITY}"]`,
  role: `[data-view-name="${ENTITY}"]`,
  isLine: (el) => el.tagName === 'SPAN' && el.getAttribute('aria-hidden') === 'true',
  isBoundary: (el) =>
    el.tagName === 'BUTTON' ||
    el.getAttribute('data-view-name') === ENTITY ||
    el.classList.contains('pvs-entity__sub-components'),
  // artdeco's utility classes (t-bold, t-14, t-black--light) are not hashed and outlive reorderings.
  isBold: (line) => line.closest('.t-bold') !== null,
  isCompanyLine: (line) => line.closest('.t-14.t-normal') !== null && line.closest('.t-black--light') === null,
  isSkillName: (line) => line.closest('a[data-field="skill_card_skill_topic"]') !== null,
};

/** 2025: entity-collection items of paragraphs; grouped roles are list items; descriptions are text boxes. */
export const SDUI_ENTRIES: EntryMarkup = {
  item: '[componentkey^="entity-collection-item"]',
  role: 'li',
  isLine: (el) => el.tagName === 'P',
  isBoundary: (el) =>
    el.tagName === 'LI' ||
    el.tagName === 'BUTTON' ||
    el.getAttribute('data-testid') === 'expandable-text-box' ||
    (el.getAttribute('componentkey') ?? '').startsWith('entity-collection-item'),
  skip: (p) => q(p, '[data-testid="expandable-text-box"], a[href*="skill-associations"]') !== null,
  // The skill's name is the paragraph inside its link; endorsements and "used at" lines sit outside it.
  isSkillName: (line) => line.closest('a[href*="/search/"], a[href*="/skill"]') !== null,
};

export interface Line {
  el: Element;
  text: string;
}

export function topLevelItems(card: Element, markup: EntryMarkup): Element[] {
  return qa(card, markup.item).filter((item) => {
    for (let node = item.parentElement; node && node !== card; node = node.parentElement) {
      if (node.matches(markup.item) || isHidden(node)) return false;
    }
    return !isHidden(item);
  });
}

/**
 * The text lines that belong to `entry` itself, in order (not its description, not its nested roles): one walk
 * down the entry that never enters a boundary, so long descriptions cost nothing.
 */
export function ownLines(entry: Element, markup: EntryMarkup): Line[] {
  const lines: Line[] = [];
  const visit = (parent: Element): void => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (isHidden(child)) continue;
      if (markup.isLine(child)) {
        const text = markup.skip?.(child) ? '' : readText(child);
        if (text) lines.push({ el: child, text });
      } else if (!markup.isBoundary(child)) {
        visit(child);
      }
    }
  };
  visit(entry);
  return lines;
}
