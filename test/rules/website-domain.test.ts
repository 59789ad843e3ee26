import rule from '../../src/rules/website-domain';
import { defaultGuidelines } from '../helpers/guidelines';
import { testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, makeXProfile, present, unreadable } from '../helpers/snapshots';

const linkedin = (website: string) => makeLinkedInProfile({ website: present(website) });
const x = (website: string) => makeXProfile({ website: present(website) });

testRule(rule, {
  valid: [
    { name: 'passes on a LinkedIn website on brightwave.example', snapshot: makeLinkedInProfile() },
    { name: 'passes on an X website written without its scheme', snapshot: makeXProfile() },
    { name: 'passes on a subdomain (a French careers page)', snapshot: linkedin('https://careers.brightwave.example/fr/equipe') },
    { name: 'passes whatever the case and a trailing dot', snapshot: linkedin('https://WWW.BRIGHTWAVE.EXAMPLE./') },
    { name: 'passes on an address X shortened with an ellipsis', snapshot: x('brightwave.example/blog/ada-vermeul…') },
  ],
  invalid: [
    {
      name: 'fails on a personal blog, highlighting the domain, with the contact-info form as fix',
      snapshot: linkedin('https://ada-vermeulen.example/blog'),
      messageId: 'otherDomain',
      data: { domain: 'ada-vermeulen.example', domains: 'brightwave.example' },
      evidenceTexts: ['https://ada-vermeulen.example/blog'],
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/edit/contact-info/',
    },
    {
      name: 'fails on a lookalike that only starts with the company’s domain',
      snapshot: linkedin('https://brightwave.example.evil.example/team'),
      messageId: 'otherDomain',
      data: { domain: 'brightwave.example.evil.example' },
    },
    {
      name: 'fails on a domain that only ends with the company’s name',
      snapshot: x('notbrightwave.example/ada'),
      messageId: 'otherDomain',
      data: { domain: 'notbrightwave.example' },
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails on the company’s domain used as a user name in front of another host',
      snapshot: linkedin('https://brightwave.example@evil.example/'),
      messageId: 'otherDomain',
      data: { domain: 'evil.example' },
    },
    {
      name: 'fails on a link page on X',
      snapshot: x('linktr.ee/adavermeulen'),
      messageId: 'otherDomain',
      data: { domain: 'linktr.ee' },
      evidence: 1,
    },
    {
      name: 'fails on a website X shows as text that is no address',
      snapshot: x('ada vermeulen dot example'),
      messageId: 'otherDomain',
      data: { domain: 'ada vermeulen dot example' },
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the guidelines give no domain', snapshot: makeLinkedInProfile(), guidelines: defaultGuidelines() },
    { name: 'is not applicable when the LinkedIn profile has no website', snapshot: makeLinkedInProfile({ website: absent() }) },
    { name: 'is not applicable when the X profile has no website', snapshot: makeXProfile({ website: absent() }) },
  ],
  incomplete: [
    { name: 'is incomplete when the LinkedIn website could not be read', snapshot: makeLinkedInProfile({ website: unreadable() }), unreadable: ['website'] },
    { name: 'is incomplete when the X website could not be read', snapshot: makeXProfile({ website: unreadable() }), unreadable: ['website'] },
  ],
});
