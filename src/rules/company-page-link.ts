/** @file Checks that the LinkedIn current position at the company links to the company's official LinkedIn page (logo and link). */
import { z } from 'zod';
import { defineRule, type Evidence, fail, incomplete, notApplicable, pass } from '../engine/define-rule';
import type { Position } from '../snapshot';
import { companyPageId } from './shared/company-pages';
import { fixForField } from './shared/profile-texts';

// Whether the profile has a position at the company at all is another rule's business (current-position-company):
// without one, this rule is not applicable.

const isNumber = (id: string) => /^\d+$/.test(id);

export default defineRule({
  meta: {
    id: 'company-page-link',
    step: 'team-up',
    title: 'Your position links to the company’s LinkedIn page',
    failureTitle: 'Your position does not link to the company’s LinkedIn page',
    description:
      'A position linked to the official page shows the company’s logo on your profile and sends every visitor one click from its page; an unlinked or duplicate page sends them nowhere.',
    severity: 'moderate',
    requires: { 'linkedin-profile': ['currentPositions'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      noPage:
        'Your position “{{title}}” at {{company}} is not linked to a LinkedIn page (it shows no logo): edit it and pick {{brand}} from the companies LinkedIn suggests.',
      otherPage:
        'Your position “{{title}}” is linked to another LinkedIn page ({{url}}), perhaps a duplicate or an old page: edit it and pick the official one, {{page}}.',
    },
    texts: {
      noCompany: 'The guidelines name no company.',
      noPage: 'The guidelines give no LinkedIn page for the company.',
      noPosition: 'No current position at {{brand}} (another rule checks that).',
      linkedByName:
        'Your position links to a LinkedIn page by name, and the guidelines give the company’s page only the other way: add that address to brand.linkedinPages to compare them.',
      linkedByNumber:
        'Your position links to a LinkedIn page by number, and the guidelines give the company’s page only the other way: add that address to brand.linkedinPages to compare them.',
    },
    colleague: {
      title: 'The position links to the company’s LinkedIn page',
      failureTitle: 'The position does not link to the company’s LinkedIn page',
      description:
        'A position linked to the official page shows the company’s logo on the profile and sends every visitor one click from its page; an unlinked or duplicate page sends them nowhere.',
      messages: {
        noPage:
          'The position “{{title}}” at {{company}} is not linked to a LinkedIn page (it shows no logo): edit it and pick {{brand}} from the companies LinkedIn suggests.',
        otherPage:
          'The position “{{title}}” is linked to another LinkedIn page ({{url}}), perhaps a duplicate or an old page: edit it and pick the official one, {{page}}.',
      },
      texts: {
        linkedByName:
          'The position links to a LinkedIn page by name, and the guidelines give the company’s page only the other way: add that address to brand.linkedinPages to compare them.',
        linkedByNumber:
          'The position links to a LinkedIn page by number, and the guidelines give the company’s page only the other way: add that address to brand.linkedinPages to compare them.',
      },
    },
    fix: (input, context) => fixForField(input, 'currentPositions', context),
  },
  check({ fields: { currentPositions } }, _options, { guidelines, matchers, t }) {
    const { brand } = guidelines;
    if (!brand) return notApplicable(t('noCompany'));
    const officialIds = brand.linkedinPages.map(companyPageId).filter((id): id is string => id !== null);
    if (officialIds.length === 0) return notApplicable(t('noPage'));
    // A position under a retired name still belongs on the official page.
    const namesCompany = (text: string) =>
      matchers.brand.has(text, matchers.tokens(text)) || matchers.retiredNames.has(text, matchers.tokens(text));
    const atCompany = (currentPositions ?? []).filter(({ company }) => namesCompany(company));
    if (atCompany.length === 0) return notApplicable(t('noPosition', { brand: brand.name }));

    let linked = 0;
    let unsure = 0;
    const wrong: Position[] = [];
    for (const position of atCompany) {
      const id = position.companyPageUrl === null ? null : companyPageId(position.companyPageUrl);
      if (id !== null && officialIds.includes(id)) linked += 1;
      // LinkedIn names a page by slug or by number: a number cannot be compared with slugs only (or the reverse).
      else if (id !== null && !officialIds.some((official) => isNumber(official) === isNumber(id))) unsure += 1;
      else wrong.push(position);
    }
    if (wrong.length === 0) {
      if (unsure === 0) return pass();
      return incomplete(t(officialIds.some(isNumber) ? 'linkedByName' : 'linkedByNumber'));
    }
    const evidence: Evidence[] = wrong.map((position) =>
      position.companyPageUrl === null
        ? { field: 'currentPositions', text: `${position.title} · ${position.company}` }
        : { field: 'currentPositions', text: position.companyPageUrl, url: position.companyPageUrl },
    );
    const first = wrong[0] as Position;
    const data = {
      title: first.title,
      company: first.company,
      brand: brand.name,
      page: brand.linkedinPages[0] as string,
      url: first.companyPageUrl ?? '',
    };
    return fail(first.companyPageUrl === null ? 'noPage' : 'otherPage', data, evidence, linked / (linked + wrong.length));
  },
});
