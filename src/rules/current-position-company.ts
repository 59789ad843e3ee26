/** @file Checks that a current LinkedIn position names the company, and not by a retired name (checklist: plan ahead); it does not check the link to the company page. */
import { z } from 'zod';
import { defineRule, type Evidence, fail, notApplicable, pass } from '../engine/define-rule';
import { LINKEDIN } from '../engine/fix-urls';
import { linkedInSlugOf } from '../snapshot/pages/linkedin';
import type { Match } from '../engine/text';
import type { Position } from '../snapshot';
import { quoteList } from './shared/profile-texts';

const positionEvidence = (position: Position, matches: readonly Match[] = []): Evidence => ({
  field: 'currentPositions',
  text: position.company,
  ...(matches.length > 0 ? { highlights: matches.map((match): [number, number] => [match.start, match.end]) } : {}),
  ...(position.companyPageUrl ? { url: position.companyPageUrl } : {}),
});

export default defineRule({
  meta: {
    id: 'current-position-company',
    step: 'plan-ahead',
    title: 'A current position names the company',
    failureTitle: 'No current position names the company as it is written today',
    description:
      'The current position is how visitors, recruiters and clients see who you work for: every profile that names the company correctly adds to its visibility.',
    severity: 'serious',
    requires: { 'linkedin-profile': ['currentPositions'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      noPosition:
        'The profile shows no current position. If you work at {{brand}}, add it, written “{{brand}}”, so visitors see who you work for.',
      otherCompany:
        'No current position names {{brand}} (the profile shows {{companies}}). If you work there, add it as a current position written “{{brand}}”; if you have moved on, this check does not concern you.',
      retiredName: 'A current position still says {{retired}}, a name the company no longer uses: write “{{official}}” instead.',
    },
    texts: {
      fixExperience: 'Edit the experience section',
      noCompany: 'The guidelines do not name the company.',
    },
    colleague: {
      description:
        'The current position is how visitors, recruiters and clients see who the person works for: every profile that names the company correctly adds to its visibility.',
      messages: {
        noPosition:
          'The profile shows no current position. If the person works at {{brand}}, add it, written “{{brand}}”, so visitors see who the employer is.',
        otherCompany:
          'No current position names {{brand}} (the profile shows {{companies}}). If the person works there, add it, written “{{brand}}”; if not, this check does not apply.',
      },
    },
    fix: ({ snapshot }, { t }) => {
      const slug = linkedInSlugOf(snapshot.url);
      return slug ? { label: t('fixExperience'), url: LINKEDIN.editPositions(slug) } : null;
    },
  },
  check({ fields: { currentPositions } }, _options, context) {
    const { guidelines, matchers, t } = context;
    const { brand } = guidelines;
    if (!brand) return notApplicable(t('noCompany'));
    const official = brand.officialSpelling ?? brand.name;
    if (currentPositions === null || currentPositions.length === 0) return fail('noPosition', { brand: official });

    // A retired name often contains the current one ("Brightwave Data Solutions" holds "Brightwave"): it wins.
    const judged = currentPositions.map((position) => {
      const tokens = matchers.tokens(position.company);
      const retired = matchers.retiredNames.find(position.company, tokens);
      const current = retired.length === 0 && matchers.brand.has(position.company, tokens);
      return { position, retired, current };
    });
    const stale = judged.filter((item) => item.retired.length > 0);
    const atCompany = judged.some((item) => item.current);

    if (stale.length > 0) {
      const retired = quoteList(stale.flatMap((item) => item.retired.map((match) => match.text)), context);
      // An old position left open beside the current one still shows the old name: half credit.
      return fail(
        'retiredName',
        { retired, official },
        stale.map((item) => positionEvidence(item.position, item.retired)),
        atCompany ? 0.5 : 0,
      );
    }
    if (atCompany) return pass();
    return fail(
      'otherCompany',
      { brand: official, companies: currentPositions.map((position) => position.company).join(', ') },
      currentPositions.map((position) => positionEvidence(position)),
    );
  },
});
