/** @file Checks that the website on a LinkedIn or X profile is on one of the company's domains; not whether the page exists. */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import { X } from '../engine/fix-urls';
import { fixForField } from './shared/profile-texts';

/** The host of a web address, lower case; X shows addresses without their scheme ("brightwave.example/team"). */
function hostOf(address: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `https://${address}`;
  try {
    return new URL(withScheme).hostname.toLowerCase().replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

export default defineRule({
  meta: {
    id: 'website-domain',
    step: 'team-up',
    title: 'Your website is on the company’s site',
    failureTitle: 'Your website is not on the company’s site',
    description:
      'The one link on your profile is the company’s most direct referral from you: pointed at its site, every curious visitor lands on the company.',
    severity: 'minor',
    requires: { 'linkedin-profile': ['website'], 'x-profile': ['website'] },
    options: z.strictObject({}),
    defaultOptions: {},
    messages: {
      otherDomain:
        'Your website points to {{domain}}, not to the company’s site ({{domains}}): link a page of yours there, such as your team or author page.',
    },
    texts: {
      fixXWebsite: 'Edit your X website',
      noDomains: 'The guidelines give no web domain for the company.',
      noWebsite: 'The profile has no website.',
    },
    colleague: {
      title: 'The website is on the company’s site',
      failureTitle: 'The website is not on the company’s site',
      description:
        'The one link on the profile is the company’s most direct referral from the person: pointed at its site, every curious visitor lands on the company.',
      messages: {
        otherDomain:
          'The website points to {{domain}}, not to the company’s site ({{domains}}): link a personal page there instead, such as a team or author page.',
      },
      texts: {
        fixXWebsite: 'Edit the X website',
      },
    },
    fix: (input, context) =>
      input.target === 'x-profile' ? { label: context.t('fixXWebsite'), url: X.editProfile } : fixForField(input, 'website', context),
  },
  check({ fields: { website } }, _options, { guidelines, t }) {
    const domains = guidelines.brand?.domains ?? [];
    if (domains.length === 0) return notApplicable(t('noDomains'));
    // No website: not applicable rather than failed, so that the rule on having a website counts that gap once.
    if (website === null) return notApplicable(t('noWebsite'));
    const host = hostOf(website);
    if (host !== null && domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) return pass();
    const at = host === null ? -1 : website.toLowerCase().indexOf(host);
    return fail(
      'otherDomain',
      { domain: host ?? website, domains: domains.join(', ') },
      [{ field: 'website', text: website, ...(at >= 0 && host ? { highlights: [[at, at + host.length] as [number, number]] } : {}) }],
    );
  },
});
