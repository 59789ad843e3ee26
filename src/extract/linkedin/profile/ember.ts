/**
 * @file The Ember-era profile markup (2020-22: `pv-top-card`, `pv-entity__*`, `pv-skill-category-*`), which live
 * LinkedIn no longer serves: an archived generation, for old saved pages read by the command line (`npm run audit`),
 * the tests and the bench through the full reader table (src/extract/index.ts). The content script leaves it out.
 * TODO [2027-06-01]: drop when no saved page the team audits needs it.
 */
import type { Position } from '../../../snapshot';
import { isVisibleWithin, normalizeText, q, qa, readText } from '../../dom';
import { dateRangeIsCurrent } from '../phrases';
import { type ArchivedGeneration, firstVisibleIn, textOf, wrap, wrapCard } from './scan';
import { entryCompanyPage, isNameLike, ownText, positionsField } from './positions';
import { notBesideName } from './top-card';

/** Ember prints a screen-reader label before each value ("Dates Employed", "Title"): read the value only. */
function emberText(el: Element | null | undefined): string {
  if (!el) return '';
  const children = Array.from(el.children);
  if (!children.some((child) => child.classList.contains('visually-hidden'))) return readText(el);
  return normalizeText(
    children
      .filter((child) => !child.classList.contains('visually-hidden'))
      .map(readText)
      .join(' '),
  );
}

/** Ember: `pv-position-entity` sections, single or grouped (`pv-entity__position-group-role-item`). */
function emberCurrentPositions(card: Element, base: string): Position[] | null | undefined {
  const entries = qa(card, '.pv-position-entity').filter((entry) => isVisibleWithin(entry, card));
  if (entries.length === 0) return undefined;
  const positions: Position[] = [];
  for (const entry of entries) {
    const companyPage = () => entryCompanyPage(entry, base, 'a[data-control-name="background_details_company"]');
    const roles = qa(entry, '.pv-entity__position-group-role-item');
    if (roles.length > 0) {
      const company = emberText(q(entry, '.pv-entity__company-summary-info h3'));
      for (const role of roles) {
        const title = emberText(q(role, 'h3'));
        if (dateRangeIsCurrent(emberText(q(role, '.pv-entity__date-range')))) {
          if (!isNameLike(title) || !isNameLike(company)) return null;
          positions.push({ title, company, companyPageUrl: companyPage() });
        }
      }
      continue;
    }
    const title = emberText(q(entry, '.pv-entity__summary-info h3'));
    const company = ownText(q(entry, 'p.pv-entity__secondary-title'));
    if (dateRangeIsCurrent(emberText(q(entry, '.pv-entity__date-range')))) {
      if (!isNameLike(title) || !isNameLike(company)) return null;
      positions.push({ title, company, companyPageUrl: companyPage() });
    }
  }
  return positions;
}

/** Every Ember strategy, all fixture-checked on 2021-03-ember-en-other.html. */
export const EMBER: ArchivedGeneration = {
  layout: 'ember',
  topCard: ['ember:pv-top-card', '.pv-top-card'],
  marks: '.pv-profile-section',
  cards: {
    about: 'pv-about-section',
    featured: 'pv-featured-container',
    activity: 'pv-recent-activity-section-v2',
    experience: 'experience-section',
    education: 'education-section',
    skills: 'pv-skill-categories-section',
    interests: 'pv-interests-section',
  },
  photo: ['ember:top-card-photo', 'img.pv-top-card__photo, .pv-top-card__photo img'],
  fields: {
    // The first item of the name list, not the bullet list under the headline (location, connections) that
    // shares its class.
    name: (page) => ({
      name: 'ember:top-card-list',
      read: () =>
        wrap(notBesideName(textOf(firstVisibleIn(page.topCard, '.pv-top-card--list:not(.pv-top-card--list-bullet) > li')))),
    }),
    // The h2 under the name list; in 2025 the h2 is the name itself.
    headline: (page) => ({
      name: 'ember:top-card-h2',
      read: () => (page.layout === 'sdui-2025' ? undefined : wrap(textOf(firstVisibleIn(page.topCard, 'h2')))),
    }),
    about: (page) => ({
      name: 'ember:summary-text',
      read: () => wrap(textOf(firstVisibleIn(page.sections.get('about'), '.pv-about__summary-text'))),
    }),
    currentPositions: (page) => ({
      name: 'ember:position-entities',
      read: () => {
        const card = page.sections.get('experience');
        return card ? positionsField(emberCurrentPositions(card, page.url)) : undefined;
      },
    }),
    // The visible top skills only; Ember's "Show more" states no total.
    skills: (page) => ({
      name: 'ember:skill-names',
      read: () =>
        wrapCard(page.sections.get('skills'), (c) => {
          const names = qa(c, '.pv-skill-category-entity__name-text')
            .filter((el) => isVisibleWithin(el, c))
            .map(readText)
            .filter(Boolean);
          return names.length > 0 ? names : undefined;
        }),
    }),
  },
};
