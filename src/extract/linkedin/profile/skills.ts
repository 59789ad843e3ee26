/** @file The skills a LinkedIn profile's Skills card lists, and the total it states ("Show all 27 skills"). */
import type { Field } from '../../../snapshot';
import { parseUrl, qa, readText, type Strategy } from '../../dom';
import { parseCount } from '../../parse';
import { skillContext } from '../phrases';
import { archived, mayBe, type Page, wrap, wrapCard } from './scan';
import { ARTDECO_ENTRIES, type EntryMarkup, ownLines, SDUI_ENTRIES, topLevelItems } from './entries';

/**
 * The name of each top-level skill entry: the line inside the skill's link when the generation marks it, else the
 * first line that is not an endorsement count or where the skill was used. Never a line from another entry.
 */
function entryNames(card: Element, markup: EntryMarkup, item = markup.item): string[] | undefined {
  const entries = { ...markup, item };
  const names: string[] = [];
  for (const entry of topLevelItems(card, entries)) {
    const lines = ownLines(entry, entries);
    const hooked = markup.isSkillName ? lines.find((line) => markup.isSkillName?.(line.el)) : undefined;
    const name = hooked?.text ?? lines.find((line) => !skillContext().test(line.text))?.text;
    if (name) names.push(name);
  }
  return names.length > 0 ? names : undefined;
}

export function skillStrategies(page: Page): Strategy<Field<string[]>>[] {
  const card = page.sections.get('skills');
  return [
    // 2025: skill components (2025-05-sdui-en-other.html).
    {
      name: '2025:skill-components',
      read: () =>
        mayBe(page, 'sdui-2025')
          ? wrapCard(card, (c) => entryNames(c, SDUI_ENTRIES, '[componentkey^="com.linkedin.sdui.profile.skill"]'))
          : undefined,
    },
    // 2024 artdeco: entity per skill (2024-11-artdeco-en-traps.html: "Show all 14 skills" with two listed).
    { name: '2024:profile-component-entities', read: () => wrapCard(card, (c) => entryNames(c, ARTDECO_ENTRIES)) },
    ...archived(page, 'skills'),
  ];
}

/** The card's links to the skills page (`/in/<slug>/details/skills/`), not those to a skill's endorsers. */
function skillsPageLinks(card: Element | undefined, base: string): Element[] {
  return qa(card, 'a[href*="/details/skills"]').filter((a) =>
    /\/details\/skills\/?$/.test(parseUrl(a.getAttribute('href') ?? '', base)?.pathname ?? ''),
  );
}

/**
 * The total is stated as a number inside the link to the skills page, in any language ("Show all 27 skills",
 * "Afficher les 23 compétences", "Alle 16 vaardigheden weergeven", "Alle 12 Kenntnisse anzeigen"): the number is
 * read, so no phrase book is needed. Without such a link the total stays unreadable: a card that seems to list
 * every skill may as well have lost its link to a markup change (Ember's "Show more" states no number at all).
 */
export function skillsTotalStrategies(page: Page): Strategy<Field<number>>[] {
  const card = page.sections.get('skills');
  return [
    // Any generation since 2024 (2024-08-artdeco-nl-other-skills-total.html, 2025-05-sdui-en-other.html).
    {
      name: 'show-all-link',
      read: () => wrap(skillsPageLinks(card, page.url).map((a) => parseCount(readText(a))).find((n) => n !== null) ?? undefined),
    },
  ];
}
